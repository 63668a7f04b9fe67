import { listSize } from "../../kit/list-size.js";
import { Field, Int, ObjectType, Directive } from "type-graphql";
import { ref } from "../../kit/entity-stub.js";
import { CareUnit } from "../federation/entities.js";
import type { RoleCountRow } from "../loaders.js";
import {
  ROLE_KINDS,
  ROLE_LEVELS,
  ROLE_STATUSES,
  RoleKind,
  RoleLevel,
  RoleStatus,
} from "./role-enums.js";

@ObjectType("RoleKindCount")
class KindCount {
  @Field(() => RoleKind)
  kind!: RoleKind;

  @Field(() => Int)
  count!: number;
  @Field(() => Int, { description: "How many of count are illustrative (made-up) posts." })
  illustrative!: number;
}

@ObjectType("RoleLevelCount")
class LevelCount {
  @Field(() => RoleLevel)
  level!: RoleLevel;

  @Field(() => Int)
  count!: number;
  @Field(() => Int, { description: "How many of count are illustrative (made-up) posts." })
  illustrative!: number;
}

@ObjectType("RoleStatusCount")
class StatusCount {
  @Field(() => RoleStatus)
  status!: RoleStatus;

  @Field(() => Int)
  count!: number;
  @Field(() => Int, { description: "How many of count are illustrative (made-up) posts." })
  illustrative!: number;
}

@ObjectType("RoleCareUnitCount")
class CareUnitRoleCount {
  @Field(() => CareUnit, { nullable: true, description: "Null for trust-wide and board posts." })
  careUnit!: CareUnit | null;

  @Field(() => Int)
  count!: number;
  @Field(() => Int, { description: "How many of count are illustrative (made-up) posts." })
  illustrative!: number;
}

@ObjectType("LivedExperienceRoleCounts", {
  description:
    'Lived experience posts counted by kind, level ("from ward to board"), status and care unit. Every value is listed, zeros included.',
})
export class RoleCounts {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, {
    description:
      "How many of total are illustrative (made-up) posts: 0 when includeIllustrative is false.",
  })
  illustrative!: number;

  @Directive(listSize(ROLE_KINDS.length))
  @Field(() => [KindCount])
  byKind!: KindCount[];

  @Directive(listSize(ROLE_LEVELS.length))
  @Field(() => [LevelCount])
  byLevel!: LevelCount[];

  @Directive(listSize(ROLE_STATUSES.length))
  @Field(() => [StatusCount])
  byStatus!: StatusCount[];

  @Field(() => [CareUnitRoleCount], { description: "Care units with any posts, most first." })
  byCareUnit!: CareUnitRoleCount[];
}

interface Tally {
  count: number;
  illustrative: number;
}

/** Adds up rows by a key: how many, and how many of those are illustrative. */
function sumBy<K>(rows: readonly RoleCountRow[], of: (row: RoleCountRow) => K): Map<K, Tally> {
  const sums = new Map<K, Tally>();
  for (const row of rows) {
    const sum = sums.get(of(row)) ?? { count: 0, illustrative: 0 };
    sum.count += row.count;
    sum.illustrative += row.illustrative;
    sums.set(of(row), sum);
  }
  return sums;
}

function tally<V extends string>(
  values: readonly V[],
  rows: readonly RoleCountRow[],
  of: (row: RoleCountRow) => string,
) {
  const sums = sumBy(rows, of);
  return values.map((value) => ({ value, ...(sums.get(value) ?? { count: 0, illustrative: 0 }) }));
}

/** Folds `GROUP BY care unit, kind, level, status` rows into each breakdown. */
export function toRoleCounts(rows: readonly RoleCountRow[]): RoleCounts {
  const byUnit = sumBy(rows, (row) => row.careUnitId);
  return {
    total: rows.reduce((sum, row) => sum + row.count, 0),
    illustrative: rows.reduce((sum, row) => sum + row.illustrative, 0),
    byKind: tally(ROLE_KINDS, rows, (r) => r.kind).map(({ value, ...sum }) => ({
      kind: value,
      ...sum,
    })),
    byLevel: tally(ROLE_LEVELS, rows, (r) => r.level).map(({ value, ...sum }) => ({
      level: value,
      ...sum,
    })),
    byStatus: tally(ROLE_STATUSES, rows, (r) => r.status).map(({ value, ...sum }) => ({
      status: value,
      ...sum,
    })),
    byCareUnit: [...byUnit]
      .map(([id, sum]) => ({ careUnit: ref(CareUnit, id), ...sum }))
      .sort(
        (a, b) => b.count - a.count || (a.careUnit?.id ?? "").localeCompare(b.careUnit?.id ?? ""),
      ),
  };
}
