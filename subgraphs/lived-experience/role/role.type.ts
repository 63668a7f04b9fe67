import { Directive, Field, Float, ID, ObjectType } from "type-graphql";
import { DateScalar } from "../../kit/dates.js";
import type { EntityStub } from "../../kit/entity-stub.js";
import { statusChangeType } from "../../kit/lifecycle.js";
import { Provenance } from "../../kit/provenance.type.js";
import { readersOf } from "../../kit/scopes.js";
import { CareUnit, Partner } from "../federation/entities.js";
import { Arrangement, Band, RoleKind, RoleLevel, RoleStatus } from "./role-enums.js";

@ObjectType({
  description:
    "A lived experience post (never a person: no holder's name, contact or personal detail is held).",
})
@Directive('@key(fields: "id")')
@Directive(readersOf("lived-experience"))
export class LivedExperienceRole {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => RoleKind)
  kind!: RoleKind;

  @Field(() => RoleLevel)
  level!: RoleLevel;

  @Field(() => CareUnit, { nullable: true, description: "Null for trust-wide and board posts." })
  careUnit!: CareUnit | null;

  @Field(() => String, { nullable: true, description: "The ward or team it works in." })
  wardOrTeam!: string | null;

  @Field(() => Arrangement)
  arrangement!: Arrangement;

  @Field(() => Partner, {
    nullable: true,
    description: "The partner that hosts or shares the post.",
  })
  hostPartner!: EntityStub | null;

  @Field(() => Band, { nullable: true, description: "Null for sessional and unpaid posts." })
  band!: Band | null;

  @Field(() => Float, { nullable: true })
  hoursPerWeek!: number | null;

  @Field(() => RoleStatus)
  status!: RoleStatus;

  @Field(() => DateScalar, { nullable: true })
  startDate!: string | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}

export const RoleStatusChange = statusChangeType<RoleStatus>(
  RoleStatus,
  "LivedExperienceRoleStatusChange",
);
