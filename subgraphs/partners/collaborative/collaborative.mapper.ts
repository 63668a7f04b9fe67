import { toCitation } from "../../kit/citation.type.js";
import type { CollaborativeRow } from "../db/schema.js";
import type { CollaborativeKind, CollaborativeStatus } from "./collaborative-enums.js";
import { Collaborative } from "./collaborative.type.js";

export function toCollaborative(row: CollaborativeRow): Collaborative {
  return Object.assign(new Collaborative(), {
    id: row.id,
    name: row.name,
    kind: row.kind as CollaborativeKind,
    status: row.status as CollaborativeStatus,
    startDate: row.startDate,
    description: row.description,
    source: toCitation(row),
    icsId: row.icsId,
    leadPartnerId: row.leadPartnerId,
  });
}
