import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { createInMemoryCache, useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { type DocumentNode, type ExecutionResult, getOperationAST } from "graphql";
import { Counter, type Registry } from "prom-client";
import type { Caller } from "../common/caller.js";
import {
  type CacheTag,
  derivedTag,
  ENTITY_WRITES,
  lookupTags,
  operationTags,
  readsTag,
  rootFieldNames,
  supergraphFacts,
} from "./cache-tags.js";

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
 * - **Invalidated by mutations, by entity where it can be** (cache-tags.ts): each answer is
 *   tagged with the entities it holds (the plugin adds every object's id to the document), the
 *   entity each root lookup asks for, the subgraphs it reads, and the subgraphs it reads derived
 *   data from (lists, counts, fields one subgraph adds to another's entity). A mutation that
 *   writes only the entity it returns (ENTITY_WRITES) drops that entity's answers and its
 *   subgraph's derived ones; any other mutation, or one that fails, drops every answer reading
 *   its subgraph. An answer to a query that was under way when a mutation ended may hold data
 *   from before the write: it is served, not cached. A write made around the gateway (SQL by
 *   hand, another gateway replica) is seen when the TTL ends.
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
  const facts = supergraphFacts(options.supergraph);
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
  const queries = new WeakMap<object, { writes: number; tags: CacheTag[] }>();
  // The plugin calls onTtl and then, synchronously, cache.set for the same answer: the tags
  // onTtl finds for the request are added to the entities the plugin collected.
  let tags: CacheTag[] = [];
  const set = cache.set.bind(cache);
  cache.set = (key, result, entities, ttl) => {
    const tagged = [...entities, ...tags];
    tags = [];
    return set(key, result, tagged, ttl);
  };
  const known = new WeakMap<DocumentNode, Map<string | null, ReturnType<typeof operationTags>>>();
  const tagAndInvalidate: GatewayPlugin = {
    onExecute({ args }) {
      const document = args.document as DocumentNode;
      // The operation that runs, not the document's first: it may hold a query and a mutation.
      const operation = getOperationAST(document, args.operationName);
      if (!operation) return;
      if (operation.operation === "query") {
        const byName = known.get(document) ?? new Map();
        known.set(document, byName);
        const name = args.operationName ?? null;
        let found = byName.get(name);
        if (!found) {
          found = operationTags(args.schema, document, operation, facts);
          byName.set(name, found);
        }
        const variables = args.variableValues as Record<string, unknown> | undefined;
        queries.set(args.contextValue, {
          writes,
          tags: [...found.tags, ...lookupTags(found.lookups, variables)],
        });
        return;
      }
      const written = new Map<string, boolean>(); // subgraph → written by entity only
      for (const name of rootFieldNames(document, operation)) {
        const graph = facts.mutationGraphs.get(name);
        if (!graph) continue;
        written.set(graph, (written.get(graph) ?? true) && ENTITY_WRITES.has(name));
      }
      return {
        onExecuteDone({ result }) {
          writes++;
          // The plugin drops the entities in the mutation's answer; a failed write may have
          // changed anything its subgraph holds, so it drops every answer reading it.
          const failed = Boolean((result as ExecutionResult).errors?.length);
          void cache.invalidate(
            [...written].map(([graph, byEntity]) =>
              byEntity && !failed ? derivedTag(graph) : readsTag(graph),
            ),
          );
        },
      };
    },
  };
  return [
    tagAndInvalidate,
    useResponseCache({
      cache,
      ttl: options.ttlMs,
      ttlPerSchemaCoordinate: Object.fromEntries(facts.specialCategory.map((c) => [c, 0])),
      session: (request) => {
        const caller = options.callerOf(request);
        return caller ? `caller:${[...caller.scopes].sort().join(" ")}` : "anonymous";
      },
      onTtl: ({ ttl, context }) => {
        const query = queries.get(context as object);
        if (!query || query.writes !== writes) return 0; // overtaken by a write: not cached
        tags = query.tags;
        return ttl;
      },
    }) as GatewayPlugin,
  ];
}
