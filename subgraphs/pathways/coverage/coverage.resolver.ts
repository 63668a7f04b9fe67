import { CROSS } from "../../kit/entity-stub.js";
import { listSize } from "../../kit/list-size.js";
import { type SQL, sql } from "drizzle-orm";
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
  Directive,
} from "type-graphql";
import { withZeros } from "../../kit/counts.js";
import { ref, type EntityStub } from "../../kit/entity-stub.js";
import { CareUnit, Place } from "../federation/entities.js";
import type { PathwaysContext } from "../loaders.js";
import {
  AGREED_STATUSES,
  PATHWAY_STATUSES,
  PathwayStatus,
  SECTORS,
  Sector,
} from "../pathway/pathway-enums.js";

@ObjectType("PathwaySectorCount")
class SectorCount {
  @Field(() => Sector)
  sector!: Sector;

  @Field(() => Int)
  count!: number;
}

@ObjectType("PathwayStatusCount")
class StatusCount {
  @Field(() => PathwayStatus)
  status!: PathwayStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType("PathwayPlaceCount")
class PlaceCount {
  @Field(() => Place, { nullable: true, description: CROSS })
  place!: EntityStub;

  @Field(() => Int)
  count!: number;
}

@ObjectType("PathwayCareUnitCount")
class CareUnitCount {
  @Field(() => CareUnit, { nullable: true, description: CROSS })
  careUnit!: EntityStub;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    'The strategy\'s measure "number and range of shared pathways agreed with partners", broken down for dashboards. Every figure is one SQL aggregate.',
})
class PathwayCoverage {
  @Directive(listSize(PATHWAY_STATUSES.length))
  @Field(() => [PathwayStatus], { description: "The statuses counted (byStatus counts all)." })
  statuses!: PathwayStatus[];
}

const IN_STATUSES = (statuses: string[]): SQL =>
  sql`p.status IN (${sql.join(
    statuses.map((s) => sql`${s}`),
    sql`, `,
  )})`;

@Resolver(() => PathwayCoverage)
export class PathwayCoverageResolver {
  @Query(() => PathwayCoverage, {
    description:
      "How many pathways there are, by sector, status, place and care unit. Counts pathways agreed with partners (AGREED, LIVE, UNDER_REVIEW) unless `statuses` says otherwise.",
  })
  pathwayCoverage(
    @Arg("statuses", () => [PathwayStatus], { nullable: true }) statuses: PathwayStatus[] | null,
  ): PathwayCoverage {
    return { statuses: statuses?.length ? [...new Set(statuses)] : AGREED_STATUSES };
  }

  @FieldResolver(() => Int, { description: "Pathways in the counted statuses." })
  total(@Root() coverage: PathwayCoverage, @Ctx() ctx: PathwaysContext): number {
    return (
      ctx.db.get<{ n: number }>(
        sql`SELECT count(*) AS n FROM pathways p WHERE ${IN_STATUSES(coverage.statuses)}`,
      )?.n ?? 0
    );
  }

  @Directive(listSize(SECTORS.length))
  @FieldResolver(() => [SectorCount], {
    description:
      "Pathways spanning each sector, every sector listed (a pathway counts in each of its sectors).",
  })
  bySector(@Root() coverage: PathwayCoverage, @Ctx() ctx: PathwaysContext): SectorCount[] {
    const rows = ctx.db.all<{ value: string; count: number }>(
      sql`SELECT s.sector AS value, count(*) AS count FROM pathway_sectors s JOIN pathways p ON p.id = s.pathway_id WHERE ${IN_STATUSES(coverage.statuses)} GROUP BY s.sector`,
    );
    return withZeros(SECTORS, rows).map(({ value, count }) => ({ sector: value, count }));
  }

  @Directive(listSize(PATHWAY_STATUSES.length))
  @FieldResolver(() => [StatusCount], { description: "Pathways in each status, all statuses." })
  byStatus(@Ctx() ctx: PathwaysContext): StatusCount[] {
    const rows = ctx.db.all<{ value: string; count: number }>(
      sql`SELECT status AS value, count(*) AS count FROM pathways GROUP BY status`,
    );
    return withZeros(PATHWAY_STATUSES, rows).map(({ value, count }) => ({ status: value, count }));
  }

  @FieldResolver(() => [PlaceCount], {
    description:
      "Pathways covering each place that has any, most first. Trust-wide pathways cover no place.",
  })
  byPlace(@Root() coverage: PathwayCoverage, @Ctx() ctx: PathwaysContext): PlaceCount[] {
    return ctx.db
      .all<{ id: string; count: number }>(
        sql`SELECT pl.place_id AS id, count(*) AS count FROM pathway_places pl JOIN pathways p ON p.id = pl.pathway_id WHERE ${IN_STATUSES(coverage.statuses)} GROUP BY pl.place_id ORDER BY count DESC, pl.place_id`,
      )
      .map((row) => ({ place: ref(Place, row.id)!, count: row.count }));
  }

  @FieldResolver(() => [CareUnitCount], {
    description: "Pathways led by each care unit that leads any, most first.",
  })
  byCareUnit(@Root() coverage: PathwayCoverage, @Ctx() ctx: PathwaysContext): CareUnitCount[] {
    return ctx.db
      .all<{ id: string; count: number }>(
        sql`SELECT p.lead_care_unit_id AS id, count(*) AS count FROM pathways p WHERE p.lead_care_unit_id IS NOT NULL AND ${IN_STATUSES(coverage.statuses)} GROUP BY p.lead_care_unit_id ORDER BY count DESC, p.lead_care_unit_id`,
      )
      .map((row) => ({ careUnit: ref(CareUnit, row.id)!, count: row.count }));
  }
}
