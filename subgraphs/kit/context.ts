import { ANONYMOUS, type Caller } from "../../common/caller.js";
import { Owners } from "./owners.js";

export { ANONYMOUS, type Caller };

/** What every resolver of a subgraph receives. */
export interface SubgraphContext<TDb, TLoaders> {
  caller: Caller;
  db: TDb;
  /** DataLoaders for this request only: their caches never outlive it. */
  loaders: TLoaders;
  /** Checks keys of other subgraphs' entities with their owners before a write stores them. */
  owners: Owners;
  /** The other subgraphs this request read through `owners`, named to the gateway's cache. */
  readsFrom: Set<string>;
}

/** How a subgraph is made: its database file, whether to seed it, and who owns what it refers to. */
export interface SubgraphOptions {
  databaseFile: string;
  seed?: boolean;
  /** Absent (a seed or a script alone): every reference check refuses, so nothing is unchecked. */
  owners?: Owners;
}

/** Owners that cannot be reached: a subgraph made without any refuses writes that refer out. */
export function unreachableOwners(self: string): Owners {
  return new Owners({ self, secret: "", urlOf: () => undefined });
}

/** Makes a subgraph's per-request context: the caller, and fresh loaders over its database. */
export function requestContext<TDb, TLoaders>(
  db: TDb,
  createLoaders: (db: TDb) => TLoaders,
  owners: Owners,
): (caller?: Caller) => SubgraphContext<TDb, TLoaders> {
  return (caller = ANONYMOUS) => {
    const readsFrom = new Set<string>();
    const forRequest = owners.recordingReadsIn(readsFrom);
    return { caller, db, loaders: createLoaders(db), owners: forRequest, readsFrom };
  };
}
