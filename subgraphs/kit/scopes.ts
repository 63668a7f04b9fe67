import {
  type ConstDirectiveNode,
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isIntrospectionType,
  isObjectType,
  valueFromASTUntyped,
} from "graphql";
import { ANONYMOUS, type Caller } from "./context.js";

/** `@requiresScopes` for a type or field: any one of the alternatives, each a set of scopes. */
export function requiresScopes(...alternatives: string[][]): string {
  return `@requiresScopes(scopes: ${JSON.stringify(alternatives)})`;
}

/** Who may change a subgraph's data: its editors, and administrators. */
export const editorsOf = (subgraph: string) => requiresScopes([`${subgraph}:write`], ["admin"]);

/** Internal readers: staff and internal dashboards, and administrators. */
export const INTERNAL = requiresScopes(["internal"], ["admin"]);

/**
 * Who may read a subgraph's internal records: internal readers, and its editors, so that an
 * editor can read back what a mutation just wrote.
 */
export const readersOf = (subgraph: string) =>
  requiresScopes(["internal"], [`${subgraph}:write`], ["admin"]);

/**
 * Special-category figures have scopes of their own, which no other scope (not even admin)
 * implies: reading what was published, and publishing it.
 */
export const SPECIAL_CATEGORY_READ = "special-category:read";
export const SPECIAL_CATEGORY_PUBLISH = "special-category:publish";

/** Checks inside a subgraph what its resolvers need beyond the schema's own scopes. */
export function requireScope(caller: Caller, anyOf: string[], what: string): void {
  if (anyOf.some((scope) => caller.scopes.includes(scope))) return;
  throw new GraphQLError(`${what} needs one of the scopes ${anyOf.join(", ")}.`, {
    extensions: { code: caller.subject || caller.client ? "FORBIDDEN" : "UNAUTHENTICATED" },
  });
}

type Alternatives = string[][];

function scopesOf(nodes: readonly { directives?: readonly ConstDirectiveNode[] }[]) {
  const found: Alternatives[] = [];
  for (const node of nodes) {
    for (const directive of node.directives ?? []) {
      if (directive.name.value !== "requiresScopes") continue;
      const argument = directive.arguments?.find((a) => a.name.value === "scopes");
      if (argument) found.push(valueFromASTUntyped(argument.value) as Alternatives);
    }
  }
  return found;
}

const satisfies = (scopes: readonly string[], alternatives: Alternatives) =>
  alternatives.some((all) => all.every((scope) => scopes.includes(scope)));

/** The refusal a caller gets for a field or type it may not read. */
export function scopeRefusal(caller: Caller, what: string, alternatives: Alternatives) {
  const needs = [...new Set(alternatives.map((all) => all.join(" + ")))].join(" or ");
  return new GraphQLError(
    caller.subject || caller.client
      ? `${what} needs the scope ${needs}.`
      : `${what} needs a caller with the scope ${needs}: send a bearer token or an API key.`,
    { extensions: { code: caller.subject || caller.client ? "FORBIDDEN" : "UNAUTHENTICATED" } },
  );
}

interface ReferenceExtensions {
  apollo?: { subgraph?: { resolveReference?: (...args: unknown[]) => unknown } };
}

/**
 * Enforces the schema's `@requiresScopes` in the subgraph itself, for the caller the gateway
 * signed. A field needs its own scopes and those of the type it returns; a protected entity
 * needs its type's scopes to be resolved from a representation. A refused field raises an
 * error before its resolver runs (so a refused mutation writes nothing), and graphql-js then
 * nulls it as the GraphQL specification says, so every answer keeps the document's shape.
 */
export function enforceScopes(schema: GraphQLSchema): GraphQLSchema {
  const typeScopes = new Map<string, Alternatives[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    const found = scopesOf([type.astNode ?? {}, ...type.extensionASTNodes]);
    if (found.length > 0) typeScopes.set(type.name, found);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const returned = getNamedType(field.type).name;
      const needs = [
        ...scopesOf([field.astNode ?? {}]).map((a) => [`${type.name}.${field.name}`, a] as const),
        ...(typeScopes.get(returned) ?? []).map((a) => [`the ${returned} type`, a] as const),
      ];
      if (needs.length === 0) continue;
      const resolve: GraphQLFieldResolver<unknown, { caller?: Caller }> =
        field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const caller = context.caller ?? ANONYMOUS;
        for (const [what, alternatives] of needs) {
          if (!satisfies(caller.scopes, alternatives))
            throw scopeRefusal(caller, what, alternatives);
        }
        return resolve(source, args, context, info);
      };
    }
    const reference = (type.extensions as ReferenceExtensions).apollo?.subgraph;
    const needs = typeScopes.get(type.name);
    if (reference?.resolveReference && needs) {
      const resolveReference = reference.resolveReference;
      reference.resolveReference = (representation, context, info) => {
        const caller = (context as { caller?: Caller }).caller ?? ANONYMOUS;
        for (const alternatives of needs) {
          if (!satisfies(caller.scopes, alternatives))
            throw scopeRefusal(caller, `the ${type.name} type`, alternatives);
        }
        return resolveReference(representation, context, info);
      };
    }
  }
  return schema;
}
