import { eq } from "drizzle-orm";
import type { InputProblems } from "../../kit/errors.js";
import { type Reference, referencesTo } from "../../kit/owners.js";
import { httpUrl, optionalText, requiredText, slugId } from "../../kit/validate.js";
import * as t from "../db/schema.js";
import type { PathwaysDb } from "../loaders.js";
import type {
  ParticipantInput,
  PopulationInput,
  ReferralRouteInput,
  StepInput,
} from "./pathway.inputs.js";

export const LIMITS = {
  name: 200,
  purpose: 2000,
  text: 1000,
  person: 200,
  contact: 200,
  maxAge: 120,
  maxWaitDays: 3650,
  participants: 100,
  steps: 50,
  routes: 20,
  places: 50,
} as const;

const PHONE = /^\+?[\d\s()-]{3,20}(,\s*(option|ext\.?)\s*\d{1,4})?$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkPopulation(
  problems: InputProblems,
  population: PopulationInput | null | undefined,
) {
  const age = (field: "ageMin" | "ageMax") => {
    const value = population?.[field] ?? null;
    if (value !== null && (value < 0 || value > LIMITS.maxAge)) {
      problems.add(`input.population.${field}`, `must be between 0 and ${LIMITS.maxAge}`);
    }
    return value;
  };
  const ageMin = age("ageMin");
  const ageMax = age("ageMax");
  if (ageMin !== null && ageMax !== null && ageMin > ageMax) {
    problems.add("input.population.ageMax", `must not be below ageMin (${ageMin})`);
  }
  return {
    ageMin,
    ageMax,
    conditions:
      optionalText(problems, "input.population.conditions", population?.conditions, LIMITS.text) ??
      null,
    eligibility:
      optionalText(
        problems,
        "input.population.eligibility",
        population?.eligibility,
        LIMITS.text,
      ) ?? null,
  };
}

/** Ids of the partners subgraph's entities: checked for form, as this subgraph cannot see them. */
export function checkKeys(problems: InputProblems, field: string, ids: readonly string[]) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    slugId(problems, `${field}[${i}]`, id);
    if (seen.has(id)) problems.add(`${field}[${i}]`, `"${id}" is listed twice`);
    seen.add(id);
  });
}

export function checkParticipants(problems: InputProblems, participants: ParticipantInput[]) {
  if (participants.length === 0) problems.add("input.participants", "must name at least one");
  if (participants.length > LIMITS.participants) {
    problems.add("input.participants", `must be at most ${LIMITS.participants}`);
  }
  const leads = participants.filter((p) => p.role === "LEAD").length;
  if (participants.length > 0 && leads !== 1) {
    problems.add("input.participants", `must have exactly one LEAD (has ${leads})`);
  }
  const seen = new Set<string>();
  return participants.map((p, i) => {
    const field = `input.participants[${i}]`;
    slugId(problems, `${field}.partnerId`, p.partnerId);
    const key = `${p.partnerId} ${p.role}`;
    if (seen.has(key)) problems.add(field, `${p.partnerId} is already listed as ${p.role}`);
    seen.add(key);
    return {
      partnerId: p.partnerId,
      role: p.role,
      contribution:
        optionalText(problems, `${field}.contribution`, p.contribution, LIMITS.text) ?? null,
    };
  });
}

export function checkSteps(
  problems: InputProblems,
  steps: StepInput[],
  participantIds: Set<string>,
) {
  if (steps.length > LIMITS.steps) problems.add("input.steps", `must be at most ${LIMITS.steps}`);
  return steps.map((step, i) => {
    const field = `input.steps[${i}]`;
    const responsible = step.responsiblePartnerId ?? null;
    if (responsible !== null && !participantIds.has(responsible)) {
      problems.add(`${field}.responsiblePartnerId`, `"${responsible}" is not a participant`);
    }
    const wait = step.targetWaitDays ?? null;
    if (wait !== null && (wait < 0 || wait > LIMITS.maxWaitDays)) {
      problems.add(`${field}.targetWaitDays`, `must be between 0 and ${LIMITS.maxWaitDays}`);
    }
    return {
      position: i + 1,
      kind: step.kind,
      description: requiredText(problems, `${field}.description`, step.description, LIMITS.text),
      responsiblePartnerId: responsible,
      targetWaitDays: wait,
      targetWaitNote:
        optionalText(problems, `${field}.targetWaitNote`, step.targetWaitNote, LIMITS.text) ?? null,
    };
  });
}

export function checkRoutes(problems: InputProblems, routes: ReferralRouteInput[]) {
  if (routes.length > LIMITS.routes) {
    problems.add("input.referralRoutes", `must be at most ${LIMITS.routes}`);
  }
  return routes.map((route, i) => {
    const field = `input.referralRoutes[${i}]`;
    const contact = route.contact ?? null;
    let value: string | null = null;
    if (contact) {
      value = requiredText(problems, `${field}.contact.value`, contact.value, LIMITS.contact);
      const valueField = `${field}.contact.value`;
      if (contact.method === "PHONE" && !PHONE.test(value)) {
        problems.add(
          valueField,
          'must be a telephone number, e.g. "0300 123 4567" or "111, option 2"',
        );
      }
      if (contact.method === "EMAIL" && !EMAIL.test(value)) {
        problems.add(valueField, "must be an email address");
      }
      if (contact.method === "WEBSITE") httpUrl(problems, valueField, value);
    }
    return {
      position: i + 1,
      kind: route.kind,
      description: requiredText(problems, `${field}.description`, route.description, LIMITS.text),
      criteria: optionalText(problems, `${field}.criteria`, route.criteria, LIMITS.text) ?? null,
      contactMethod: contact?.method ?? null,
      contactValue: value,
      contactHours: optionalText(problems, `${field}.contact.hours`, contact?.hours, 100) ?? null,
    };
  });
}

/**
 * The keys of the partners subgraph's entities a pathway input gives, each with its field, for
 * the owner to check (a step's responsible partner must be a participant, so is checked there).
 */
export function pathwayReferences(input: {
  participants?: readonly { partnerId: string }[] | null;
  placeIds?: readonly string[] | null;
  leadCareUnitId?: string | null;
  agreementId?: string | null;
}): Reference[] {
  return [
    ...(input.participants ?? []).flatMap((p, i) =>
      referencesTo("Partner", `input.participants[${i}].partnerId`, p.partnerId),
    ),
    ...referencesTo("Place", "input.placeIds", input.placeIds),
    ...referencesTo("CareUnit", "input.leadCareUnitId", input.leadCareUnitId),
    ...referencesTo("PartnershipAgreement", "input.agreementId", input.agreementId),
  ];
}

export function pathwayExists(db: PathwaysDb, id: string): boolean {
  return !!db.select({ id: t.pathways.id }).from(t.pathways).where(eq(t.pathways.id, id)).get();
}
