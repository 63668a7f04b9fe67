import type { Caller } from "../common/caller.js";

/** Who the benchmark asks as, through every gateway and straight to a subgraph: an administrator. */
export const BENCH_CALLER: Caller = Object.freeze({
  subject: "bench",
  client: null,
  scopes: Object.freeze(["admin"]),
});
