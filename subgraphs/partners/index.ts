import { SERVICES } from "../services.js";
import { PartnerCorrectionMutations } from "./partner/partner-corrections.mutations.js";
import { AgreementEditMutations } from "./agreement/agreement-edit.mutations.js";
import { fileURLToPath } from "node:url";
import { auditLogResolver } from "../kit/audit.js";
import { requestContext, type SubgraphOptions, unreachableOwners } from "../kit/context.js";
import { openDatabase } from "../kit/database.js";
import { buildFederatedSubgraphSchema } from "../kit/schema.js";
import { AgreementMutations } from "./agreement/agreement.mutations.js";
import { AgreementPartyResolver, AgreementResolver } from "./agreement/agreement.resolver.js";
import { CollaborativeResolver } from "./collaborative/collaborative.resolver.js";
import * as schema from "./db/schema.js";
import { seedPartners } from "./db/seed.js";
import { CareUnitResolver } from "./geography/care-unit.resolver.js";
import { IntegratedCareSystemResolver } from "./geography/ics.resolver.js";
import { PlaceResolver } from "./geography/place.resolver.js";
import { LeadershipRoleResolver } from "./leadership-role/leadership-role.resolver.js";
import { createPartnersLoaders } from "./loaders.js";
import { MembershipMutations } from "./membership/membership.mutations.js";
import { MembershipResolver } from "./membership/membership.resolver.js";
import { PartnerMutations } from "./partner/partner.mutations.js";
import { PartnerResolver } from "./partner/partner.resolver.js";
import { partnersReferences } from "./references.js";
import { SourceDocumentResolver } from "./source-document.resolver.js";

export const PARTNERS = SERVICES["partners"];

export function buildPartnersSchema() {
  return buildFederatedSubgraphSchema({
    resolvers: [
      auditLogResolver("partnersAuditLog"),
      PartnerResolver,
      PartnerMutations,
      PartnerCorrectionMutations,
      IntegratedCareSystemResolver,
      PlaceResolver,
      CareUnitResolver,
      CollaborativeResolver,
      MembershipResolver,
      MembershipMutations,
      AgreementResolver,
      AgreementPartyResolver,
      AgreementMutations,
      AgreementEditMutations,
      LeadershipRoleResolver,
      SourceDocumentResolver,
    ],
    federationImports: ["@key", "@shareable", "@requiresScopes"],
    referenceResolvers: partnersReferences,
  });
}

/** The partners subgraph, ready to serve: its schema, its database and its per-request context. */
export function createPartnersSubgraph(options: SubgraphOptions) {
  const database = openDatabase({
    file: options.databaseFile,
    schema,
    migrationsFolder: fileURLToPath(new URL("./db/migrations", import.meta.url)),
  });
  if (options.seed ?? true) seedPartners(database.db);
  database.statements.reset();
  return {
    ...PARTNERS,
    schema: buildPartnersSchema(),
    database,
    createContext: requestContext(
      database.db,
      createPartnersLoaders,
      options.owners ?? unreachableOwners(PARTNERS.name),
    ),
  };
}
