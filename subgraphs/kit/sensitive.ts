import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from "graphql";

/**
 * `@sensitive` marks an argument or input field that can carry special-category data. It is
 * declared once, on the schema, and every subgraph's audit log (and anything else that records
 * a request) keeps only that such a value was given, never the value.
 */
export const SENSITIVE = "@sensitive";
export const SENSITIVE_DIRECTIVE =
  "directive @sensitive on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION";

/** What stands in a record where a sensitive value was given. */
export const REDACTED = "[redacted: special-category]";

export function isSensitive(definition: GraphQLArgument | GraphQLInputField): boolean {
  return definition.astNode?.directives?.some((d) => d.name.value === "sensitive") ?? false;
}

/** Every input field of an input type, by path, that is marked sensitive (for tests and docs). */
export function sensitiveFields(type: GraphQLInputType, seen = new Set<string>()): string[] {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  seen.add(named.name);
  return Object.values(named.getFields()).flatMap((field) =>
    isSensitive(field)
      ? [field.name]
      : sensitiveFields(field.type, seen).map((inner) => `${field.name}.${inner}`),
  );
}

function redactValue(value: unknown, type: GraphQLInputType): unknown {
  if (value === null || value === undefined) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    return Array.isArray(value)
      ? value.map((item) => redactValue(item, inner.ofType as GraphQLInputType))
      : redactValue(value, inner.ofType as GraphQLInputType);
  }
  if (!isInputObjectType(inner) || typeof value !== "object") return value;
  const fields = inner.getFields();
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, v]) => {
      const field = fields[key];
      if (!field) return [key, v];
      return [key, isSensitive(field) ? REDACTED : redactValue(v, field.type)];
    }),
  );
}

/**
 * A field's argument values (as its resolver receives them, whether they came inline or as
 * variables) with every sensitive argument, and every sensitive input field inside one,
 * replaced by REDACTED.
 */
export function redactArguments(
  field: GraphQLField<unknown, unknown>,
  values: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    field.args
      .filter((arg) => arg.name in values)
      .map((arg) => [
        arg.name,
        isSensitive(arg) ? REDACTED : redactValue(values[arg.name], arg.type),
      ]),
  );
}
