/** Who is asking. Filled from the gateway's verified identity once access control lands. */
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

/** Makes a subgraph's per-request context: fresh loaders over its database for every request. */
export function requestContext<TDb, TLoaders>(
  db: TDb,
  createLoaders: (db: TDb) => TLoaders,
): () => SubgraphContext<TDb, TLoaders> {
  return () => ({ caller: ANONYMOUS, db, loaders: createLoaders(db) });
}
