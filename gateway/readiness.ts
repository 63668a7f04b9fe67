import { signPost } from "../common/signing.js";

export interface SubgraphHealth {
  name: string;
  ok: boolean;
  reason?: string;
}

/** Asks each subgraph for `{ __typename }`, signed, all at once, each within `timeoutMs`. */
export async function checkSubgraphs(
  urls: Record<string, string>,
  timeoutMs: number,
  secret: string,
): Promise<SubgraphHealth[]> {
  const body = JSON.stringify({ query: "{ __typename }" });
  return Promise.all(
    Object.entries(urls).map(async ([name, url]): Promise<SubgraphHealth> => {
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...signPost(secret, name, body) },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        return response.ok
          ? { name, ok: true }
          : { name, ok: false, reason: `answered HTTP ${response.status}` };
      } catch (error) {
        const timedOut = error instanceof Error && error.name === "TimeoutError";
        return {
          name,
          ok: false,
          reason: timedOut ? `no answer within ${timeoutMs} ms` : "unreachable",
        };
      }
    }),
  );
}
