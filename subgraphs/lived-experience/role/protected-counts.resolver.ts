import { and, eq, inArray, sql } from "drizzle-orm";
import { Ctx, Directive, Query, Resolver } from "type-graphql";
import { INTERNAL } from "../../kit/scopes.js";
import { ProtectedCount, protectCount } from "../../kit/protected-count.js";
import * as t from "../db/schema.js";
import type { LivedExperienceContext } from "../loaders.js";
import { PEER_SUPPORT_KINDS } from "./role-enums.js";

@Resolver()
export class ProtectedCountsResolver {
  @Directive(INTERNAL)
  @Query(() => ProtectedCount, {
    description:
      'The strategy\'s measure "number of peer support workers with lived experience of learning disability or autism", trust-wide only and with small-number suppression. It takes no filters, by design: a breakdown could be differenced to identify someone.',
  })
  peerSupportWorkersWithLdOrAutism(@Ctx() ctx: LivedExperienceContext): ProtectedCount {
    const row = ctx.db
      .select({
        filled: sql<number>`count(*)`,
        flagged: sql<number>`count(*) FILTER (WHERE ${t.roles.ldOrAutism} = 1)`,
      })
      .from(t.roles)
      .where(and(eq(t.roles.status, "FILLED"), inArray(t.roles.kind, PEER_SUPPORT_KINDS)))
      .get();
    return protectCount(row?.flagged ?? 0, row?.filled ?? 0, ctx.smallNumberThreshold);
  }
}
