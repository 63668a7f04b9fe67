import { toCitation } from "../../kit/citation.type.js";
import type { MembershipRow } from "../db/schema.js";
import { Membership } from "./membership.type.js";

export function toMembership(row: MembershipRow): Membership {
  return Object.assign(new Membership(), {
    id: row.id,
    groupKind: row.icsId ? "INTEGRATED_CARE_SYSTEM" : row.placeId ? "PLACE" : "COLLABORATIVE",
    role: row.role,
    startDate: row.startDate,
    endDate: row.endDate,
    source: toCitation(row),
    partnerId: row.partnerId,
    icsId: row.icsId,
    placeId: row.placeId,
    collaborativeId: row.collaborativeId,
  });
}
