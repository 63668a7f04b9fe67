import { SERVICES } from "../services.js";
import { RoleEditMutations } from "./role/role-edit.mutations.js";
import { ActivityCancelMutations } from "./involvement/involvement-cancel.mutations.js";
import { fileURLToPath } from "node:url";
import { auditLogResolver } from "../kit/audit.js";
import {
  type Caller,
  requestContext,
  type SubgraphOptions,
  unreachableOwners,
} from "../kit/context.js";
import { openDatabase } from "../kit/database.js";
import { smallNumberThreshold } from "../kit/protected-count.js";
import { buildFederatedSubgraphSchema } from "../kit/schema.js";
import { CoproductionResolver } from "./coproduction/coproduction.resolver.js";
import * as schema from "./db/schema.js";
import { seedLivedExperience } from "./db/seed.js";
import { CareUnitRolesResolver } from "./federation/care-unit.resolver.js";
import { PartnerRolesResolver } from "./federation/partner.resolver.js";
import { PathwayCoproductionResolver } from "./federation/pathway.resolver.js";
import { InvolvementMutations } from "./involvement/involvement.mutations.js";
import { InvolvementResolver } from "./involvement/involvement.resolver.js";
import { createLivedExperienceLoaders, type LivedExperienceContext } from "./loaders.js";
import { livedExperienceReferences } from "./references.js";
import { ProtectedCountsResolver } from "./role/protected-counts.resolver.js";
import { RoleMutations } from "./role/role.mutations.js";
import { RoleResolver } from "./role/role.resolver.js";

export const LIVED_EXPERIENCE = SERVICES["lived-experience"];

export function buildLivedExperienceSchema() {
  return buildFederatedSubgraphSchema({
    resolvers: [
      auditLogResolver("livedExperienceAuditLog"),
      RoleResolver,
      RoleMutations,
      RoleEditMutations,
      ProtectedCountsResolver,
      InvolvementResolver,
      InvolvementMutations,
      ActivityCancelMutations,
      CoproductionResolver,
      CareUnitRolesResolver,
      PartnerRolesResolver,
      PathwayCoproductionResolver,
    ],
    federationImports: ["@key", "@shareable", "@external", "@requires", "@requiresScopes"],
    referenceResolvers: livedExperienceReferences,
  });
}

/** The lived-experience subgraph: its schema, database and per-request context. */
export function createLivedExperienceSubgraph(options: SubgraphOptions) {
  const threshold = smallNumberThreshold();
  const database = openDatabase({
    file: options.databaseFile,
    schema,
    migrationsFolder: fileURLToPath(new URL("./db/migrations", import.meta.url)),
  });
  if (options.seed ?? true) seedLivedExperience(database.db);
  database.statements.reset();
  const base = requestContext(
    database.db,
    createLivedExperienceLoaders,
    options.owners ?? unreachableOwners(LIVED_EXPERIENCE.name),
  );
  return {
    ...LIVED_EXPERIENCE,
    schema: buildLivedExperienceSchema(),
    database,
    createContext: (caller?: Caller): LivedExperienceContext => ({
      ...base(caller),
      smallNumberThreshold: threshold,
    }),
  };
}
