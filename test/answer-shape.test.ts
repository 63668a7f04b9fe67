/**
 * Every answer is a valid GraphQL response for its document, whoever asks: generated documents
 * (fields, inline fragments, named fragments, aliases) against the production gateway under every
 * scope set, each response checked against the document's shape. Refused fields must be nulled
 * where the specification says, never turned into objects, and no internal key may leak.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import {
  buildSchema,
  getNamedType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  parse,
  type FieldNode,
  type SelectionNode,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCOPES } from "../gateway/auth.js";
import { SUPERGRAPH_FILE } from "../gateway/create-gateway.js";
import { type Harness, startHarness } from "./harness.js";

const schema: GraphQLSchema = buildSchema(readFileSync(SUPERGRAPH_FILE, "utf8"), {
  assumeValidSDL: true,
});

/** Root fields with the arguments that make them answer something real. */
const ROOTS: Record<string, string> = {
  partner: `(id: "eput")`,
  partners: `(first: 3)`,
  careUnits: "",
  careUnit: `(id: "urgent-care-and-inpatient-services")`,
  sharedPathway: `(id: "nhs-111-mental-health")`,
  sharedPathways: `(first: 3)`,
  pathwayCoverage: "",
  livedExperienceRole: `(id: "lived-experience-ambassador-01")`,
  livedExperienceRoles: `(first: 3)`,
  livedExperienceRoleCounts: "",
  peerSupportWorkersWithLdOrAutism: "",
  involvementActivities: `(first: 3)`,
  importBatches: `(first: 2)`,
  partnersAuditLog: `(first: 2)`,
  livedExperienceAuditLog: `(first: 2)`,
  measures: "",
  agreements: "",
  integratedCareSystems: "",
};

/** A field can be selected without arguments when none of its arguments is required. */
const selectable = (field: GraphQLField<unknown, unknown>) =>
  field.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);

interface Built {
  text: string;
  fragments: string[];
}

/** A random selection set for an object type, `depth` levels at most. */
function selectionOf(
  type: GraphQLObjectType,
  depth: number,
  pick: (n: number) => number,
  fragments: string[],
): string {
  const fields = Object.values(type.getFields()).filter(selectable);
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
  const objects = fields.filter((f) => isObjectType(getNamedType(f.type)));
  const parts: string[] = [];
  if (leaves.length > 0) parts.push(leaves[pick(leaves.length)]!.name);
  if (pick(3) === 0) parts.push("__typename");
  const nested = depth > 0 ? pick(3) : 0;
  for (let i = 0; i < nested && objects.length > 0; i++) {
    const field = objects[pick(objects.length)]!;
    const inner = selectionOf(
      getNamedType(field.type) as GraphQLObjectType,
      depth - 1,
      pick,
      fragments,
    );
    const alias = pick(4) === 0 ? `a${i}: ` : "";
    parts.push(`${alias}${field.name} { ${inner} }`);
  }
  const body = parts.join(" ") || "__typename";
  switch (pick(4)) {
    case 0:
      return `... on ${type.name} { ${body} }`;
    case 1: {
      const name = `F${fragments.length}`;
      fragments.push(`fragment ${name} on ${type.name} { ${body} }`);
      return `...${name}`;
    }
    default:
      return body;
  }
}

const documents = fc
  .tuple(
    fc.subarray(Object.keys(ROOTS), { minLength: 1, maxLength: 3 }),
    fc.array(fc.nat(), { minLength: 200, maxLength: 200 }),
  )
  .map(([roots, noise]): Built => {
    let at = 0;
    const pick = (n: number) => noise[at++ % noise.length]! % n;
    const fragments: string[] = [];
    const fields = roots.map((name) => {
      const field = schema.getQueryType()!.getFields()[name]!;
      const named = getNamedType(field.type);
      if (!isObjectType(named)) return `${name}${ROOTS[name]}`;
      return `${name}${ROOTS[name]} { ${selectionOf(named, 2, pick, fragments)} }`;
    });
    return { text: `{ ${fields.join(" ")} }`, fragments };
  });

const scopeSets = fc.oneof(
  fc.constant(null),
  fc.subarray([...SCOPES], { minLength: 1, maxLength: 3 }),
);

/** Where the answer breaks the shape its document asks for; empty when it is valid. */
function shapeProblems(
  response: { data?: unknown; errors?: { message: string; path?: unknown[] }[] },
  document: string,
): string[] {
  const problems: string[] = [];
  const ast = parse(document);
  const fragments = new Map(
    ast.definitions
      .filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d] as const),
  );
  type Selections = readonly SelectionNode[];
  /** The fields a selection asks for by response key, same-key selections merged. */
  function fieldsOf(selections: Selections, out = new Map<string, FieldNode[]>()) {
    for (const s of selections) {
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        out.set(key, [...(out.get(key) ?? []), s]);
      } else if (s.kind === Kind.INLINE_FRAGMENT) fieldsOf(s.selectionSet.selections, out);
      else fieldsOf(fragments.get(s.name.value)!.selectionSet.selections, out);
    }
    return out;
  }
  function check(
    value: unknown,
    type: GraphQLOutputType,
    selections: Selections | null,
    path: string,
  ) {
    if (value === null) {
      if (isNonNullType(type)) problems.push(`${path}: null for a non-null field`);
      return;
    }
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      if (!Array.isArray(value))
        return void problems.push(
          `${path}: a list was answered with ${JSON.stringify(value).slice(0, 60)}`,
        );
      value.forEach((item, i) => check(item, inner.ofType, selections, `${path}.${i}`));
      return;
    }
    if (isScalarType(inner) || isEnumType(inner)) {
      if (typeof value === "object") problems.push(`${path}: an object for a leaf`);
      return;
    }
    if (typeof value !== "object" || Array.isArray(value))
      return void problems.push(`${path}: not an object`);
    const expected = fieldsOf(selections ?? []);
    const got = Object.keys(value as object);
    for (const key of got)
      if (!expected.has(key)) problems.push(`${path}: unexpected key "${key}"`);
    const object = inner as GraphQLObjectType;
    for (const [key, nodes] of expected) {
      const node = nodes[0]!;
      if (!(key in (value as object))) {
        problems.push(`${path}: missing "${key}"`);
        continue;
      }
      const fieldType =
        node.name.value === "__typename"
          ? schema.getType("String")!
          : object.getFields()[node.name.value]!.type;
      check(
        (value as Record<string, unknown>)[key],
        fieldType as GraphQLOutputType,
        node.selectionSet ? nodes.flatMap((n) => n.selectionSet?.selections ?? []) : null,
        `${path}.${key}`,
      );
    }
  }
  if (response.data === null || response.data === undefined) {
    if (!response.errors?.length) problems.push("no data and no errors");
  } else {
    const operation = ast.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
    check(response.data, schema.getQueryType()!, operation.selectionSet.selections, "data");
  }
  for (const error of response.errors ?? []) {
    if (typeof error.message !== "string") problems.push("an error without a message");
    for (const step of error.path ?? []) {
      if (step === "@")
        problems.push(`an error path with Hive's placeholder: ${JSON.stringify(error.path)}`);
    }
  }
  return problems;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ production: true });
});
afterAll(() => h.stop());

describe("answer shapes", () => {
  it("match their document for generated documents under every scope set", async () => {
    await fc.assert(
      fc.asyncProperty(documents, scopeSets, async (built, scopes) => {
        const document = [built.text, ...built.fragments].join("\n");
        const res = await h.query(document, {}, undefined, scopes);
        const problems = shapeProblems(res as never, document);
        expect(
          problems,
          `${document}\nas ${JSON.stringify(scopes)}\n${JSON.stringify(res).slice(0, 800)}`,
        ).toEqual([]);
        expect(JSON.stringify(res)).not.toMatch(/"@"/);
      }),
      { numRuns: 150, seed: 20261130 },
    );
  });

  it("nulls each refused list where it stands, as the example the tester found", async () => {
    const res = await h.query(
      `{ careUnits { id livedExperienceRoles { title } } }`,
      {},
      undefined,
      null,
    );
    expect(
      shapeProblems(res as never, `{ careUnits { id livedExperienceRoles { title } } }`),
    ).toEqual([]);
    const units = (res.data as { careUnits: { livedExperienceRoles: unknown }[] }).careUnits;
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) expect(unit.livedExperienceRoles).toBeNull();
  });

  it("lets an editor run a role mutation and read back what it wrote", async () => {
    const res = await h.query<{ createLivedExperienceRole: { id: string; title: string } }>(
      `mutation { createLivedExperienceRole(input: { id: "shape-test-post", title: "Shape test post", kind: EXPERT_BY_EXPERIENCE, level: TEAM, decidedBy: "editor" }) { id title status } }`,
      {},
      undefined,
      ["lived-experience:write"],
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createLivedExperienceRole.title).toBe("Shape test post");
  });
});
