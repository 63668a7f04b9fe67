import { toCitation } from "../../kit/citation.type.js";
import { ref } from "../../kit/entity-stub.js";
import type { ParticipantRow, PathwayRow, ReferralRouteRow, StepRow } from "../db/schema.js";
import { CareUnit, Partner, PartnershipAgreement } from "../federation/entities.js";
import type {
  ContactMethod,
  ParticipantRole,
  PathwayStatus,
  ReferralRouteKind,
  StepKind,
} from "./pathway-enums.js";
import {
  PathwayParticipant,
  PathwayStep,
  ReferralRoute,
  SharedPathway,
  type ReferralContact,
} from "./pathway.type.js";

export function toPathway(row: PathwayRow): SharedPathway {
  return Object.assign(new SharedPathway(), {
    id: row.id,
    name: row.name,
    purpose: row.purpose,
    population: {
      ageMin: row.ageMin,
      ageMax: row.ageMax,
      conditions: row.conditions,
      eligibility: row.eligibility,
    },
    leadCareUnit: ref(CareUnit, row.leadCareUnitId),
    agreement: ref(PartnershipAgreement, row.agreementId),
    status: row.status as PathwayStatus,
    agreedOn: row.agreedOn,
    liveFrom: row.liveFrom,
    nextReviewDue: row.nextReviewDue,
    source: toCitation(row),
  });
}

export function toParticipant(row: ParticipantRow): PathwayParticipant {
  return Object.assign(new PathwayParticipant(), {
    partner: ref(Partner, row.partnerId)!,
    role: row.role as ParticipantRole,
    contribution: row.contribution,
    source: toCitation(row),
  });
}

export function toStep(row: StepRow): PathwayStep {
  return Object.assign(new PathwayStep(), {
    position: row.position,
    kind: row.kind as StepKind,
    description: row.description,
    responsiblePartner: ref(Partner, row.responsiblePartnerId),
    targetWaitDays: row.targetWaitDays,
    targetWaitNote: row.targetWaitNote,
  });
}

export function toReferralRoute(row: ReferralRouteRow): ReferralRoute {
  const contact: ReferralContact | null =
    row.contactMethod && row.contactValue
      ? {
          method: row.contactMethod as ContactMethod,
          value: row.contactValue,
          hours: row.contactHours,
        }
      : null;
  return Object.assign(new ReferralRoute(), {
    kind: row.kind as ReferralRouteKind,
    description: row.description,
    criteria: row.criteria,
    contact,
  });
}
