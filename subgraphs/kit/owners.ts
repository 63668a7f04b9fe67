import { context, propagation } from "@opentelemetry/api";
import { GraphQLError } from "graphql";
import type { Caller } from "../../common/caller.js";
import { signPost } from "../../common/signing.js";
import type { InputProblems } from "./errors.js";

/** Which subgraph owns each entity another subgraph may store the key of. */
export const OWNER_OF = {
  Partner: "partners",
  Place: "partners",
  CareUnit: "partners",
  PartnershipAgreement: "partners",
  SharedPathway: "pathways",
} as const;
export type ReferencedType = keyof typeof OWNER_OF;

/** Entities whose owner can say whether one is active on a day, and the field that says so. */
const ACTIVE_FIELD: Partial<Record<ReferencedType, string>> = { Partner: "isActive" };

/** Keys asked for in one call; a larger set is asked in as few calls as this allows. */
export const KEYS_PER_CALL = 500;

export interface OwnersOptions {
  /** This subgraph's name: who is asking, in the owner's audit and logs. */
  self: string;
  /** The secret the gateway signs with, which every subgraph shares (common/signing.ts). */
  secret: string;
  /** Where a subgraph serves GraphQL, by name. */
  urlOf(subgraph: string): string | undefined;
  timeoutMs?: number;
}

/** One reference to check: the input field (or CSV row) it came from, and the key it gives. */
export interface Reference {
  type: ReferencedType;
  field: string;
  id: string;
}

/** The references one input field gives: none, one key, or a list of keys (`field[i]`). */
export function referencesTo(
  type: ReferencedType,
  field: string,
  keys: string | readonly string[] | null | undefined,
): Reference[] {
  if (keys === null || keys === undefined) return [];
  if (typeof keys === "string") return [{ type, field, id: keys }];
  return keys.map((id, i) => ({ type, field: `${field}[${i}]`, id }));
}

/**
 * Asks the subgraph that owns an entity whether keys exist, and where it matters whether each is
 * active on a day, with a signed call to its `_entities` (the call the gateway makes). Each
 * distinct key is asked once, however many references name it, and each owner is asked in one
 * call (per KEYS_PER_CALL keys). A write checks its references this way before it writes
 * anything; an owner that cannot be reached refuses the write with a retryable error, so nothing
 * is ever stored unchecked.
 */
export class Owners {
  private readonly caller: Caller;

  constructor(
    private readonly options: OwnersOptions,
    /** Where the subgraphs `lookup` reads from are recorded, for one request. */
    private readonly reads?: Set<string>,
  ) {
    this.caller = { subject: `subgraph:${options.self}`, client: options.self, scopes: [] };
  }

  /** The same owners for one request, recording in `reads` each subgraph it reads from. */
  recordingReadsIn(reads: Set<string>): Owners {
    return new Owners(this.options, reads);
  }

  /**
   * Adds a problem to `problems` for every reference whose key its owner does not know, or knows
   * as no longer active on `activeOn`, naming the field and the value.
   */
  async check(
    problems: InputProblems,
    references: readonly Reference[],
    activeOn?: string,
  ): Promise<void> {
    const keyOf = (r: { type: string; id: string }) => `${r.type}:${r.id}`;
    const byOwner = new Map<string, Map<string, Reference>>();
    for (const reference of references) {
      const owner = OWNER_OF[reference.type];
      const keys = byOwner.get(owner) ?? new Map<string, Reference>();
      keys.set(keyOf(reference), reference);
      byOwner.set(owner, keys);
    }
    const verdicts = new Map<string, "unknown" | "inactive">();
    for (const [owner, keys] of byOwner) {
      const distinct = [...keys.values()];
      for (let i = 0; i < distinct.length; i += KEYS_PER_CALL) {
        const batch = distinct.slice(i, i + KEYS_PER_CALL);
        const answers = await this.ask(owner, batch, activeOn);
        batch.forEach((reference, index) => {
          const answer = answers[index];
          if (!answer) verdicts.set(keyOf(reference), "unknown");
          else if (answer.active === false) verdicts.set(keyOf(reference), "inactive");
        });
      }
    }
    for (const reference of references) {
      const { type, field, id } = reference;
      const verdict = verdicts.get(keyOf(reference));
      if (verdict === "unknown") problems.add(field, `no ${type} has the id "${id}"`);
      if (verdict === "inactive") problems.add(field, `${type} "${id}" had ceased by ${activeOn}`);
    }
  }

  /**
   * Reads fields of other subgraphs' entities by key, for a read that depends on them (say, the
   * kind of each partner taking part): `selection` per type, e.g. `{ Partner: "kind" }`. Keys
   * the owner does not hold come back null. Asked in one call per owner and KEYS_PER_CALL keys.
   */
  async lookup<T extends Record<string, unknown>>(
    type: ReferencedType,
    ids: readonly string[],
    selection: string,
  ): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    const distinct = [...new Set(ids)];
    this.reads?.add(OWNER_OF[type]);
    for (let i = 0; i < distinct.length; i += KEYS_PER_CALL) {
      const batch = distinct.slice(i, i + KEYS_PER_CALL);
      const answers = await this.entities(
        OWNER_OF[type],
        batch.map((id) => ({ type, id })),
        `... on ${type} { id ${selection} }`,
        {},
        "read",
      );
      answers.forEach((answer) => {
        if (answer) found.set(answer.id, answer as T);
      });
    }
    return found;
  }

  private async ask(
    owner: string,
    references: readonly Reference[],
    activeOn: string | undefined,
  ): Promise<({ id: string; active?: boolean } | null)[]> {
    const types = [...new Set(references.map((r) => r.type))];
    const dated = activeOn !== undefined && types.some((type) => ACTIVE_FIELD[type]);
    const fragments = types.map((type) => {
      const active =
        dated && ACTIVE_FIELD[type] ? ` active: ${ACTIVE_FIELD[type]}(asOf: $asOf)` : "";
      return `... on ${type} { id${active} }`;
    });
    return (await this.entities(
      owner,
      references,
      fragments.join(" "),
      dated ? { asOf: activeOn } : {},
      "write",
    )) as ({ id: string; active?: boolean } | null)[];
  }

  /** One signed `_entities` call to `owner`: each representation's selection, or null. */
  private async entities(
    owner: string,
    keys: readonly { type: ReferencedType; id: string }[],
    selection: string,
    variables: { asOf?: string },
    purpose: "write" | "read",
  ): Promise<(({ id: string } & Record<string, unknown>) | null)[]> {
    const url = this.options.urlOf(owner);
    const query = `query ReferenceCheck($representations: [_Any!]!${variables.asOf ? ", $asOf: Date" : ""}) {
      _entities(representations: $representations) { ${selection} }
    }`;
    const body = JSON.stringify({
      query,
      variables: {
        representations: keys.map(({ type, id }) => ({ __typename: type, id })),
        ...variables,
      },
    });
    const unavailable = (why: string) =>
      new GraphQLError(
        purpose === "write"
          ? `Could not check references with the ${owner} subgraph, which owns them (${why}). Nothing was written; try again.`
          : `Could not ask the ${owner} subgraph for what this answer needs (${why}); try again.`,
        { extensions: { code: "REFERENCE_CHECK_UNAVAILABLE", retryable: true, owner } },
      );
    if (!url) throw unavailable("its address is not configured");
    const headers: Record<string, string> = {
      "content-type": "application/json",
      ...signPost(this.options.secret, owner, body, this.caller),
    };
    propagation.inject(context.active(), headers);
    let payload: {
      data?: { _entities?: unknown[] } | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    try {
      const response = await fetch(url, {
        method: "POST",
        headers,
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
      });
      if (!response.ok) throw new Error(`it answered HTTP ${response.status}`);
      payload = (await response.json()) as typeof payload;
    } catch (error) {
      throw unavailable(error instanceof Error ? error.message : "it did not answer");
    }
    // An unknown key is the owner's NOT_FOUND; any other error means the answer cannot be trusted.
    const failure = payload.errors?.find((e) => e.extensions?.code !== "NOT_FOUND");
    if (failure) throw unavailable(`it answered with an error: ${failure.message}`);
    const entities = payload.data?._entities;
    if (!Array.isArray(entities) || entities.length !== keys.length) {
      throw unavailable("its answer was not a list of entities");
    }
    return entities.map((entity) =>
      entity && typeof entity === "object" && "id" in entity
        ? (entity as { id: string } & Record<string, unknown>)
        : null,
    );
  }
}
