import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/index.js";
import { stubReference, stubWithExternalReference } from "../kit/entity-stub.js";
import { CareUnit, Place } from "./federation/entities.js";
import type { WorkforceContext } from "./loaders.js";
import { toMeasure } from "./measure/measure.mapper.js";

/** How the gateway turns entity representations into this subgraph's objects. */
export const workforceReferences: GraphQLResolverMap<WorkforceContext> = {
  Measure: {
    __resolveReference: async (ref: { code: string }, ctx: WorkforceContext) => {
      const row = await ctx.loaders.measure.load(ref.code);
      return row ? toMeasure(row) : null;
    },
  },
  Place: stubReference(Place),
  CareUnit: stubWithExternalReference(CareUnit),
};
