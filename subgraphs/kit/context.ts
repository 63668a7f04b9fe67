/** Who is asking, as the gateway signed it (anonymous until the gateway authenticates callers). */
export interface Caller {
  subject: string | null;
  client: string | null;
  scopes: readonly string[];
}

export const ANONYMOUS: Caller = Object.freeze({ subject: null, client: null, scopes: [] });

/** What every resolver of a subgraph receives. */
export interface SubgraphContext<TDb, TLoaders> {
  caller: Caller;
  db: TDb;
  /** DataLoaders for this request only: their caches never outlive it. */
  loaders: TLoaders;
}

/** Makes a subgraph's per-request context: the caller, and fresh loaders over its database. */
export function requestContext<TDb, TLoaders>(
  db: TDb,
  createLoaders: (db: TDb) => TLoaders,
): (caller?: Caller) => SubgraphContext<TDb, TLoaders> {
  return (caller = ANONYMOUS) => ({ caller, db, loaders: createLoaders(db) });
}
