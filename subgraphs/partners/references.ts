import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/index.js";
import { toAgreement } from "./agreement/agreement.mapper.js";
import { toCollaborative } from "./collaborative/collaborative.mapper.js";
import { toCareUnit, toIcs, toPlace } from "./geography/geography.mappers.js";
import { toLeadershipRole } from "./leadership-role/leadership-role.mapper.js";
import type { PartnersContext, PartnersLoaders } from "./loaders.js";
import { loadPartner, loadPartnerByOds } from "./partner/partner.resolver.js";

type Loader = keyof PartnersLoaders;

/** Resolves an entity from its `id` key through the request's loader: one statement per batch. */
function byId<Row, Api>(loader: Loader, map: (row: Row) => Api) {
  return {
    async __resolveReference(ref: { id: string }, ctx: PartnersContext): Promise<Api | null> {
      const row =
        (await (ctx.loaders[loader] as { load(id: string): Promise<Row | null> }).load(ref.id)) ??
        null;
      return row ? map(row) : null;
    },
  };
}

/** How the gateway turns entity representations from other subgraphs into this subgraph's objects. */
export const partnersReferences: GraphQLResolverMap<PartnersContext> = {
  Partner: {
    __resolveReference: (ref: { id?: string; odsCode?: string }, ctx: PartnersContext) =>
      ref.id ? loadPartner(ctx, ref.id) : ref.odsCode ? loadPartnerByOds(ctx, ref.odsCode) : null,
  },
  IntegratedCareSystem: byId("ics", toIcs),
  Place: byId("place", toPlace),
  CareUnit: byId("careUnit", toCareUnit),
  Collaborative: byId("collaborative", toCollaborative),
  PartnershipAgreement: byId("agreement", toAgreement),
  SystemLeadershipRole: byId("leadershipRole", toLeadershipRole),
};
