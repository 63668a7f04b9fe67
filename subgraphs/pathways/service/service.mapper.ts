import { toCitation } from "../../kit/citation.type.js";
import { ref } from "../../kit/entity-stub.js";
import type { ServiceRow } from "../db/schema.js";
import { CareUnit, Partner } from "../federation/entities.js";
import type { ServiceKind } from "./service-enums.js";
import { Service } from "./service.type.js";

export function toService(row: ServiceRow): Service {
  return Object.assign(new Service(), {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind as ServiceKind,
    provider: ref(Partner, row.providerId),
    careUnit: ref(CareUnit, row.careUnitId),
    source: toCitation(row),
  });
}
