/** Drives GraphQL requests at a URL with autocannon and reports exact percentiles. */
import autocannon from "autocannon";
import { signPost } from "../common/signing.js";
import type { Caller } from "../common/caller.js";

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** One request of a workload: its body, and the credentials it carries. */
export interface BenchRequest {
  body: string;
  authorization?: string;
  /** A fresh body for each send (a write that must differ each time). */
  vary?: () => string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Whether an answer carries GraphQL errors: a 200 with errors is still a failed request. */
const hasErrors = (body: string) => body.includes('"errors":[');

export async function load(
  url: string,
  requests: (string | BenchRequest)[],
  options: {
    seconds: number;
    connections: number;
    /** Straight to a subgraph: the secret, the subgraph's name and the caller to sign for. */
    signing?: { secret: string; audience: string; caller: Caller };
    /** For every request that names none. */
    authorization?: string;
  },
): Promise<LoadResult> {
  const signing = options.signing;
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const prepared = requests.map((given) => {
    const request = typeof given === "string" ? { body: given } : given;
    const authorization = request.authorization ?? options.authorization;
    return {
      body: request.body,
      // Straight to a subgraph, every request is signed afresh, as the gateway signs them.
      setupRequest: (sent: autocannon.Request) => {
        const body = request.vary ? request.vary() : request.body;
        return {
          ...sent,
          body,
          headers: {
            ...sent.headers,
            ...(authorization ? { authorization } : {}),
            ...(signing ? signPost(signing.secret, signing.audience, body, signing.caller) : {}),
          },
        };
      },
      onResponse: (_status: number, body: string) => {
        if (hasErrors(body)) graphqlErrors++;
      },
    };
  });
  let clients = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: "POST",
        headers: { "content-type": "application/json" },
        requests: prepared,
        // Every connection would start at the first request, all in step (ten misses at once
        // for a cache): each starts at its own place in the list instead.
        setupClient: (client) => {
          const from = Math.floor((clients++ * prepared.length) / options.connections);
          client.setRequests([...prepared.slice(from), ...prepared.slice(0, from)]);
        },
        duration: options.seconds,
        connections: options.connections,
        timeout: 10,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, time: number) =>
      latencies.push(time),
    );
  });
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.total / options.seconds),
    p50: Math.round(percentile(latencies, 50) * 10) / 10,
    p95: Math.round(percentile(latencies, 95) * 10) / 10,
    p99: Math.round(percentile(latencies, 99) * 10) / 10,
    errors: result.errors + result.non2xx + result.timeouts + graphqlErrors,
  };
}
