import { GraphQLError } from "graphql";
import type { Caller } from "./context.js";

/** `@requiresScopes` for a type or field: any one of the alternatives, each a set of scopes. */
export function requiresScopes(...alternatives: string[][]): string {
  return `@requiresScopes(scopes: ${JSON.stringify(alternatives)})`;
}

/** Who may change a subgraph's data: its editors, and administrators. */
export const editorsOf = (subgraph: string) => requiresScopes([`${subgraph}:write`], ["admin"]);

/** Internal readers: staff and internal dashboards, and administrators. */
export const INTERNAL = requiresScopes(["internal"], ["admin"]);

/** Checks inside a subgraph what its resolvers need beyond the gateway's check. */
export function requireScope(caller: Caller, anyOf: string[], what: string): void {
  if (anyOf.some((scope) => caller.scopes.includes(scope))) return;
  throw new GraphQLError(`${what} needs one of the scopes ${anyOf.join(", ")}.`, {
    extensions: { code: caller.subject || caller.client ? "FORBIDDEN" : "UNAUTHENTICATED" },
  });
}
