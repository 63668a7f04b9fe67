import { toCitation } from "../../kit/citation.type.js";
import { ref } from "../../kit/entity-stub.js";
import type { CommitmentRow } from "../db/schema.js";
import { CareUnit } from "../federation/entities.js";
import type { CommitmentKind } from "./commitment-enums.js";
import { Commitment } from "./commitment.type.js";

export function toCommitment(row: CommitmentRow): Commitment {
  return Object.assign(new Commitment(), {
    id: row.id,
    kind: row.kind as CommitmentKind,
    objectiveCode: row.objectiveCode,
    text: row.text,
    due: row.due,
    dueBy: row.dueBy,
    careUnit: ref(CareUnit, row.careUnitId),
    // The commitment is the plan's words, so they are its citation's quote too.
    source: toCitation({ ...row, sourceQuote: row.text }),
  });
}
