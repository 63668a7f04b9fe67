import { ref } from "../../kit/entity-stub.js";
import { toProvenance } from "../../kit/provenance.type.js";
import type { RoleRow } from "../db/schema.js";
import { CareUnit, Partner } from "../federation/entities.js";
import type { Arrangement, Band, RoleKind, RoleLevel, RoleStatus } from "./role-enums.js";
import { LivedExperienceRole } from "./role.type.js";

/** The API object for a post. The holder's special-category flag is deliberately not mapped. */
export function toRole(row: RoleRow): LivedExperienceRole {
  return Object.assign(new LivedExperienceRole(), {
    id: row.id,
    title: row.title,
    kind: row.kind as RoleKind,
    level: row.level as RoleLevel,
    careUnit: ref(CareUnit, row.careUnitId),
    wardOrTeam: row.wardOrTeam,
    arrangement: row.arrangement as Arrangement,
    hostPartner: ref(Partner, row.hostPartnerId),
    band: row.band as Band | null,
    hoursPerWeek: row.hoursPerWeek,
    status: row.status as RoleStatus,
    startDate: row.startDate,
    provenance: toProvenance(row),
  });
}
