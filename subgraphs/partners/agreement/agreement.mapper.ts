import { toCitation } from "../../kit/citation.type.js";
import type { AgreementPartyRow, AgreementRow } from "../db/schema.js";
import type { AgreementStatus, AgreementType } from "./agreement-enums.js";
import { AgreementParty, PartnershipAgreement } from "./agreement.type.js";

export function toAgreement(row: AgreementRow): PartnershipAgreement {
  return Object.assign(new PartnershipAgreement(), {
    id: row.id,
    title: row.title,
    type: row.type as AgreementType,
    status: row.status as AgreementStatus,
    startDate: row.startDate,
    endDate: row.endDate,
    description: row.description,
    source: toCitation(row),
  });
}

export function toAgreementParty(row: AgreementPartyRow): AgreementParty {
  return Object.assign(new AgreementParty(), {
    role: row.role,
    partnerId: row.partnerId,
    agreementId: row.agreementId,
  });
}
