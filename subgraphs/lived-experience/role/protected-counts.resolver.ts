import { GraphQLError } from "graphql";
import { Arg, Ctx, Directive, Mutation, Query, Resolver } from "type-graphql";
import { today } from "../../kit/dates.js";
import { badUserInput } from "../../kit/errors.js";
import {
  isPeriod,
  nextPeriod,
  parsePeriod,
  periodContaining,
  previousPeriod,
} from "../../kit/periods.js";
import { PublishedCount, ROUND_TO, publishableCount } from "../../kit/protected-count.js";
import {
  requiresScopes,
  SPECIAL_CATEGORY_PUBLISH,
  SPECIAL_CATEGORY_READ,
} from "../../kit/scopes.js";
import type { LivedExperienceContext } from "../loaders.js";
import { CountPublicationReceipt } from "./publication-receipt.type.js";
import {
  countFlaggedPeerSupportAsAt,
  roleStatesSince,
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

/**
 * The quarter a publication may be for, given today: only the quarter just ended, during the
 * quarter after it (so one quarter at a time, never an older one nor one not yet over), and
 * only if the history of posts had begun by its end (the feature was live then). Returns the
 * quarter and the moment its figure describes: the start of the next quarter.
 */
function publishableQuarter(
  text: string,
  day: string,
  historySince: string | null,
): { quarter: string; cutoff: string } {
  const period = parsePeriod(text);
  if (!isPeriod(period) || period.kind !== "QUARTER") {
    throw badUserInput([{ field: "period", message: "must be a quarter such as 2025-Q1" }]);
  }
  const justEnded = previousPeriod(periodContaining("QUARTER", day));
  if (period.key !== justEnded.key) {
    throw badUserInput([
      {
        field: "period",
        message: `only the quarter just ended (${justEnded.key}) can be published, during the quarter after it`,
      },
    ]);
  }
  const cutoff = `${nextPeriod(period).start}T00:00:00.000Z`;
  if (historySince === null || historySince >= cutoff) {
    throw badUserInput([
      {
        field: "period",
        message: `${period.key} cannot be published: the history of posts it would be computed from begins ${historySince?.slice(0, 10) ?? "later"}, after it ended`,
      },
    ]);
  }
  return { quarter: period.key, cutoff };
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
  @Mutation(() => CountPublicationReceipt, {
    description:
      "Publishes the trust-wide count of peer support workers with lived experience of learning disability or autism for the quarter just ended, during the quarter after it, once: computed from the history of posts as it stood at the quarter's end (so nothing written after moves it), rounded to the nearest 5 and suppressed when small. The answer says what was published, not the figure. A publisher may not also edit lived experience posts.",
  })
  publishPeerSupportLdOrAutismCount(
    @Arg("period", () => String) period: string,
    @Ctx() ctx: LivedExperienceContext,
  ): CountPublicationReceipt {
    if (ctx.caller.scopes.some((scope) => scope === "admin" || scope.endsWith(":write"))) {
      throw new GraphQLError(
        "A publisher of special-category figures may not hold admin or any write scope (separation of duties): publish with a credential that has special-category:publish alone.",
        { extensions: { code: "FORBIDDEN" } },
      );
    }
    return ctx.db.transaction((tx) => {
      const { quarter, cutoff } = publishableQuarter(period, today(), roleStatesSince(tx));
      if (findPublication(tx, LD_OR_AUTISM_MEASURE, quarter)) {
        throw badUserInput([
          { field: "period", message: `${quarter} is already published; a publication is final` },
        ]);
      }
      const { filled, flagged } = countFlaggedPeerSupportAsAt(tx, cutoff);
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
      return { period: quarter, publishedOn: today(), asAt: cutoff };
    });
  }
}
