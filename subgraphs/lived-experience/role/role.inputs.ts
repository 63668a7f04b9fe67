import { Directive, Field, Float, ID, InputType } from "type-graphql";
import { SENSITIVE } from "../../kit/sensitive.js";
import { DateScalar } from "../../kit/dates.js";
import { Arrangement, Band, RoleKind, RoleLevel, RoleStatus } from "./role-enums.js";

@InputType({ description: "Narrows a list or count of posts. All given filters must match." })
export class RoleFilter {
  @Field(() => ID, { nullable: true })
  careUnitId?: string | null;

  @Field(() => [RoleKind], { nullable: true })
  kinds?: RoleKind[] | null;

  @Field(() => [RoleLevel], { nullable: true })
  levels?: RoleLevel[] | null;

  @Field(() => [RoleStatus], { nullable: true })
  statuses?: RoleStatus[] | null;

  @Field(() => ID, { nullable: true, description: "Posts hosted or shared by this partner." })
  hostPartnerId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Include illustrative (made-up) posts; default true.",
  })
  includeIllustrative?: boolean | null;
}

@InputType({ description: "A new post. It starts as PLANNED." })
export class CreateRoleInput {
  @Field(() => ID, { nullable: true, description: "Stable id; made from the title if omitted." })
  id?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => RoleKind)
  kind!: RoleKind;

  @Field(() => RoleLevel)
  level!: RoleLevel;

  @Field(() => ID, { nullable: true, description: "Needed for WARD, SERVICE and CARE_UNIT posts." })
  careUnitId?: string | null;

  @Field(() => String, { nullable: true, description: "Needed for WARD posts: the ward's name." })
  wardOrTeam?: string | null;

  @Field(() => Arrangement, { nullable: true, description: "Default EPUT_POST." })
  arrangement?: Arrangement | null;

  @Field(() => ID, { nullable: true, description: "Needed for joint and partner-hosted posts." })
  hostPartnerId?: string | null;

  @Field(() => Band, { nullable: true })
  band?: Band | null;

  @Field(() => Float, { nullable: true })
  hoursPerWeek?: number | null;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string | null;

  @Field(() => String, { description: "Who decided to create the post." })
  decidedBy!: string;
}

@InputType({ description: "A move of a post through its lifecycle." })
export class RoleMoveInput {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar, { description: "When it took effect: not in the future." })
  effectiveOn!: string;

  @Field(() => String)
  decidedBy!: string;

  @Field(() => String)
  reason!: string;
}

@InputType({ description: "Filling a post." })
export class FillRoleInput extends RoleMoveInput {
  @Field(() => Boolean, {
    nullable: true,
    description:
      "Peer support posts only, and only with the holder's consent: whether the holder has lived experience of learning disability or autism. Special-category data: it is never returned, never recorded in the audit log, and leaves the API only as a published, rounded and suppressed trust-wide count. It is erased when the post is vacated.",
  })
  @Directive(SENSITIVE)
  holderHasLdOrAutism?: boolean | null;
}
