import { eq } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { cite } from "../../kit/cite.js";
import { MSEC, TRUST } from "../../kit/sources.js";
import { seedOnce } from "../../kit/seed-once.js";
import * as t from "./schema.js";
import { COMMITMENT_PATHWAYS, COMMITMENTS } from "./seed-data/commitments.js";
import {
  CARE_UNIT_FRAMEWORK,
  measureCitation,
  OBJECTIVES,
  type SeedObjectiveTable,
  TRUST_FRAMEWORK,
} from "./seed-data/framework.js";
import { MEASURES, PUBLISHED_SOURCES, type SeedMeasure } from "./seed-data/measures.js";
import { ILLUSTRATIVE_OBSERVATIONS, SOURCED_OBSERVATIONS } from "./seed-data/observations.js";

/** Bump when the seed data changes, so an existing database is told it holds older facts. */
export const SEED_VERSION = "workforce-2026-11-23";

type Db = BetterSQLite3Database<typeof t>;

function insertTable(
  tx: Db,
  table: SeedObjectiveTable,
  careUnitId: string | null,
  document: typeof TRUST,
) {
  table.outcomes.forEach((outcome, o) => {
    const outcomeId = `${careUnitId ?? "trust"}-${table.objective.toLowerCase()}-${o + 1}`;
    tx.insert(t.outcomes)
      .values({
        id: outcomeId,
        objectiveCode: table.objective,
        careUnitId,
        position: o + 1,
        text: outcome.text,
        ...cite(document, table.section, outcome.note),
      })
      .run();
    outcome.subOutcomes.forEach((sub, s) => {
      const subId = `${outcomeId}-${s + 1}`;
      tx.insert(t.subOutcomes)
        .values({ id: subId, outcomeId, position: s + 1, text: sub.text })
        .run();
      sub.lines.forEach(([text, codes], l) => {
        const lineId = `${subId}-${l + 1}`;
        tx.insert(t.measureLines)
          .values({ id: lineId, subOutcomeId: subId, position: l + 1, text })
          .run();
        tx.insert(t.measureLineMeasures)
          .values(codes.map((measureCode) => ({ lineId, measureCode })))
          .run();
      });
    });
  });
}

/** A measure's citation: the table that lists it, and the national definition it follows. */
function measureSource(m: Pick<SeedMeasure, "code" | "nationalDefinition" | "inference">) {
  const cited = measureCitation(m.code);
  const note = [
    m.nationalDefinition ? `Defined as in the ${m.nationalDefinition}.` : null,
    m.inference ?? null,
  ]
    .filter(Boolean)
    .join(" ");
  return { ...cited, sourceNote: note || null };
}

/** Loads the framework, the measures and their figures in one transaction, once. */
export function seedWorkforce(db: Db): { seeded: boolean } {
  const first = seedOnce(db, t.meta, SEED_VERSION, (tx) => {
    tx.insert(t.objectives)
      .values(OBJECTIVES.map((o, i) => ({ ...o, position: i + 1 })))
      .run();
    tx.insert(t.measures)
      .values(
        MEASURES.map(({ byCareUnit: _b, inference: _i, ...m }) => ({
          ...m,
          numerator: m.numerator ?? null,
          denominator: m.denominator ?? null,
          nationalDefinition: m.nationalDefinition ?? null,
          definitionOnly: m.definitionOnly ?? false,
          published: PUBLISHED_SOURCES.includes(m.dataSource),
          ...measureSource(m),
        })),
      )
      .run();
    for (const table of TRUST_FRAMEWORK) insertTable(tx, table, null, TRUST);
    for (const table of CARE_UNIT_FRAMEWORK) insertTable(tx, table, table.careUnitId, MSEC);
    const observations = [...SOURCED_OBSERVATIONS, ...ILLUSTRATIVE_OBSERVATIONS];
    for (let i = 0; i < observations.length; i += 500) {
      tx.insert(t.observations)
        .values(observations.slice(i, i + 500))
        .run();
    }
  });
  // A correction after the first seed, so a database seeded before gets it when next opened:
  // measures cite the plan and table that list them, and definitions say nothing the plans do not.
  const corrected = seedOnce(
    db,
    t.meta,
    "measure-citations-2026-11-30",
    (tx) => {
      for (const m of MEASURES) {
        tx.update(t.measures)
          .set({
            name: m.name,
            definition: m.definition,
            numerator: m.numerator ?? null,
            denominator: m.denominator ?? null,
            ...measureSource(m),
          })
          .where(eq(t.measures.code, m.code))
          .run();
      }
    },
    "seed:measure-citations",
  );
  // The success-measure tables' sections, named as their titles stand in the plan (only the
  // first table is headed "Success measures").
  const retitled = seedOnce(
    db,
    t.meta,
    "measure-sections-2026-11-30",
    (tx) => {
      for (const m of MEASURES) {
        tx.update(t.measures).set(measureSource(m)).where(eq(t.measures.code, m.code)).run();
      }
      for (const table of TRUST_FRAMEWORK) {
        table.outcomes.forEach((_outcome, o) => {
          tx.update(t.outcomes)
            .set({ sourceSection: table.section })
            .where(eq(t.outcomes.id, `trust-${table.objective.toLowerCase()}-${o + 1}`))
            .run();
        });
      }
    },
    "seed:measure-sections",
  );
  // Added after the first seed: what the plans commit to, in their words.
  const committed = seedOnce(
    db,
    t.meta,
    "commitments-2026-11-30",
    (tx) => {
      tx.insert(t.commitments).values(COMMITMENTS).run();
      const links = Object.entries(COMMITMENT_PATHWAYS).flatMap(([commitmentId, pathwayIds]) =>
        pathwayIds.map((pathwayId) => ({ commitmentId, pathwayId })),
      );
      tx.insert(t.commitmentPathways).values(links).run();
    },
    "seed:commitments",
  );
  return { seeded: [first, corrected, retitled, committed].some((step) => step.seeded) };
}
