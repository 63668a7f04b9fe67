import { SERVICES } from "../services.js";
import { fileURLToPath } from "node:url";
import { auditLogResolver } from "../kit/audit.js";
import {
  type Caller,
  requestContext,
  type SubgraphOptions,
  unreachableOwners,
} from "../kit/context.js";
import { openDatabase } from "../kit/database.js";
import { buildFederatedSubgraphSchema } from "../kit/schema.js";
import * as schema from "./db/schema.js";
import { seedWorkforce } from "./db/seed.js";
import {
  CareUnitCommitmentsResolver,
  CommitmentResolver,
} from "./commitment/commitment.resolver.js";
import { CareUnitWorkforceResolver } from "./federation/care-unit.resolver.js";
import { FrameworkResolver } from "./framework/framework.resolver.js";
import { ImportResolver } from "./import/import.resolver.js";
import { CorrectionResolver } from "./observation/correction.resolver.js";
import { createWorkforceLoaders, type WorkforceContext } from "./loaders.js";
import { MeasureResolver } from "./measure/measure.resolver.js";
import { ScorecardResolver, WorkforceScorecardResolver } from "./observation/scorecard.resolver.js";
import { workforceReferences } from "./references.js";

export const WORKFORCE = SERVICES["workforce"];

export function buildWorkforceSchema() {
  return buildFederatedSubgraphSchema({
    resolvers: [
      auditLogResolver("workforceAuditLog"),
      MeasureResolver,
      FrameworkResolver,
      ScorecardResolver,
      WorkforceScorecardResolver,
      ImportResolver,
      CorrectionResolver,
      CareUnitWorkforceResolver,
      CommitmentResolver,
      CareUnitCommitmentsResolver,
    ],
    federationImports: ["@key", "@shareable", "@external", "@requires", "@requiresScopes"],
    referenceResolvers: workforceReferences,
  });
}

/** The workforce subgraph: its schema, database and per-request context. */
export function createWorkforceSubgraph(options: SubgraphOptions) {
  const database = openDatabase({
    file: options.databaseFile,
    schema,
    migrationsFolder: fileURLToPath(new URL("./db/migrations", import.meta.url)),
  });
  if (options.seed ?? true) seedWorkforce(database.db);
  database.statements.reset();
  const base = requestContext(
    database.db,
    createWorkforceLoaders,
    options.owners ?? unreachableOwners(WORKFORCE.name),
  );
  return {
    ...WORKFORCE,
    schema: buildWorkforceSchema(),
    database,
    createContext: (caller?: Caller): WorkforceContext => ({
      ...base(caller),
      sqlite: database.sqlite,
    }),
  };
}
