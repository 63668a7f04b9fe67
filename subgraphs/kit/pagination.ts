import "reflect-metadata";
import { type ClassType, Field, Int, ObjectType, Directive } from "type-graphql";
import { type SQL, sql } from "drizzle-orm";
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { badUserInput } from "./errors.js";
import { listSize } from "./list-size.js";
import { DEVELOPMENT_SECRET } from "../../common/signing.js";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: "Where a page sits in a list, for cursor pagination." })
@Directive("@shareable")
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Pass as `after` to get the next page." })
  endCursor!: string | null;

  @Field(() => Boolean, {
    description:
      "Whether items come before this page: true when it was asked for `after` a cursor (lists page forwards only).",
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of this page's first item." })
  startCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
}

/**
 * Makes the Connection and Edge types for a node type: `<Name>Connection { edges, nodes,
 * pageInfo, totalCount }`. A protected node type passes its `@requiresScopes` (`scopes`), so a
 * caller without them gets no items, cursors or counts.
 */
export function connectionTypes<T extends object>(
  node: ClassType<T>,
  name: string,
  scopes?: string,
) {
  const protect: ClassDecorator = scopes ? Directive(scopes) : () => undefined;

  @ObjectType(`${name}Edge`)
  @protect
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  @protect
  class Connection implements Page<T> {
    @Directive(listSize(MAX_PAGE_SIZE))
    @Field(() => [Edge])
    edges!: Edge[];

    @Directive(listSize(MAX_PAGE_SIZE))
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many match the filters, across all pages." })
    totalCount!: number;
  }
  return Connection;
}

/** A keyset cursor: the sort value and the id of the last row seen, and the order it was in. */
export type KeysetCursor = [sortValue: string | number, id: string, order?: string];

/**
 * One sort order a list offers: its name (kept in each cursor, so a cursor is never used with
 * another order), the SQL it sorts on, and its direction. Rows with the same key go by id.
 */
export interface KeysetOrder {
  name: string;
  key: SQL;
  descending: boolean;
}

/** The condition for the rows after `after` in `order`, ties broken by `id` ascending. */
export function afterCursor(order: KeysetOrder, id: SQL, after: KeysetCursor): SQL {
  const beyond = order.descending
    ? sql`${order.key} < ${after[0]}`
    : sql`${order.key} > ${after[0]}`;
  return sql`(${beyond} OR (${order.key} = ${after[0]} AND ${id} > ${after[1]}))`;
}

/** `ORDER BY` for `order`, ties broken by `id`. */
export function orderByClause(order: KeysetOrder, id: SQL): SQL {
  return order.descending ? sql`${order.key} DESC, ${id}` : sql`${order.key}, ${id}`;
}

let key: Buffer | null = null;
/** The cursor key, derived from the secret the subgraphs share with the gateway. */
function cursorKey(): Buffer {
  key ??= Buffer.from(
    hkdfSync("sha256", process.env.SUBGRAPH_SECRET || DEVELOPMENT_SECRET, "", "cursor", 32),
  );
  return key;
}

/**
 * What a cursor is good for: one list, with one filter, for callers who see the same rows (the
 * same scopes). A cursor carries its list's identity and is refused by any other, so a cursor
 * seen in one list (a protected post's title as its sort key) cannot position another sorted
 * the same way, nor the same list for a caller who is not shown that post.
 */
export function listIdentity(list: string, filter: unknown, scopes: readonly string[]): string {
  const view = JSON.stringify([list, filter ?? null, [...scopes].sort()]);
  return createHash("sha256").update(view).digest("base64url").slice(0, 22);
}

/**
 * Cursors are sealed with AES-256-GCM: opaque (a sort key such as a protected post's title never
 * shows) and tamper-proof (a forged cursor is refused, not trusted).
 */
export function encodeCursor(cursor: KeysetCursor, list: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", cursorKey(), iv);
  const payload = JSON.stringify({ at: cursor, list });
  const sealed = Buffer.concat([cipher.update(payload, "utf8"), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString("base64url");
}

function openCursor(value: string): string {
  const raw = Buffer.from(value, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", cursorKey(), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(raw.length - 16));
  return Buffer.concat([
    decipher.update(raw.subarray(12, raw.length - 16)),
    decipher.final(),
  ]).toString("utf8");
}

function isKeyset(value: unknown): value is KeysetCursor {
  return (
    Array.isArray(value) &&
    (value.length === 2 || (value.length === 3 && typeof value[2] === "string")) &&
    (typeof value[0] === "string" || typeof value[0] === "number") &&
    typeof value[1] === "string"
  );
}

/**
 * Opens a cursor this API gave out for the list `list` (listIdentity). A cursor for another
 * list, filter or view is refused, and with `order`, one made for another order (its position
 * means nothing there).
 */
export function decodeCursor(
  value: string | null | undefined,
  list: string,
  order?: string,
): KeysetCursor | null {
  if (value === null || value === undefined) return null;
  let opened: { at: KeysetCursor; list: string } | null = null;
  try {
    const parsed = JSON.parse(openCursor(value)) as { at?: unknown; list?: unknown } | null;
    if (parsed && isKeyset(parsed.at) && typeof parsed.list === "string") {
      opened = { at: parsed.at, list: parsed.list };
    }
  } catch {
    // refused below
  }
  if (!opened) {
    throw badUserInput([{ field: "after", message: "is not a cursor this API gave out" }]);
  }
  const cursor = opened.at;
  if (order !== undefined && (cursor[2] ?? order) !== order) {
    throw badUserInput([
      { field: "after", message: `was given for the ${cursor[2]} order, not ${order}` },
    ]);
  }
  if (opened.list !== list) {
    throw badUserInput([
      {
        field: "after",
        message:
          "was given for another list, filter or caller: a cursor continues only the list it came from",
      },
    ]);
  }
  return cursor;
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput([{ field: "first", message: `must be between 1 and ${MAX_PAGE_SIZE}` }]);
  }
  return size;
}

/**
 * Builds a page from rows fetched with limit+1 (the extra row tells whether there is more),
 * turning each kept row into its API object once.
 */
export function toPage<Row, Node>(
  rows: Row[],
  size: number,
  totalCount: number,
  cursorOf: (row: Row) => KeysetCursor,
  toNode: (row: Row) => Node,
  /** The list's identity (listIdentity), sealed into each cursor. */
  list: string,
  /** The cursor the page was asked for after, if any. */
  after: KeysetCursor | null,
): Page<Node> {
  const edges = rows
    .slice(0, size)
    .map((row) => ({ cursor: encodeCursor(cursorOf(row), list), node: toNode(row) }));
  return {
    nodes: edges.map((edge) => edge.node),
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
    },
  };
}
