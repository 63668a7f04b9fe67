import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { type DocumentNode, type ExecutionResult, getOperationAST } from "graphql";
import { Counter, Gauge, type Registry } from "prom-client";
import type { Caller } from "../common/caller.js";
import { SUBGRAPH_READS_HEADER } from "../common/http.js";
import { AnswerCache } from "./answer-cache.js";
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

/**
 * Hive's response cache (@graphql-yoga/plugin-response-cache) over whole answers to queries,
 * stored in AnswerCache (bounded in bytes).
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
 *   entity each root lookup asks for, the subgraphs it reads, the subgraphs it reads derived
 *   data from (lists, counts, fields one subgraph adds to another's entity), and every subgraph
 *   the gateway called for it or that a called subgraph read in turn (it names them in
 *   SUBGRAPH_READS_HEADER). A mutation that writes only the entity it returns (ENTITY_WRITES)
 *   drops that entity's answers and its subgraph's derived ones; any other mutation, or one that
 *   fails, drops every answer reading its subgraph. An answer to a query that was under way when
 *   a mutation ended may hold data from before the write: it is served, not cached. A write made
 *   around the gateway (SQL by hand, another gateway replica) is seen when the TTL ends.
 * - **Conditional requests** are not the plugin's (its ETag is the cache key, answered before
 *   authentication): see conditional-requests.ts.
 */
export function responseCache(options: {
  ttlMs: number;
  maxBytes: number;
  supergraph: DocumentNode;
  subgraphUrls: Record<string, string>;
  callerOf: (request: Request) => Caller | null;
  registry: Registry;
}): GatewayPlugin[] {
  const hits = new Counter({
    name: "gateway_response_cache_hits_total",
    help: "Answers served from the response cache.",
    registers: [options.registry],
  });
  const cache = new AnswerCache({ maxBytes: options.maxBytes, onHit: () => hits.inc() });
  new Gauge({
    name: "gateway_response_cache_bytes",
    help: "Bytes the response cache's answers take, measured as JSON.",
    registers: [options.registry],
    collect() {
      this.set(cache.bytes);
    },
  });
  const facts = supergraphFacts(options.supergraph);
  const graphOfUrl = new Map(
    Object.entries(options.subgraphUrls).map(([name, url]) => [url, facts.graphsByName.get(name)]),
  );
  let writes = 0;
  /** Each query under way: the writes seen when it started, its tags, the subgraphs it read. */
  const queries = new WeakMap<object, { writes: number; tags: CacheTag[]; reads: Set<string> }>();
  const known = new WeakMap<DocumentNode, Map<string | null, ReturnType<typeof operationTags>>>();
  const tagAndInvalidate: GatewayPlugin = {
    onFetch({ url, context }) {
      const query = queries.get(context as object);
      const graph = graphOfUrl.get(url);
      if (!query || !graph) return;
      query.reads.add(graph);
      return ({ response }) => {
        for (const name of response.headers.get(SUBGRAPH_READS_HEADER)?.split(",") ?? []) {
          const read = facts.graphsByName.get(name.trim());
          if (read) query.reads.add(read);
        }
      };
    },
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
        const query = {
          writes,
          tags: [...found.tags, ...lookupTags(found.lookups, variables)],
          reads: new Set<string>(),
        };
        queries.set(args.contextValue, query);
        return {
          onExecuteDone({ result }) {
            const reads = [...query.reads].map(readsTag);
            cache.tag(result as ExecutionResult, [...query.tags, ...reads]);
          },
        };
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
          cache.invalidate(
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
        // Overtaken by a write while it ran: served, not cached.
        return query && query.writes === writes ? ttl : 0;
      },
    }) as GatewayPlugin,
  ];
}
