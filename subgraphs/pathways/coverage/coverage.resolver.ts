import {
  countByCareUnit,
  countByPlace,
  countBySector,
  countBySectorAndPlace,
  countByStatus,
  countPathways,
  countUnshared,
} from "./coverage.queries.js";
import { CROSS } from "../../kit/entity-stub.js";
import { listSize } from "../../kit/list-size.js";
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
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

@ObjectType("PathwaySectorPlaceCount", {
  description: "Pathways spanning a sector in a place: one cell of a sector × place grid.",
})
class SectorPlaceCount {
  @Field(() => Sector)
  sector!: Sector;

  @Field(() => Place, { nullable: true, description: CROSS })
  place!: EntityStub;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    'The strategy\'s measure "number and range of shared pathways agreed with partners", broken down for dashboards: only pathways with a partner besides EPUT count (withoutPartner says how many do not). Every figure is one SQL aggregate.',
})
class PathwayCoverage {
  @Directive(listSize(PATHWAY_STATUSES.length))
  @Field(() => [PathwayStatus], { description: "The statuses counted (byStatus counts all)." })
  statuses!: PathwayStatus[];

  @Field(() => ID, { nullable: true, description: "Only pathways covering this place." })
  placeId!: string | null;

  @Field(() => ID, { nullable: true, description: "Only pathways led by this care unit." })
  careUnitId!: string | null;

  @Field(() => ID, { nullable: true, description: "Only pathways this partner takes part in." })
  partnerId!: string | null;
}

@Resolver(() => PathwayCoverage)
export class PathwayCoverageResolver {
  @Query(() => PathwayCoverage, {
    description:
      "How many pathways there are, by sector, status, place and care unit. Counts pathways agreed with partners (AGREED, LIVE, UNDER_REVIEW) unless `statuses` says otherwise; `placeId`, `careUnitId` and `partnerId` narrow every figure.",
  })
  pathwayCoverage(
    @Arg("statuses", () => [PathwayStatus], { nullable: true }) statuses: PathwayStatus[] | null,
    @Arg("placeId", () => ID, { nullable: true }) placeId: string | null,
    @Arg("careUnitId", () => ID, { nullable: true }) careUnitId: string | null,
    @Arg("partnerId", () => ID, { nullable: true }) partnerId: string | null,
  ): PathwayCoverage {
    return {
      statuses: statuses?.length ? [...new Set(statuses)] : AGREED_STATUSES,
      placeId: placeId ?? null,
      careUnitId: careUnitId ?? null,
      partnerId: partnerId ?? null,
    };
  }

  @FieldResolver(() => Int, {
    description: "Shared pathways in the counted statuses: at least one partner besides EPUT.",
  })
  total(@Root() coverage: PathwayCoverage, @Ctx() ctx: PathwaysContext): number {
    return countPathways(ctx.db, coverage);
  }

  @FieldResolver(() => Int, {
    description:
      "Pathways in the counted statuses with EPUT as their only participant: not shared with a partner, so counted in no other figure here.",
  })
  withoutPartner(@Root() coverage: PathwayCoverage, @Ctx() ctx: PathwaysContext): number {
    return countUnshared(ctx.db, coverage);
  }

  @Directive(listSize(SECTORS.length))
  @FieldResolver(() => [SectorCount], {
    description:
      "Pathways spanning each sector, every sector listed (a pathway counts in each of its sectors).",
  })
  bySector(@Root() coverage: PathwayCoverage, @Ctx() ctx: PathwaysContext): SectorCount[] {
    return withZeros(SECTORS, countBySector(ctx.db, coverage)).map(({ value, count }) => ({
      sector: value,
      count,
    }));
  }

  @Directive(listSize(PATHWAY_STATUSES.length))
  @FieldResolver(() => [StatusCount], {
    description: "Pathways in each status, all statuses (narrowed by place, care unit, partner).",
  })
  byStatus(@Root() coverage: PathwayCoverage, @Ctx() ctx: PathwaysContext): StatusCount[] {
    return withZeros(PATHWAY_STATUSES, countByStatus(ctx.db, coverage)).map(({ value, count }) => ({
      status: value,
      count,
    }));
  }

  @FieldResolver(() => [PlaceCount], {
    description:
      "Pathways covering each place that has any, most first. Trust-wide pathways cover no place.",
  })
  byPlace(@Root() coverage: PathwayCoverage, @Ctx() ctx: PathwaysContext): PlaceCount[] {
    return countByPlace(ctx.db, coverage).map((row) => ({
      place: ref(Place, row.value)!,
      count: row.count,
    }));
  }

  @FieldResolver(() => [CareUnitCount], {
    description: "Pathways led by each care unit that leads any, most first.",
  })
  byCareUnit(@Root() coverage: PathwayCoverage, @Ctx() ctx: PathwaysContext): CareUnitCount[] {
    return countByCareUnit(ctx.db, coverage).map((row) => ({
      careUnit: ref(CareUnit, row.value)!,
      count: row.count,
    }));
  }

  @FieldResolver(() => [SectorPlaceCount], {
    description:
      "Pathways spanning each sector in each place (cells with none left out), by place then sector.",
  })
  bySectorAndPlace(
    @Root() coverage: PathwayCoverage,
    @Ctx() ctx: PathwaysContext,
  ): SectorPlaceCount[] {
    return countBySectorAndPlace(ctx.db, coverage).map((row) => ({
      sector: row.sector as Sector,
      place: ref(Place, row.placeId)!,
      count: row.count,
    }));
  }
}
