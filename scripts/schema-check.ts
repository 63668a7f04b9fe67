/**
 * `npm run schema:check` (in `npm run check`, so in CI): the public schema of the composed
 * supergraph against `schema/published/public.graphql`, the contract partner systems build on.
 * A breaking change (graphql-inspector's judgement) fails unless acknowledged in
 * `schema/published/acknowledged.json`, with why and how partners were told. `--publish` makes the
 * current schema the new contract and clears the acknowledgements.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { publicSchema, unacknowledgedBreaks } from "./schema-contract.js";

const dir = fileURLToPath(new URL("../schema/", import.meta.url));
const PUBLISHED = `${dir}published/public.graphql`;
const ACKNOWLEDGED = `${dir}published/acknowledged.json`;

interface Acknowledgement {
  /** The change as graphql-inspector words it. */
  change: string;
  why: string;
}

const current = publicSchema(readFileSync(`${dir}supergraph.graphql`, "utf8"));

if (process.argv.includes("--publish")) {
  writeFileSync(PUBLISHED, current);
  writeFileSync(ACKNOWLEDGED, "[]\n");
  console.log(`Published the current public schema as the contract: ${PUBLISHED}`);
  process.exit(0);
}

if (!existsSync(PUBLISHED)) {
  console.error(`No published contract at ${PUBLISHED}: run npm run schema:check -- --publish`);
  process.exit(1);
}
const acknowledged = (JSON.parse(readFileSync(ACKNOWLEDGED, "utf8")) as Acknowledgement[]).map(
  (a) => a.change,
);
const { changes, breaking, unacknowledged } = await unacknowledgedBreaks(
  readFileSync(PUBLISHED, "utf8"),
  current,
  acknowledged,
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
