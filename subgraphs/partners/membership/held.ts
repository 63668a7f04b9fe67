import type DataLoader from "dataloader";
import { heldOn, today } from "../../kit/dates.js";
import type { MembershipRow } from "../db/schema.js";
import { toMembership } from "./membership.mapper.js";
import type { Membership } from "./membership.type.js";

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

/** The memberships of one group (ICS, place or collaborative), as the API shows them. */
export async function membersOf(
  loader: DataLoader<string, MembershipRow[]>,
  groupId: string,
  asOf: string | null,
  includeHistory: boolean | null,
): Promise<Membership[]> {
  return membershipsHeld(await loader.load(groupId), asOf, includeHistory).map(toMembership);
}
