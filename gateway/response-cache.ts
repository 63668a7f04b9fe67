import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { createInMemoryCache, useResponseCache } from "@graphql-yoga/plugin-response-cache";
import {
  type ConstDirectiveNode,
  type DocumentNode,
  getOperationAST,
  type GraphQLSchema,
  Kind,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { Counter, type Registry } from "prom-client";
import type { Caller } from "../common/caller.js";

/** How many answers the cache holds at most; the least recently used go first. */
const MAX_ANSWERS = 10_000;

/**
 * Hive's response cache (@graphql-yoga/plugin-response-cache) over whole answers to queries.
 *
 * - **Keyed by what the caller may see:** an answer is shared only by callers with the same
 *   scopes (and the same authenticated or anonymous standing), so no cached answer reaches a
 *   caller it would not be given afresh. Nothing in the schema varies by who the caller is
 *   beyond that.
 * - **Never cached:** answers with any error, and answers touching a field that needs a
 *   special-category scope (the published LD/autism count), so special-category data is never
 *   held in memory beyond its request.
 * - **Invalidated by mutations:** each cached answer is tagged with the subgraphs whose fields
 *   its document selects (read from the supergraph), and a mutation sent to a subgraph drops
 *   every answer tagged with it, whatever the mutation itself selects; the entities in the
 *   mutation's answer are dropped too, as the plugin does. An answer to a query that was under
 *   way when a mutation ended may hold data from before the write: it is served, not cached.
 *   A write made around the gateway (SQL by hand, another gateway replica) is seen when the TTL
 *   ends.
 */
export function responseCache(options: {
  ttlMs: number;
  supergraph: DocumentNode;
  callerOf: (request: Request) => Caller | null;
  registry: Registry;
}): GatewayPlugin[] {
  const hits = new Counter({
    name: "gateway_response_cache_hits_total",
    help: "Answers served from the response cache.",
    registers: [options.registry],
  });
  const { fieldGraphs, mutationGraphs, specialCategory } = supergraphFacts(options.supergraph);
  const cache = createInMemoryCache({ max: MAX_ANSWERS });
  // A request that misses looks twice (as it is parsed, then as it runs); one that hits, once.
  const get = cache.get.bind(cache);
  cache.get = (key) => {
    const found = get(key);
    if (found instanceof Promise) void found.then((answer) => answer && hits.inc());
    else if (found) hits.inc();
    return found;
  };
  let writes = 0;
  const queries = new WeakMap<object, { writes: number; graphs: string[] }>();
  // The plugin calls onTtl and then, synchronously, cache.set for the same answer: the subgraph
  // tags onTtl finds for the request are added to what set records.
  let tags: string[] = [];
  const set = cache.set.bind(cache);
  cache.set = (key, result, entities, ttl) => {
    const tagged = [...entities, ...tags.map((graph) => ({ typename: tag(graph) }))];
    tags = [];
    return set(key, result, tagged, ttl);
  };
  const graphsOf = documentGraphs(fieldGraphs);
  const tagAndInvalidate: GatewayPlugin = {
    onExecute({ args }) {
      const document = args.document as DocumentNode;
      // The operation that runs, not the document's first: it may hold a query and a mutation.
      const operation = getOperationAST(document, args.operationName);
      if (!operation) return;
      if (operation.operation === "query") {
        queries.set(args.contextValue, { writes, graphs: graphsOf(args.schema, document) });
        return;
      }
      const graphs = new Set<string>();
      for (const selection of operation.selectionSet.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const graph = mutationGraphs.get(selection.name.value);
        if (graph) graphs.add(graph);
      }
      return {
        onExecuteDone() {
          writes++;
          void cache.invalidate([...graphs].map((graph) => ({ typename: tag(graph) })));
        },
      };
    },
  };
  return [
    tagAndInvalidate,
    useResponseCache({
      cache,
      ttl: options.ttlMs,
      ttlPerSchemaCoordinate: Object.fromEntries(specialCategory.map((c) => [c, 0])),
      session: (request) => {
        const caller = options.callerOf(request);
        return caller ? `caller:${[...caller.scopes].sort().join(" ")}` : "anonymous";
      },
      onTtl: ({ ttl, context }) => {
        const query = queries.get(context as object);
        if (!query || query.writes !== writes) return 0; // overtaken by a write: not cached
        tags = query.graphs;
        return ttl;
      },
    }) as GatewayPlugin,
  ];
}

const tag = (graph: string) => `subgraph:${graph}`;

/** The subgraphs whose fields a document selects (key fields aside), once per document. */
function documentGraphs(fieldGraphs: Map<string, string[]>) {
  const all = [...new Set([...fieldGraphs.values()].flat())];
  const known = new WeakMap<DocumentNode, string[]>();
  return (schema: GraphQLSchema, document: DocumentNode): string[] => {
    let graphs = known.get(document);
    if (graphs) return graphs;
    const found = new Set<string>();
    const info = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(info, {
        Field(node) {
          const parent = info.getParentType();
          if (!parent || node.name.value.startsWith("__")) return;
          const coordinate = `${parent.name}.${node.name.value}`;
          // A field the supergraph does not place (an interface's) could be any subgraph's.
          for (const graph of fieldGraphs.get(coordinate) ?? all) found.add(graph);
        },
      }),
    );
    graphs = [...found];
    known.set(document, graphs);
    return graphs;
  };
}

const argument = (directive: ConstDirectiveNode, name: string) =>
  directive.arguments?.find((a) => a.name.value === name)?.value;

/**
 * From the supergraph: the subgraphs that serve each field (none for a key field, which never
 * changes), the subgraph of each mutation, and the fields that need a special-category scope,
 * as schema coordinates.
 */
function supergraphFacts(supergraph: DocumentNode) {
  const fieldGraphs = new Map<string, string[]>();
  const mutationGraphs = new Map<string, string>();
  const specialCategory: string[] = [];
  const types = supergraph.definitions.filter(
    (d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION,
  );
  for (const type of types) {
    const keysOf = new Map<string, string>();
    for (const join of type.directives?.filter((d) => d.name.value === "join__type") ?? []) {
      const graph = argument(join, "graph");
      const key = argument(join, "key");
      if (graph?.kind !== Kind.ENUM) continue;
      const keys = `${keysOf.get(graph.value) ?? ""} ${key?.kind === Kind.STRING ? key.value : ""}`;
      keysOf.set(graph.value, keys);
    }
    for (const field of type.fields ?? []) {
      const name = field.name.value;
      const joins = field.directives?.filter((d) => d.name.value === "join__field") ?? [];
      const graphs = joins.length
        ? joins.flatMap((join) => {
            const graph = argument(join, "graph");
            const external = argument(join, "external");
            const isExternal = external?.kind === Kind.BOOLEAN && external.value;
            return graph?.kind === Kind.ENUM && !isExternal ? [graph.value] : [];
          })
        : [...keysOf.keys()];
      const isKey = graphs.some((g) => new RegExp(`\\b${name}\\b`).test(keysOf.get(g) ?? ""));
      fieldGraphs.set(`${type.name.value}.${name}`, isKey ? [] : graphs);
      if (type.name.value === "Mutation" && graphs[0]) mutationGraphs.set(name, graphs[0]);
      const scopes = field.directives?.find((d) => d.name.value === "requiresScopes");
      if (scopes && /"special-category:/.test(print(scopes))) {
        specialCategory.push(`${type.name.value}.${name}`);
      }
    }
  }
  return { fieldGraphs, mutationGraphs, specialCategory };
}
