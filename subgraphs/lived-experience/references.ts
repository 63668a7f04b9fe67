import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/index.js";
import { stubReference, stubWithExternalReference } from "../kit/entity-stub.js";
import { CareUnit, Partner, SharedPathway } from "./federation/entities.js";
import { loadActivity } from "./involvement/involvement.resolver.js";
import type { LivedExperienceContext } from "./loaders.js";
import { loadRole } from "./role/role.resolver.js";

/** How the gateway turns entity representations into this subgraph's objects. */
export const livedExperienceReferences: GraphQLResolverMap<LivedExperienceContext> = {
  LivedExperienceRole: {
    __resolveReference: (ref: { id: string }, ctx: LivedExperienceContext) => loadRole(ctx, ref.id),
  },
  InvolvementActivity: {
    __resolveReference: (ref: { id: string }, ctx: LivedExperienceContext) =>
      loadActivity(ctx, ref.id),
  },
  Partner: stubReference(Partner),
  SharedPathway: stubReference(SharedPathway),
  CareUnit: stubWithExternalReference(CareUnit),
};
