/**
 * `npm run schema:check` (in `npm run check`, so in CI): the public schema of the composed
 * supergraph against `schema/published/public.graphql`, the contract partner systems build on
 * (and generate clients from).
 *
 * - A breaking change (graphql-inspector's judgement) fails unless acknowledged in
 *   `schema/published/acknowledged.json`, with why and how partners were told.
 * - The contract never lags: any difference from the served schema fails until
 *   `npm run schema:check -- --publish` makes the current schema the contract. Publishing needs
 *   every breaking change acknowledged, and moves the acknowledgements, dated, into
 *   `schema/published/changelog.json`, the record of every break partners were told of.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { publicSchema, unacknowledgedBreaks } from "./schema-contract.js";

const dir = fileURLToPath(new URL("../schema/", import.meta.url));
const PUBLISHED = `${dir}published/public.graphql`;
const ACKNOWLEDGED = `${dir}published/acknowledged.json`;
const CHANGELOG = `${dir}published/changelog.json`;

interface Acknowledgement {
  /** The change as graphql-inspector words it. */
  change: string;
  why: string;
}

const readJson = <T>(file: string, fallback: T): T =>
  existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : fallback;

const current = publicSchema(readFileSync(`${dir}supergraph.graphql`, "utf8"));

if (!existsSync(PUBLISHED)) {
  console.error(`No published contract at ${PUBLISHED}: run npm run schema:check -- --publish`);
  process.exit(1);
}
const published = readFileSync(PUBLISHED, "utf8");
const acknowledgements = readJson<Acknowledgement[]>(ACKNOWLEDGED, []);
const { changes, breaking, unacknowledged } = await unacknowledgedBreaks(
  published,
  current,
  acknowledgements.map((a) => a.change),
);
console.log(
  `Public schema against the published contract: ${changes} changes, ${breaking.length} breaking, ${unacknowledged.length} not acknowledged.`,
);
if (unacknowledged.length > 0) {
  for (const change of unacknowledged) console.error(`  BREAKING: ${change}`);
  console.error(
    `A partner system would break. Keep the old field or argument, or acknowledge each change in ${ACKNOWLEDGED} ({ "change", "why" }) once partners are told.`,
  );
  process.exit(1);
}

if (process.argv.includes("--publish")) {
  const publishedOn = new Date().toISOString().slice(0, 10);
  const changelog = readJson<(Acknowledgement & { publishedOn: string })[]>(CHANGELOG, []);
  const told = acknowledgements.filter((a) => breaking.includes(a.change));
  writeFileSync(
    CHANGELOG,
    `${JSON.stringify([...changelog, ...told.map((a) => ({ ...a, publishedOn }))], null, 2)}\n`,
  );
  writeFileSync(PUBLISHED, current);
  writeFileSync(ACKNOWLEDGED, "[]\n");
  console.log(
    `Published the current public schema as the contract (${told.length} acknowledged breaking changes recorded in ${CHANGELOG}).`,
  );
  process.exit(0);
}

if (published !== current) {
  console.error(
    `The published contract lags the served schema (${changes} changes): a client generated from it would not match. Run npm run schema:check -- --publish and commit ${PUBLISHED}.`,
  );
  process.exit(1);
}
