import { GraphQLError } from "graphql";

export interface FieldProblem {
  /** Path of the offending input field, e.g. "input.identifiers[1].value". */
  field: string;
  message: string;
}

/** One error for all that is wrong with an input, each problem naming its field. */
export function badUserInput(problems: FieldProblem[]): GraphQLError {
  const message =
    problems.length === 1
      ? `${problems[0]!.field}: ${problems[0]!.message}`
      : `Invalid input: ${problems.map((p) => `${p.field}: ${p.message}`).join("; ")}`;
  return new GraphQLError(message, {
    extensions: { code: "BAD_USER_INPUT", problems },
  });
}

export function notFound(typeName: string, id: string, field?: string): GraphQLError {
  return new GraphQLError(`${typeName} "${id}" was not found${field ? ` (${field})` : ""}`, {
    extensions: { code: "NOT_FOUND", typeName, id, ...(field ? { field } : {}) },
  });
}

/**
 * Collects the problems found while validating an input, so a client hears about all of them at
 * once, then throws one BAD_USER_INPUT error if there were any.
 */
export class InputProblems {
  private readonly problems: FieldProblem[] = [];

  add(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  /** What has been found so far, in the order it was found. */
  get list(): readonly FieldProblem[] {
    return this.problems;
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw badUserInput(this.problems);
  }
}
