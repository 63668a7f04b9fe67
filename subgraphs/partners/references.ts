import { notFound } from "../kit/errors.js";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/index.js";
import { toAgreement } from "./agreement/agreement.mapper.js";
import { toCollaborative } from "./collaborative/collaborative.mapper.js";
import { toCareUnit, toIcs, toPlace } from "./geography/geography.mappers.js";
import { toLeadershipRole } from "./leadership-role/leadership-role.mapper.js";
import type { PartnersContext, PartnersLoaders } from "./loaders.js";
import { loadPartner, loadPartnerByOds } from "./partner/partner.resolver.js";

type Loader = keyof PartnersLoaders;

/**
 * Resolves an entity from its `id` key through the request's loader: one statement per batch.
 * A key this subgraph does not hold is a NOT_FOUND naming it, so a reference gone bad elsewhere
 * nulls only the field that holds it, with one clear error (and a reference check hears "no").
 */
function byId<Row, Api>(typeName: string, loader: Loader, map: (row: Row) => Api) {
  return {
    async __resolveReference(ref: { id: string }, ctx: PartnersContext): Promise<Api> {
      const row =
        (await (ctx.loaders[loader] as { load(id: string): Promise<Row | null> }).load(ref.id)) ??
        null;
      if (!row) throw notFound(typeName, ref.id);
      return map(row);
    },
  };
}

/** How the gateway turns entity representations from other subgraphs into this subgraph's objects. */
export const partnersReferences: GraphQLResolverMap<PartnersContext> = {
  Partner: {
    async __resolveReference(ref: { id?: string; odsCode?: string }, ctx: PartnersContext) {
      const partner = ref.id
        ? await loadPartner(ctx, ref.id)
        : ref.odsCode
          ? await loadPartnerByOds(ctx, ref.odsCode)
          : null;
      if (!partner) throw notFound("Partner", ref.id ?? ref.odsCode ?? "");
      return partner;
    },
  },
  IntegratedCareSystem: byId("IntegratedCareSystem", "ics", toIcs),
  Place: byId("Place", "place", toPlace),
  CareUnit: byId("CareUnit", "careUnit", toCareUnit),
  Collaborative: byId("Collaborative", "collaborative", toCollaborative),
  PartnershipAgreement: byId("PartnershipAgreement", "agreement", toAgreement),
  SystemLeadershipRole: byId("SystemLeadershipRole", "leadershipRole", toLeadershipRole),
};
