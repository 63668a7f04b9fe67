import { GraphQLError } from "graphql";
import { Arg, Ctx, Directive, Mutation, Query, Resolver } from "type-graphql";
import { today } from "../../kit/dates.js";
import { badUserInput } from "../../kit/errors.js";
import { isPeriod, parsePeriod } from "../../kit/periods.js";
import { PublishedCount, ROUND_TO, publishableCount } from "../../kit/protected-count.js";
import {
  requiresScopes,
  SPECIAL_CATEGORY_PUBLISH,
  SPECIAL_CATEGORY_READ,
} from "../../kit/scopes.js";
import type { LivedExperienceContext } from "../loaders.js";
import {
  countFlaggedPeerSupport,
  findPublication,
  insertPublication,
  LD_OR_AUTISM_MEASURE,
  type PublicationRow,
} from "./protected-counts.queries.js";

function toPublishedCount(row: PublicationRow): PublishedCount {
  return {
    period: row.period,
    publishedOn: row.publishedOn,
    value: row.value,
    suppressed: row.suppressed,
    display: row.value === null ? "*" : String(row.value),
    threshold: row.threshold,
    roundedTo: row.roundedTo,
  };
}

/** A quarter that has ended, e.g. 2025-Q1: the only periods a count is published for. */
function endedQuarter(text: string): string {
  const period = parsePeriod(text);
  if (!isPeriod(period) || period.kind !== "QUARTER") {
    throw badUserInput([{ field: "period", message: "must be a quarter such as 2025-Q1" }]);
  }
  if (period.end >= today()) {
    throw badUserInput([
      { field: "period", message: `can be published once it has ended (${period.end})` },
    ]);
  }
  return period.key;
}

@Resolver()
export class ProtectedCountsResolver {
  @Directive(requiresScopes([SPECIAL_CATEGORY_READ]))
  @Query(() => PublishedCount, {
    nullable: true,
    description:
      'The strategy\'s measure "number of peer support workers with lived experience of learning disability or autism", trust-wide, as published for a quarter (the newest when none is given); null before the first publication. It is never computed live: see publishPeerSupportLdOrAutismCount.',
  })
  peerSupportWorkersWithLdOrAutism(
    @Arg("period", () => String, { nullable: true }) period: string | null,
    @Ctx() ctx: LivedExperienceContext,
  ): PublishedCount | null {
    const row = findPublication(ctx.db, LD_OR_AUTISM_MEASURE, period);
    return row ? toPublishedCount(row) : null;
  }

  @Directive(requiresScopes([SPECIAL_CATEGORY_PUBLISH]))
  @Mutation(() => PublishedCount, {
    description:
      "Publishes the trust-wide count of peer support workers with lived experience of learning disability or autism for a quarter that has ended: a snapshot, rounded to the nearest 5 and suppressed when small, that is never changed. A publisher may not also edit lived experience posts.",
  })
  publishPeerSupportLdOrAutismCount(
    @Arg("period", () => String) period: string,
    @Ctx() ctx: LivedExperienceContext,
  ): PublishedCount {
    if (ctx.caller.scopes.some((scope) => scope === "admin" || scope.endsWith(":write"))) {
      throw new GraphQLError(
        "A publisher of special-category figures may not hold admin or any write scope (separation of duties): publish with a credential that has special-category:publish alone.",
        { extensions: { code: "FORBIDDEN" } },
      );
    }
    const quarter = endedQuarter(period);
    const row = ctx.db.transaction((tx) => {
      if (findPublication(tx, LD_OR_AUTISM_MEASURE, quarter)) {
        throw badUserInput([
          { field: "period", message: `${quarter} is already published; a publication is final` },
        ]);
      }
      const { filled, flagged } = countFlaggedPeerSupport(tx);
      const shown = publishableCount(flagged, filled, ctx.smallNumberThreshold);
      insertPublication(tx, {
        measure: LD_OR_AUTISM_MEASURE,
        period: quarter,
        publishedOn: today(),
        publishedBy: ctx.caller.subject ?? ctx.caller.client,
        value: shown.value,
        suppressed: shown.suppressed,
        threshold: ctx.smallNumberThreshold,
        roundedTo: ROUND_TO,
      });
      return findPublication(tx, LD_OR_AUTISM_MEASURE, quarter)!;
    });
    return toPublishedCount(row);
  }
}
