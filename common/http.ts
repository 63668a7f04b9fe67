import type http from "node:http";

/** How long a client may take to send its headers, and its whole request, in milliseconds. */
export interface ClientTimeouts {
  headersMs: number;
  requestMs: number;
}

export const CLIENT_TIMEOUTS: ClientTimeouts = { headersMs: 10_000, requestMs: 30_000 };

/**
 * Node's HTTP server options that keep slow clients from holding connections: header and whole
 * request timeouts (checked every second, not Node's default 30 s), answered 408.
 */
export function slowClientOptions(timeouts: ClientTimeouts = CLIENT_TIMEOUTS): http.ServerOptions {
  return {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    connectionsCheckingInterval: 1_000,
  };
}

/** The most connections one server holds at once. */
export const MAX_CONNECTIONS = 1_000;

/**
 * The response header in which a subgraph names the other subgraphs it read to answer (through
 * their owners, not the gateway), so the gateway's response cache is dropped by their writes too.
 */
export const SUBGRAPH_READS_HEADER = "x-subgraph-reads";
