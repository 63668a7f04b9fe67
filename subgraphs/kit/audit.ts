import "reflect-metadata";
import { listSize, MAX_LIST_SIZE } from "./list-size.js";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import {
  getArgumentValues,
  type GraphQLField,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
} from "graphql";
import { Arg, Ctx, Directive, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { ANONYMOUS, type Caller } from "./context.js";
import { INTERNAL } from "./scopes.js";
import { redactArguments } from "./sensitive.js";
import { REQUEST_ID_HEADER } from "../../common/logger.js";

/** Long texts (an imported CSV) are summarised by their length, not kept. */
function summarise(value: unknown): unknown {
  if (typeof value === "string") return value.length > 200 ? `<${value.length} characters>` : value;
  if (Array.isArray(value))
    return value.length > 20 ? `<${value.length} items>` : value.map(summarise);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, summarise(v)]));
  }
  return value;
}

/** Every `id` (and `*Id`) value in the variables and the answer: the entities touched. */
function entityIds(...values: unknown[]): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown, key?: string) => {
    if (typeof value === "string" && key && /^(id|.*Id)$/.test(key)) ids.add(value);
    else if (Array.isArray(value)) value.forEach((v) => visit(v, key));
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  values.forEach((v) => visit(v));
  return [...ids].slice(0, 100);
}

/** Each root mutation field with its argument values, as its resolver receives them. */
function rootArguments(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): { key: string; field: GraphQLField<unknown, unknown>; values: Record<string, unknown> }[] {
  const fields = schema.getMutationType()?.getFields() ?? {};
  return operation.selectionSet.selections.flatMap((selection) => {
    if (selection.kind !== Kind.FIELD) return [];
    const field = fields[selection.name.value];
    if (!field) return [];
    const key = (selection.alias ?? selection.name).value;
    try {
      return [{ key, field, values: getArgumentValues(field, selection, variables) }];
    } catch {
      return []; // arguments the mutation itself refused
    }
  });
}

/**
 * Records each mutation, its outcome included, after the mutation's own transaction. Its
 * arguments are kept with every `@sensitive` value redacted (see sensitive.ts).
 */
export function auditPlugin<TContext extends BaseContext>(
  sqlite: Database.Database,
): ApolloServerPlugin<TContext> {
  const insert = sqlite.prepare(
    `INSERT INTO audit_log (subject, client, operation, fields, entity_ids, summary, outcome, request_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue, request, response, schema }) {
          if (operation?.operation !== "mutation") return;
          // A gateway may send arguments inline or as variables: both are read from the root
          // fields' argument values.
          const fields = rootArguments(schema, operation, request.variables ?? {});
          const redacted = fields.map(({ field, values }) => redactArguments(field, values));
          const caller = (contextValue as { caller?: Caller }).caller ?? ANONYMOUS;
          const result = response.body.kind === "single" ? response.body.singleResult : null;
          const codes = [
            ...new Set((result?.errors ?? []).map((e) => String(e.extensions?.code ?? "ERROR"))),
          ];
          insert.run(
            caller.subject,
            caller.client,
            operation.name?.value ?? "(anonymous operation)",
            operation.selectionSet.selections
              .map((s) => ("name" in s ? s.name.value : "…"))
              .join(","),
            JSON.stringify(entityIds(...fields.map((f) => f.values), result?.data)),
            JSON.stringify(
              summarise(
                redacted.length === 1
                  ? redacted[0]
                  : Object.fromEntries(fields.map((f, i) => [f.key, redacted[i]])),
              ),
            ),
            codes.length === 0 ? "OK" : codes.join(","),
            // The subgraph server set it, checked, before the request reached Apollo.
            request.http?.headers.get(REQUEST_ID_HEADER) ?? null,
          );
        },
      };
    },
  };
}

@ObjectType({ description: "One mutation a subgraph received." })
@Directive("@shareable")
export class AuditEntry {
  @Field(() => ID)
  id!: number;

  @Field(() => String, { description: "When (ISO 8601)." })
  at!: string;

  @Field(() => String, { nullable: true, description: "The authenticated person." })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: "The machine client." })
  client!: string | null;

  @Field(() => String)
  operation!: string;

  @Field(() => [String], { description: "The mutation fields called." })
  fields!: string[];

  @Directive(listSize(100))
  @Field(() => [String], { description: "The entity ids it named or returned." })
  entityIds!: string[];

  @Field(() => String, {
    description:
      "Its arguments, long texts summarised and special-category values redacted (JSON).",
  })
  summary!: string;

  @Field(() => String, { description: "OK, or the error codes it ended with." })
  outcome!: string;

  @Field(() => String, {
    nullable: true,
    description: "The request id, as in the gateway's and the subgraph's log lines.",
  })
  requestId!: string | null;
}

/** `<subgraph>AuditLog`: the newest entries first, for internal callers. */
export function auditLogResolver(queryName: string) {
  @Resolver()
  class AuditLogResolver {
    @Directive(INTERNAL)
    @Query(() => [AuditEntry], {
      name: queryName,
      description: "Mutations received, newest first.",
    })
    auditLog(
      @Arg("first", () => Int, { defaultValue: 50 }) first: number,
      @Ctx() ctx: { db: { all<T>(query: ReturnType<typeof sql>): T[] } },
    ): AuditEntry[] {
      const rows = ctx.db.all<{
        id: number;
        at: string;
        subject: string | null;
        client: string | null;
        operation: string;
        fields: string;
        entityIds: string;
        summary: string;
        outcome: string;
        requestId: string | null;
      }>(
        sql`SELECT id, at, subject, client, operation, fields, entity_ids AS entityIds, summary, outcome, request_id AS requestId
            FROM audit_log ORDER BY id DESC LIMIT ${Math.max(1, Math.min(first, MAX_LIST_SIZE))}`,
      );
      return rows.map((row) => ({
        ...row,
        fields: row.fields.split(","),
        entityIds: JSON.parse(row.entityIds) as string[],
      }));
    }
  }
  return AuditLogResolver;
}
