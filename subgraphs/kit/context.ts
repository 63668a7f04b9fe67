import type { IncomingMessage } from "node:http";

/** Who is asking. Filled from the gateway's verified identity once access control lands. */
export interface Caller {
  subject: string | null;
  client: string | null;
  scopes: readonly string[];
}

export const ANONYMOUS: Caller = Object.freeze({ subject: null, client: null, scopes: [] });

export interface SubgraphContext<TLoaders> {
  caller: Caller;
  /** DataLoaders for this request only: their caches never outlive it. */
  loaders: TLoaders;
}

export function contextFactory<TLoaders>(
  createLoaders: () => TLoaders,
): (req?: IncomingMessage) => SubgraphContext<TLoaders> {
  return () => ({ caller: ANONYMOUS, loaders: createLoaders() });
}
