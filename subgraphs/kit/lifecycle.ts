import "reflect-metadata";
import { type ClassType, Field, Int, ObjectType } from "type-graphql";
import { DateScalar } from "./dates.js";
import type { InputProblems } from "./errors.js";

/** For each status, the statuses it may move to. */
export type Transitions<S extends string> = Readonly<Record<S, readonly S[]>>;

/** Refuses a move the lifecycle does not allow, naming the moves that are allowed. */
export function checkMove<S extends string>(
  problems: InputProblems,
  field: string,
  transitions: Transitions<S>,
  from: S,
  to: S,
): void {
  const allowed = transitions[from];
  if (allowed.includes(to)) return;
  problems.add(
    field,
    allowed.length === 0
      ? `cannot move from ${from}: it is final`
      : `cannot move from ${from} to ${to}; from ${from} it can move to ${allowed.join(" or ")}`,
  );
}

/** A move takes effect on a day that has come, and not before the previous move's day. */
export function checkEffectiveOn(
  problems: InputProblems,
  field: string,
  effectiveOn: string,
  lastEffectiveOn: string | null,
  today: string,
): void {
  if (effectiveOn > today) problems.add(field, `must not be in the future (today is ${today})`);
  if (lastEffectiveOn && effectiveOn < lastEffectiveOn) {
    problems.add(field, `must not be before the previous change, on ${lastEffectiveOn}`);
  }
}

export interface StatusChange<S extends string> {
  sequence: number;
  fromStatus: S | null;
  toStatus: S;
  effectiveOn: string | null;
  decidedBy: string;
  reason: string;
  recordedBy: string | null;
  recordedAt: string;
}

/** The GraphQL type of one entry in an entity's status history, e.g. `PathwayStatusChange`. */
export function statusChangeType<S extends string>(
  statusEnum: object,
  name: string,
): ClassType<StatusChange<S>> {
  @ObjectType(name, { description: "One move through the lifecycle: what, when, who and why." })
  class Change implements StatusChange<S> {
    @Field(() => Int, { description: "Order of the change, oldest first." })
    sequence!: number;

    @Field(() => statusEnum, { nullable: true, description: "Null for the first record." })
    fromStatus!: S | null;

    @Field(() => statusEnum)
    toStatus!: S;

    @Field(() => DateScalar, {
      nullable: true,
      description: "The day the change took effect; null where the source gives no date.",
    })
    effectiveOn!: string | null;

    @Field(() => String, { description: "The person or body that made the decision." })
    decidedBy!: string;

    @Field(() => String)
    reason!: string;

    @Field(() => String, {
      nullable: true,
      description: "The authenticated caller that recorded the change (null when anonymous).",
    })
    recordedBy!: string | null;

    @Field(() => String, { description: "When it was recorded (ISO 8601 timestamp)." })
    recordedAt!: string;
  }
  return Change;
}

/** A history row (see history-columns.ts) as the API shows it, numbered from 1. */
export function toStatusChange<S extends string>(
  row: Omit<StatusChange<string>, "sequence">,
  sequence: number,
): StatusChange<S> {
  return {
    sequence,
    fromStatus: row.fromStatus as S | null,
    toStatus: row.toStatus as S,
    effectiveOn: row.effectiveOn,
    decidedBy: row.decidedBy,
    reason: row.reason,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
  };
}
