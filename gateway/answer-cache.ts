import type { Cache } from "@graphql-yoga/plugin-response-cache";
import type { ExecutionResult } from "graphql";
import { LRUCache } from "lru-cache";

/** An entity as the plugin records it: a type name, and an id where it has one. */
type CacheEntityRecord = Parameters<Cache["invalidate"]>[0] extends Iterable<infer T> ? T : never;

/**
 * The response cache's store, through the plugin's documented `Cache` interface: answers by
 * key in an LRU bounded in bytes (each answer measured as the JSON it is sent as), and an index
 * from each tag (a type, a type and id, or one of cache-tags.ts's) to the answers carrying it,
 * so a write drops exactly those. Tags beyond the entities the plugin collects are given for an
 * answer with `tag` before the plugin stores it.
 */
export class AnswerCache implements Cache {
  private readonly answers: LRUCache<string, ExecutionResult>;
  private readonly keysByTag = new Map<string, Set<string>>();
  private readonly tagsByKey = new Map<string, string[]>();
  /** Tags waiting for their answer to be stored (an answer that is not stored takes its own). */
  private readonly pending = new WeakMap<object, readonly CacheEntityRecord[]>();

  constructor(options: { maxBytes: number; onHit?: () => void }) {
    this.answers = new LRUCache({
      maxSize: options.maxBytes,
      // One answer may take a tenth of the cache at most; a larger one is not kept.
      maxEntrySize: Math.max(1, Math.floor(options.maxBytes / 10)),
      sizeCalculation: (answer) => Math.max(1, JSON.stringify(answer).length),
      allowStale: false,
      dispose: (_answer, key) => this.forget(key),
    });
    this.onHit = options.onHit ?? (() => undefined);
  }

  private readonly onHit: () => void;

  /** How many bytes the stored answers take, as measured. */
  get bytes(): number {
    return this.answers.calculatedSize;
  }

  tag(answer: ExecutionResult, tags: readonly CacheEntityRecord[]): void {
    this.pending.set(answer, tags);
  }

  get(key: string): ExecutionResult | null {
    const answer = this.answers.get(key);
    if (answer) this.onHit();
    return answer ?? null;
  }

  set(
    key: string,
    answer: ExecutionResult,
    entities: Iterable<CacheEntityRecord>,
    ttl: number,
  ): void {
    const extra = this.pending.get(answer) ?? [];
    this.answers.set(key, answer, { ttl });
    if (!this.answers.has(key)) return; // larger than an entry may be
    this.forget(key);
    const tags = new Set<string>();
    for (const entity of [...entities, ...extra]) {
      tags.add(entity.typename);
      if (entity.id !== undefined) tags.add(`${entity.typename}:${entity.id}`);
    }
    this.tagsByKey.set(key, [...tags]);
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag) ?? new Set();
      keys.add(key);
      this.keysByTag.set(tag, keys);
    }
  }

  invalidate(entities: Iterable<CacheEntityRecord>): void {
    for (const { typename, id } of entities) {
      const tag = id === undefined || id === null ? typename : `${typename}:${id}`;
      for (const key of [...(this.keysByTag.get(tag) ?? [])]) this.answers.delete(key);
    }
  }

  /** Drops a key from the tag index (its answer is gone, or about to be replaced). */
  private forget(key: string): void {
    for (const tag of this.tagsByKey.get(key) ?? []) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
    this.tagsByKey.delete(key);
  }
}
