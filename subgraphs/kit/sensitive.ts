import {
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type OperationDefinitionNode,
  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
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
 * The variables of an operation with every sensitive value replaced by REDACTED: a variable
 * used anywhere a sensitive argument or input field stands is redacted whole, and inside a
 * variable of an input type, each sensitive field is.
 */
export function redactVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const whole = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  let sensitiveDepth = 0;
  const enter = (definition: GraphQLArgument | GraphQLInputField | null | undefined) => {
    const sensitive = definition ? isSensitive(definition) : false;
    if (sensitive) sensitiveDepth++;
    return sensitive;
  };
  const entered: boolean[] = [];
  visit(
    operation,
    visitWithTypeInfo(typeInfo, {
      Argument: {
        enter: () => void entered.push(enter(typeInfo.getArgument())),
        leave: () => void (entered.pop() ? sensitiveDepth-- : undefined),
      },
      ObjectField: {
        enter: (node) => {
          const parent = getNamedType(typeInfo.getParentInputType() ?? undefined);
          const field =
            parent && isInputObjectType(parent) ? parent.getFields()[node.name.value] : null;
          entered.push(enter(field));
        },
        leave: () => void (entered.pop() ? sensitiveDepth-- : undefined),
      },
      Variable: (node) => {
        if (sensitiveDepth > 0) whole.add(node.name.value);
      },
    }),
  );
  const types = new Map(
    (operation.variableDefinitions ?? []).map((d) => [
      d.variable.name.value,
      typeFromAST(schema, d.type) as GraphQLInputType | undefined,
    ]),
  );
  // A variable the operation does not declare is never used, so it is not kept either.
  return Object.fromEntries(
    Object.entries(variables).flatMap(([name, value]) => {
      const type = types.get(name);
      if (!type) return [];
      return [[name, whole.has(name) ? REDACTED : redactValue(value, type)]];
    }),
  );
}
