import "reflect-metadata";
import { Field, InputType } from "type-graphql";
import type { InputProblems } from "./errors.js";
import { requiredText } from "./validate.js";

/**
 * Who decided a correction and why: every editing input extends this, and both are kept with the
 * change in the entity's `changes`. (Never used alone; its fields are inherited.)
 */
@InputType("DecisionInput")
export abstract class DecisionInput {
  @Field(() => String, { description: "The person or body that decided the change." })
  decidedBy!: string;

  @Field(() => String, { description: "Why: kept with the change in its history." })
  reason!: string;
}

/** The decision's texts, trimmed and required. */
export function checkDecision(
  problems: InputProblems,
  input: { decidedBy: string; reason: string },
): { decidedBy: string; reason: string } {
  return {
    decidedBy: requiredText(problems, "input.decidedBy", input.decidedBy, 200),
    reason: requiredText(problems, "input.reason", input.reason, 1000),
  };
}
