import type { Transitions } from "../../kit/lifecycle.js";
import type { RoleStatus } from "./role-enums.js";

/** The moves a post may make: advertise, fill, vacate, and re-advertise or re-fill. */
export const ROLE_TRANSITIONS: Transitions<RoleStatus> = {
  PLANNED: ["ADVERTISED"],
  ADVERTISED: ["FILLED"],
  FILLED: ["VACANT"],
  VACANT: ["ADVERTISED", "FILLED"],
};
