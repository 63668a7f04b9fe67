import { heldOn, today } from "../../kit/dates.js";
import type { MembershipRow } from "../db/schema.js";

/** Memberships that hold on `asOf` (today by default), or all of them with `includeHistory`. */
export function membershipsHeld(
  rows: MembershipRow[],
  asOf: string | null | undefined,
  includeHistory: boolean | null | undefined,
): MembershipRow[] {
  if (includeHistory) return rows;
  const day = asOf ?? today();
  return rows.filter((row) => heldOn(row, day));
}
