import { toCitation } from "../../kit/citation.type.js";
import type { SystemLeadershipRoleRow } from "../db/schema.js";
import { SystemLeadershipRole } from "./leadership-role.type.js";

export function toLeadershipRole(row: SystemLeadershipRoleRow): SystemLeadershipRole {
  return Object.assign(new SystemLeadershipRole(), {
    id: row.id,
    title: row.title,
    startDate: row.startDate,
    description: row.description,
    source: toCitation(row),
    holderPartnerId: row.holderPartnerId,
    collaborativeId: row.collaborativeId,
    icsId: row.icsId,
    placeId: row.placeId,
  });
}
