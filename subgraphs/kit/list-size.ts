import {
  type ConstDirectiveNode,
  defaultFieldResolver,
  type DocumentNode,
  type FieldDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  type InputValueDefinitionNode,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type TypeNode,
  visit,
} from "graphql";
import { declaredListSize } from "../../common/list-size.js";
import { ItemCeiling } from "./ceiling.js";
import { badUserInput } from "./errors.js";

/** The most items one list field gives at once, and how many unless asked. */
export const MAX_LIST_SIZE = 100;
export const DEFAULT_LIST_SIZE = 50;

/**
 * Every list field is bounded, so the gateway's cost estimate multiplies by real sizes:
 * - by default a list field takes `first` (1 to 100, default 50) and gives at most that many,
 *   declared with `@listSize(slicingArguments: ["first"])`: this module adds both to any list
 *   field that declares nothing, so no list can be unbounded by omission;
 * - a list bounded by the domain (an enum's values, a validated range, the fixed framework)
 *   declares `listSize(n)` instead; more than n items is a bug, refused at run time.
 */
export const listSize = (assumedSize: number) => `@listSize(assumedSize: ${assumedSize})`;

const SLICED: ConstDirectiveNode = {
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: "listSize" },
  arguments: [
    {
      kind: Kind.ARGUMENT,
      name: { kind: Kind.NAME, value: "slicingArguments" },
      value: { kind: Kind.LIST, values: [{ kind: Kind.STRING, value: "first" }] },
    },
    {
      kind: Kind.ARGUMENT,
      name: { kind: Kind.NAME, value: "requireOneSlicingArgument" },
      value: { kind: Kind.BOOLEAN, value: false },
    },
  ],
};

const FIRST: InputValueDefinitionNode = {
  kind: Kind.INPUT_VALUE_DEFINITION,
  name: { kind: Kind.NAME, value: "first" },
  description: {
    kind: Kind.STRING,
    value: `How many to give, 1 to ${MAX_LIST_SIZE} (default ${DEFAULT_LIST_SIZE}).`,
  },
  type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: "Int" } },
  defaultValue: { kind: Kind.INT, value: String(DEFAULT_LIST_SIZE) },
};

const isList = (type: TypeNode): boolean =>
  type.kind === Kind.LIST_TYPE || (type.kind === Kind.NON_NULL_TYPE && isList(type.type));

/** Adds `first` and `@listSize` to every list field of an object type that declares no size. */
export function boundLists(typeDefs: DocumentNode): DocumentNode {
  const bound = (node: FieldDefinitionNode): FieldDefinitionNode => {
    if (!isList(node.type) || node.directives?.some((d) => d.name.value === "listSize"))
      return node;
    const hasFirst = node.arguments?.some((a) => a.name.value === "first");
    return {
      ...node,
      arguments: hasFirst ? node.arguments : [...(node.arguments ?? []), FIRST],
      directives: [...(node.directives ?? []), SLICED],
    };
  };
  const objectFields = (node: {
    name: { value: string };
    fields?: readonly FieldDefinitionNode[];
  }) =>
    node.name.value === "Mutation" || node.name.value.startsWith("_")
      ? node
      : { ...node, fields: node.fields?.map(bound) };
  return visit(typeDefs, {
    ObjectTypeDefinition: objectFields,
    ObjectTypeExtension: objectFields,
  });
}

/**
 * Keeps each list field to its declared size: a `first`-sliced list is checked (1 to 100) and
 * cut to it; a list with an assumed size that comes out larger is refused as the bug it is. And
 * every list a request resolves (`_entities` too) counts against its ceiling (ceiling.ts). One
 * wrapper per list field does both.
 */
export function enforceListSizes(schema: GraphQLSchema, maxItems: number): GraphQLSchema {
  const ceiling = new ItemCeiling(maxItems);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const inner = isNonNullType(field.type) ? field.type.ofType : field.type;
      if (!isListType(inner)) continue;
      const size = declaredListSize(field.astNode?.directives);
      const sliced = size !== null && "slicingArguments" in size;
      const assumed = size !== null && "assumedSize" in size ? size.assumedSize : null;
      const resolve = field.resolve ?? defaultFieldResolver;
      const where = `${type.name}.${field.name}`;
      const keep = (items: unknown, first: number | null | undefined, context: object) => {
        if (!Array.isArray(items)) return items;
        if (assumed !== null && items.length > assumed) {
          throw new GraphQLError(`${where} holds more than its declared ${assumed} items.`);
        }
        const kept = sliced ? items.slice(0, first ?? DEFAULT_LIST_SIZE) : items;
        ceiling.count(context, kept.length);
        return kept;
      };
      field.resolve = (source, args: { first?: number | null }, context: object, info) => {
        if (sliced && args.first !== undefined && args.first !== null) {
          if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_LIST_SIZE) {
            throw badUserInput([
              { field: "first", message: `must be between 1 and ${MAX_LIST_SIZE}` },
            ]);
          }
        }
        const result = resolve(source, args, context, info);
        return result instanceof Promise
          ? result.then((items) => keep(items, args.first, context))
          : keep(result, args.first, context);
      };
    }
  }
  return schema;
}
