/** The dashboard reads only the GraphQL API, as the public or with the credential pasted in. */

export interface Credential {
  kind: "bearer" | "api-key";
  value: string;
}

let credential: Credential | null = null;

/** Kept in memory only: never stored, so closing the tab forgets it. */
export function useCredential(next: Credential | null): void {
  credential = next;
}

export function hasCredential(): boolean {
  return credential !== null;
}

export class ApiError extends Error {}

export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (credential?.kind === "bearer") headers["authorization"] = `Bearer ${credential.value}`;
  if (credential?.kind === "api-key") headers["x-api-key"] = credential.value;
  const response = await fetch("/graphql", {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) {
    throw new ApiError(body.errors?.map((e) => e.message).join(" ") ?? `HTTP ${response.status}`);
  }
  return body.data;
}
