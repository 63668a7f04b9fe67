/** Drives one GraphQL operation at a URL with autocannon and reports exact percentiles. */
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

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function load(
  url: string,
  bodies: string[],
  options: {
    seconds: number;
    connections: number;
    /** Straight to a subgraph: the secret, the subgraph's name and the caller to sign for. */
    signing?: { secret: string; audience: string; caller: Caller };
    authorization?: string;
  },
): Promise<LoadResult> {
  const signing = options.signing;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(options.authorization ? { authorization: options.authorization } : {}),
        },
        // Straight to a subgraph, every request is signed afresh, as the gateway signs them.
        requests: bodies.map((body) =>
          signing
            ? {
                body,
                setupRequest: (request: autocannon.Request) => ({
                  ...request,
                  headers: {
                    ...request.headers,
                    ...signPost(signing.secret, signing.audience, body, signing.caller),
                  },
                }),
              }
            : { body },
        ),
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
    errors: result.errors + result.non2xx + result.timeouts,
  };
}
