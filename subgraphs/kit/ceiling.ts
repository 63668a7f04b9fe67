import { GraphQLError } from "graphql";

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
export class ItemCeiling {
  private readonly used = new WeakMap<object, number>();

  constructor(private readonly max: number) {}

  count(context: object, items: number): void {
    const total = (this.used.get(context) ?? 0) + items;
    this.used.set(context, total);
    if (total > this.max) {
      throw new GraphQLError(
        `This request would return more than ${this.max} list items; ask for fewer (smaller pages, less nesting).`,
        { extensions: { code: "RESPONSE_TOO_LARGE" } },
      );
    }
  }
}
