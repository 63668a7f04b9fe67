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
}

@ObjectType("RoleLevelCount")
class LevelCount {
  @Field(() => RoleLevel)
  level!: RoleLevel;

  @Field(() => Int)
  count!: number;
}

@ObjectType("RoleStatusCount")
class StatusCount {
  @Field(() => RoleStatus)
  status!: RoleStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType("RoleCareUnitCount")
class CareUnitRoleCount {
  @Field(() => CareUnit, { nullable: true, description: "Null for trust-wide and board posts." })
  careUnit!: CareUnit | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType("LivedExperienceRoleCounts", {
  description:
    'Lived experience posts counted by kind, level ("from ward to board"), status and care unit. Every value is listed, zeros included.',
})
export class RoleCounts {
  @Field(() => Int)
  total!: number;

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

function tally<V extends string>(
  values: readonly V[],
  rows: readonly RoleCountRow[],
  of: (row: RoleCountRow) => string,
) {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(of(row), (counts.get(of(row)) ?? 0) + row.count);
  return values.map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

/** Folds `GROUP BY care unit, kind, level, status` rows into each breakdown. */
export function toRoleCounts(rows: readonly RoleCountRow[]): RoleCounts {
  const byUnit = new Map<string | null, number>();
  for (const row of rows) byUnit.set(row.careUnitId, (byUnit.get(row.careUnitId) ?? 0) + row.count);
  return {
    total: rows.reduce((sum, row) => sum + row.count, 0),
    byKind: tally(ROLE_KINDS, rows, (r) => r.kind).map(({ value, count }) => ({
      kind: value,
      count,
    })),
    byLevel: tally(ROLE_LEVELS, rows, (r) => r.level).map(({ value, count }) => ({
      level: value,
      count,
    })),
    byStatus: tally(ROLE_STATUSES, rows, (r) => r.status).map(({ value, count }) => ({
      status: value,
      count,
    })),
    byCareUnit: [...byUnit]
      .map(([id, count]) => ({ careUnit: ref(CareUnit, id), count }))
      .sort(
        (a, b) => b.count - a.count || (a.careUnit?.id ?? "").localeCompare(b.careUnit?.id ?? ""),
      ),
  };
}
