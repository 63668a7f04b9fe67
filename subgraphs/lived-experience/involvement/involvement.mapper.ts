import { ref } from "../../kit/entity-stub.js";
import { toProvenance } from "../../kit/provenance.type.js";
import type { ActivityRow, CoproductionRow, PaymentRateRow, RecognitionRow } from "../db/schema.js";
import { CareUnit, SharedPathway } from "../federation/entities.js";
import { CoproductionRecord } from "../coproduction/coproduction.type.js";
import type {
  ActivityStatus,
  CoproductionStage,
  RateUnit,
  RecognitionKind,
  RecognitionOffer,
} from "./involvement-enums.js";
import { InvolvementActivity, PaymentRate, type Recognition } from "./involvement.type.js";

export function toActivity(row: ActivityRow): InvolvementActivity {
  return Object.assign(new InvolvementActivity(), {
    id: row.id,
    title: row.title,
    shapes: row.shapes,
    pathway: ref(SharedPathway, row.pathwayId),
    careUnit: ref(CareUnit, row.careUnitId),
    date: row.activityDate,
    expectedHours: row.expectedHours,
    deliveredHours: row.deliveredHours,
    places: row.places,
    recognitionOffer: row.recognition as RecognitionOffer | null,
    stage: row.stage as CoproductionStage,
    status: row.status as ActivityStatus,
    provenance: toProvenance(row),
  });
}

export function toRate(row: PaymentRateRow): PaymentRate {
  return Object.assign(new PaymentRate(), {
    id: row.id,
    unit: row.unit as RateUnit,
    amountPence: row.amountPence,
    effectiveFrom: row.effectiveFrom,
    provenance: toProvenance(row),
  });
}

export function toRecognition(row: RecognitionRow, rate: PaymentRateRow | null): Recognition {
  return {
    kind: row.kind as RecognitionKind,
    people: row.people,
    hours: row.hours,
    rate: rate ? toRate(rate) : null,
    amountPence: row.amountPence,
    recordedAt: row.recordedAt,
  };
}

export function toCoproduction(row: CoproductionRow): CoproductionRecord {
  return Object.assign(new CoproductionRecord(), {
    id: row.id,
    pathway: ref(SharedPathway, row.pathwayId)!,
    stage: row.stage as CoproductionStage,
    summary: row.summary,
    happenedOn: row.happenedOn,
    provenance: toProvenance(row),
    activityId: row.activityId,
  });
}
