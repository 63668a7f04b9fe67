import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/index.js";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type GraphQLSchema, parse } from "graphql";
import { maxListItems } from "./ceiling.js";
import { boundLists, enforceListSizes } from "./list-size.js";
import { enforceScopes } from "./scopes.js";
import { SENSITIVE_DIRECTIVE } from "./sensitive.js";
import { type NonEmptyArray, buildSchemaSync, createResolversMap } from "type-graphql";

export const FEDERATION_VERSION = "https://specs.apollo.dev/federation/v2.9";

export interface SubgraphSchemaOptions<TContext> {
  /** type-graphql resolver classes that make up the subgraph. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Federation directives this subgraph uses, e.g. ["@key", "@shareable"]. */
  federationImports: string[];
  /** `__resolveReference` functions (and any other hand-written resolvers), by type name. */
  referenceResolvers?: GraphQLResolverMap<TContext>;
  /** Types no resolver returns directly but the schema must contain (entity stubs). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: type-graphql produces the
 * SDL (with the federation directives given through `@Directive`), and `@apollo/subgraph` turns
 * it into a subgraph with `_service` and `_entities`. Every list field is bounded (list-size.ts),
 * every answer has a ceiling (ceiling.ts), and the subgraph enforces its own `@requiresScopes`.
 */
export function buildFederatedSubgraphSchema<TContext>(
  options: SubgraphSchemaOptions<TContext>,
): GraphQLSchema {
  const typeGraphqlSchema = buildSchemaSync({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    skipCheck: true,
    validate: false,
  });
  const imports = [...new Set([...options.federationImports, "@listSize"])]
    .map((d) => JSON.stringify(d))
    .join(", ");
  const typeDefs = boundLists(
    parse(
      `extend schema @link(url: "${FEDERATION_VERSION}", import: [${imports}])\n` +
        `${SENSITIVE_DIRECTIVE}\n` +
        printSchemaWithDirectives(typeGraphqlSchema),
    ),
  );
  const generated = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  const schema = buildSubgraphSchema([
    {
      typeDefs,
      resolvers: mergeResolverMaps(
        generated,
        (options.referenceResolvers ?? {}) as GraphQLResolverMap<unknown>,
      ),
    },
  ]);
  // Outermost last: a caller's scopes are checked before anything else is.
  return enforceScopes(enforceListSizes(schema, maxListItems()));
}

function mergeResolverMaps(
  a: GraphQLResolverMap<unknown>,
  b: GraphQLResolverMap<unknown>,
): GraphQLResolverMap<unknown> {
  const merged: GraphQLResolverMap<unknown> = { ...a };
  for (const [typeName, fields] of Object.entries(b)) {
    merged[typeName] = { ...(merged[typeName] as object), ...(fields as object) } as never;
  }
  return merged;
}
