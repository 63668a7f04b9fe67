import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { CROSS } from "../../kit/entity-stub.js";
import { listSize } from "../../kit/list-size.js";
import { CareUnit, SharedPathway } from "../federation/entities.js";
import { FRAMEWORK_BOUNDS } from "../framework/bounds.js";
import type { WorkforceContext } from "../loaders.js";
import { CommitmentKind } from "./commitment-enums.js";
import { toCommitment } from "./commitment.mapper.js";
import { commitmentById, listCommitments } from "./commitment.queries.js";
import { Commitment } from "./commitment.type.js";

@Resolver(() => Commitment)
export class CommitmentResolver {
  @Query(() => Commitment, { nullable: true, description: "One commitment, by id." })
  commitment(@Arg("id", () => ID) id: string, @Ctx() ctx: WorkforceContext): Commitment | null {
    const row = commitmentById(ctx.db, id);
    return row ? toCommitment(row) : null;
  }

  @Directive(listSize(FRAMEWORK_BOUNDS.commitments))
  @Query(() => [Commitment], {
    description:
      "What the plans commit to, in the plans' order; narrowed by objective, care unit, kind or the pathway they are about.",
  })
  commitments(
    @Arg("objectiveCodes", () => [String], { nullable: true }) objectiveCodes: string[] | null,
    @Arg("careUnitId", () => ID, { nullable: true }) careUnitId: string | null,
    @Arg("kinds", () => [CommitmentKind], { nullable: true }) kinds: CommitmentKind[] | null,
    @Arg("pathwayId", () => ID, { nullable: true }) pathwayId: string | null,
    @Ctx() ctx: WorkforceContext,
  ): Commitment[] {
    return listCommitments(ctx.db, {
      objectiveCodes,
      careUnitIds: careUnitId ? [careUnitId] : null,
      kinds,
      pathwayIds: pathwayId ? [pathwayId] : null,
    }).map(toCommitment);
  }

  @Directive(listSize(FRAMEWORK_BOUNDS.pathwaysPerCommitment))
  @FieldResolver(() => [SharedPathway], {
    nullable: "items",
    description: `The shared pathways it is about, where it names one. ${CROSS}`,
  })
  async pathways(
    @Root() commitment: Commitment,
    @Ctx() ctx: WorkforceContext,
  ): Promise<SharedPathway[]> {
    const rows = await ctx.loaders.pathwaysOfCommitment.load(commitment.id);
    return rows.map((row) => Object.assign(new SharedPathway(), { id: row.pathwayId }));
  }
}

@Resolver(() => CareUnit)
export class CareUnitCommitmentsResolver {
  @Directive(listSize(FRAMEWORK_BOUNDS.commitmentsPerCareUnit))
  @FieldResolver(() => [Commitment], {
    description: "What its plan, and the trust plan's summary of it, commit to.",
  })
  async commitments(
    @Root() careUnit: CareUnit,
    @Ctx() ctx: WorkforceContext,
  ): Promise<Commitment[]> {
    return (await ctx.loaders.commitmentsByCareUnit.load(careUnit.id)).map(toCommitment);
  }
}
