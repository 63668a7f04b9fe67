import { SERVICES } from "../services.js";
import { fileURLToPath } from "node:url";
import { auditLogResolver } from "../kit/audit.js";
import { requestContext, type SubgraphOptions, unreachableOwners } from "../kit/context.js";
import { openDatabase } from "../kit/database.js";
import { buildFederatedSubgraphSchema } from "../kit/schema.js";
import { PathwayCoverageResolver } from "./coverage/coverage.resolver.js";
import * as schema from "./db/schema.js";
import { seedPathways } from "./db/seed.js";
import { CareUnitPathwaysResolver } from "./federation/care-unit.resolver.js";
import { PartnerPathwaysResolver } from "./federation/partner.resolver.js";
import { PlacePathwaysResolver } from "./federation/place.resolver.js";
import { AwardResolver, PathwayAwardsResolver } from "./award/award.resolver.js";
import {
  CareUnitServicesResolver,
  PartnerServicesResolver,
  PlaceServicesResolver,
  ServiceResolver,
} from "./service/service.resolver.js";
import { createPathwaysLoaders } from "./loaders.js";
import { SharedPathwayMutations } from "./pathway/pathway.mutations.js";
import { PathwayEditMutations } from "./pathway/pathway-edit.mutations.js";
import { SharedPathwayResolver } from "./pathway/pathway.resolver.js";
import { pathwaysReferences } from "./references.js";

export const PATHWAYS = SERVICES["pathways"];

export function buildPathwaysSchema() {
  return buildFederatedSubgraphSchema({
    resolvers: [
      auditLogResolver("pathwaysAuditLog"),
      SharedPathwayResolver,
      SharedPathwayMutations,
      PathwayEditMutations,
      PathwayCoverageResolver,
      PartnerPathwaysResolver,
      CareUnitPathwaysResolver,
      PlacePathwaysResolver,
      ServiceResolver,
      PartnerServicesResolver,
      CareUnitServicesResolver,
      PlaceServicesResolver,
      AwardResolver,
      PathwayAwardsResolver,
    ],
    federationImports: ["@key", "@shareable", "@tag", "@requiresScopes"],
    referenceResolvers: pathwaysReferences,
  });
}

/** The pathways subgraph, ready to serve: its schema, its database and its per-request context. */
export function createPathwaysSubgraph(options: SubgraphOptions) {
  const database = openDatabase({
    file: options.databaseFile,
    schema,
    migrationsFolder: fileURLToPath(new URL("./db/migrations", import.meta.url)),
  });
  if (options.seed ?? true) seedPathways(database.db);
  database.statements.reset();
  return {
    ...PATHWAYS,
    schema: buildPathwaysSchema(),
    database,
    createContext: requestContext(
      database.db,
      createPathwaysLoaders,
      options.owners ?? unreachableOwners(PATHWAYS.name),
    ),
  };
}
