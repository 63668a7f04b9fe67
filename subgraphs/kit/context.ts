import { ANONYMOUS, type Caller } from "../../common/caller.js";

export { ANONYMOUS, type Caller };

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
