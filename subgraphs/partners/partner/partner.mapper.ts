import { toCitation } from "../../kit/citation.type.js";
import type { PartnerRow } from "../db/schema.js";
import type { PartnerKind } from "./partner-kind.js";
import { Partner } from "./partner.type.js";

export function toPartner(row: PartnerRow): Partner {
  return Object.assign(new Partner(), {
    id: row.id,
    name: row.name,
    kind: row.kind as PartnerKind,
    description: row.description,
    website: row.website,
    startDate: row.startDate,
    endDate: row.endDate,
    successorId: row.successorId,
    source: toCitation(row),
  });
}
