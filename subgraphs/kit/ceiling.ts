import {
  defaultFieldResolver,
  GraphQLError,
  type GraphQLSchema,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";

/** The most list items one request may make a subgraph resolve, from MAX_LIST_ITEMS. */
export function maxListItems(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MAX_LIST_ITEMS;
  const value = raw ? Number(raw) : 50_000;
  if (!Number.isInteger(value) || value < 100) {
    throw new Error(`MAX_LIST_ITEMS must be a whole number of at least 100, got "${raw}"`);
  }
  return value;
}

/**
 * A hard ceiling enforced while executing, whatever the cost estimate said: every list a
 * request resolves counts its items against one allowance per request, and past it the list is
 * refused with RESPONSE_TOO_LARGE. Memory for one answer stays bounded whatever the document.
 */
export function limitListItems(schema: GraphQLSchema, max: number): GraphQLSchema {
  const used = new WeakMap<object, number>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const inner = isNonNullType(field.type) ? field.type.ofType : field.type;
      if (!isListType(inner)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const count = (items: unknown, context: object) => {
        if (!Array.isArray(items)) return items;
        const total = (used.get(context) ?? 0) + items.length;
        used.set(context, total);
        if (total > max) {
          throw new GraphQLError(
            `This request would return more than ${max} list items; ask for fewer (smaller pages, less nesting).`,
            { extensions: { code: "RESPONSE_TOO_LARGE" } },
          );
        }
        return items;
      };
      field.resolve = (source, args, context: object, info) => {
        const result = resolve(source, args, context, info);
        return result instanceof Promise
          ? result.then((items) => count(items, context))
          : count(result, context);
      };
    }
  }
  return schema;
}
