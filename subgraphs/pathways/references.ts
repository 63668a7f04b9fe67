import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/index.js";
import { notFound } from "../kit/errors.js";
import { stubReference } from "../kit/entity-stub.js";
import { CareUnit, Partner, PartnershipAgreement, Place } from "./federation/entities.js";
import type { PathwaysContext } from "./loaders.js";
import { loadPathway } from "./pathway/pathway.resolver.js";
import { loadService } from "./service/service.resolver.js";

/** How the gateway turns entity representations into this subgraph's objects. */
export const pathwaysReferences: GraphQLResolverMap<PathwaysContext> = {
  SharedPathway: {
    async __resolveReference(ref: { id: string }, ctx: PathwaysContext) {
      const pathway = await loadPathway(ctx, ref.id);
      if (!pathway) throw notFound("SharedPathway", ref.id);
      return pathway;
    },
  },
  Service: {
    async __resolveReference(ref: { id: string }, ctx: PathwaysContext) {
      const service = await loadService(ctx, ref.id);
      if (!service) throw notFound("Service", ref.id);
      return service;
    },
  },
  Partner: stubReference(Partner),
  CareUnit: stubReference(CareUnit),
  Place: stubReference(Place),
  PartnershipAgreement: stubReference(PartnershipAgreement),
};
