import type { BaseContext } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { Caller, SubgraphOptions } from "./kit/context.js";
import type { SubgraphDatabase } from "./kit/database.js";
import { buildPartnersSchema, createPartnersSubgraph, PARTNERS } from "./partners/index.js";
import {
  buildLivedExperienceSchema,
  createLivedExperienceSubgraph,
  LIVED_EXPERIENCE,
} from "./lived-experience/index.js";
import { buildWorkforceSchema, createWorkforceSubgraph, WORKFORCE } from "./workforce/index.js";
import { buildPathwaysSchema, createPathwaysSubgraph, PATHWAYS } from "./pathways/index.js";

export interface SubgraphDefinition {
  name: string;
  defaultPort: number;
  /** Environment variable that overrides the port. */
  portVariable: string;
  buildSchema(): GraphQLSchema;
  create(options: SubgraphOptions): {
    schema: GraphQLSchema;
    database: SubgraphDatabase<Record<string, unknown>>;
    createContext(caller?: Caller): BaseContext;
  };
}

/** Every subgraph composed into the supergraph, in the order they start. */
export const SUBGRAPHS: SubgraphDefinition[] = [
  { ...PARTNERS, buildSchema: buildPartnersSchema, create: createPartnersSubgraph },
  { ...PATHWAYS, buildSchema: buildPathwaysSchema, create: createPathwaysSubgraph },
  {
    ...LIVED_EXPERIENCE,
    buildSchema: buildLivedExperienceSchema,
    create: createLivedExperienceSubgraph,
  },
  { ...WORKFORCE, buildSchema: buildWorkforceSchema, create: createWorkforceSubgraph },
];
