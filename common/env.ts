/** A whole number from the environment, or the fallback when unset; anything else stops start-up. */
export function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

/** How a subgraph's settings are named in the environment: `lived-experience` → `LIVED_EXPERIENCE`. */
export const envPrefix = (subgraph: string) => subgraph.toUpperCase().replace(/-/g, "_");

/**
 * Where a subgraph serves GraphQL, for whoever calls it (the gateway, or a subgraph checking a
 * reference): `<NAME>_URL`, else loopback on `<NAME>_PORT` or its default port.
 */
export function subgraphUrl(
  env: NodeJS.ProcessEnv,
  subgraph: string,
  defaultPort: number,
  path = "/graphql",
): string {
  const prefix = envPrefix(subgraph);
  return (
    env[`${prefix}_URL`] ??
    `http://127.0.0.1:${wholeNumber(env, `${prefix}_PORT`, defaultPort)}${path}`
  );
}
