import { toCitation } from "../../kit/citation.type.js";
import type { AwardRow } from "../db/schema.js";
import type { AwardResult } from "./award-enums.js";
import { Award } from "./award.type.js";

export function toAward(row: AwardRow): Award {
  return Object.assign(new Award(), {
    id: row.id,
    name: row.name,
    event: row.event,
    result: row.result as AwardResult,
    awardedIn: row.awardedIn,
    recipient: row.recipient,
    pathwayId: row.pathwayId,
    serviceId: row.serviceId,
    source: toCitation(row),
  });
}
