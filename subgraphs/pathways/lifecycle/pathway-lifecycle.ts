import type { Transitions } from "../../kit/lifecycle.js";
import type { PathwayStatus } from "../pathway/pathway-enums.js";

/** The moves a pathway may make. RETIRED, WITHDRAWN and REJECTED are final. */
export const PATHWAY_TRANSITIONS: Transitions<PathwayStatus> = {
  PROPOSED: ["AGREED", "WITHDRAWN", "REJECTED"],
  AGREED: ["LIVE"],
  LIVE: ["UNDER_REVIEW"],
  UNDER_REVIEW: ["LIVE", "RETIRED"],
  RETIRED: [],
  WITHDRAWN: [],
  REJECTED: [],
};
