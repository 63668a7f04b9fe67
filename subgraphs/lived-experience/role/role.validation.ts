import type { InputProblems } from "../../kit/errors.js";
import { slugId } from "../../kit/validate.js";
import type { CreateRoleInput } from "./role.inputs.js";
import type { RoleKind } from "./role-enums.js";

export const LIMITS = { title: 200, wardOrTeam: 100, person: 200, reason: 1000, maxHours: 48 };

/** Sessional posts are paid per session (or not at all), never on a pay band. */
const SESSIONAL_KINDS: RoleKind[] = ["LIVED_EXPERIENCE_AMBASSADOR", "EXPERT_BY_EXPERIENCE"];

/** Where a post sits and who hosts it must agree with its level and arrangement. */
export function checkPlacement(problems: InputProblems, input: CreateRoleInput): void {
  const careUnit = input.careUnitId ?? null;
  const ward = input.wardOrTeam?.trim() || null;
  if (careUnit) slugId(problems, "input.careUnitId", careUnit);
  if (["WARD", "SERVICE", "CARE_UNIT"].includes(input.level) && !careUnit) {
    problems.add("input.careUnitId", `a ${input.level} post needs its care unit`);
  }
  if (input.level === "WARD" && !ward)
    problems.add("input.wardOrTeam", "a WARD post needs its ward");
  if (input.level === "TRUST_BOARD" && (careUnit || ward)) {
    problems.add("input.careUnitId", "a TRUST_BOARD post sits above the care units");
  }
  if (ward && ward.length > LIMITS.wardOrTeam) {
    problems.add("input.wardOrTeam", `must be at most ${LIMITS.wardOrTeam} characters`);
  }
  const arrangement = input.arrangement ?? "EPUT_POST";
  const host = input.hostPartnerId ?? null;
  if (arrangement === "EPUT_POST" && host) {
    problems.add("input.hostPartnerId", "an EPUT_POST has no host partner; use JOINT_POST");
  }
  if (arrangement !== "EPUT_POST" && !host) {
    problems.add("input.hostPartnerId", `a ${arrangement} needs the partner that hosts it`);
  }
  if (host) slugId(problems, "input.hostPartnerId", host);
  if (input.band && SESSIONAL_KINDS.includes(input.kind)) {
    problems.add("input.band", `a ${input.kind} post is sessional and has no pay band`);
  }
  const hours = input.hoursPerWeek ?? null;
  if (hours !== null && !(hours > 0 && hours <= LIMITS.maxHours)) {
    problems.add("input.hoursPerWeek", `must be more than 0 and at most ${LIMITS.maxHours}`);
  }
}
