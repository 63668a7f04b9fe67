import { toCitation } from "../../kit/citation.type.js";
import type { CareUnitRow, IcsRow, PlaceRow } from "../db/schema.js";
import type { CareUnitCoverage, EputInvolvement } from "./geography-enums.js";
import { CareUnit, IntegratedCareSystem, Place } from "./geography.types.js";

export function toIcs(row: IcsRow): IntegratedCareSystem {
  return Object.assign(new IntegratedCareSystem(), {
    id: row.id,
    name: row.name,
    eputInvolvement: row.eputInvolvement as EputInvolvement,
    description: row.description,
    icbPartnerId: row.icbPartnerId,
    source: toCitation(row),
  });
}

export function toPlace(row: PlaceRow): Place {
  return Object.assign(new Place(), {
    id: row.id,
    name: row.name,
    description: row.description,
    icsId: row.icsId,
    source: toCitation(row),
  });
}

export function toCareUnit(row: CareUnitRow): CareUnit {
  return Object.assign(new CareUnit(), {
    id: row.id,
    name: row.name,
    coverage: row.coverage as CareUnitCoverage,
    description: row.description,
    wardCount: row.wardCount,
    teamCount: row.teamCount,
    source: toCitation(row),
  });
}
