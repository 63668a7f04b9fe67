import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { type DocumentNode, GraphQLError } from "graphql";
import { estimatedCost } from "./limits.js";

export interface ExpensiveWorkOptions {
  /** Operations estimated above this cost count as expensive. */
  costAbove: number;
  /** How many expensive operations run at once; the rest wait their turn. */
  concurrent: number;
  /** How many may wait; more are refused at once. */
  queue: number;
  /** How long one may wait before it is refused. */
  waitMs: number;
}

/**
 * The benchmark's operations are estimated at up to about 40,000 and the README's at up to
 * 380,000: ordinary work runs freely, and only documents near the cost limit queue.
 */
export const EXPENSIVE_WORK: ExpensiveWorkOptions = {
  costAbove: 100_000,
  concurrent: 2,
  queue: 32,
  waitMs: 10_000,
};

function busy(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "SERVER_BUSY", http: { status: 503, headers: { "retry-after": "5" } } },
  });
}

/**
 * Bounds concurrent expensive work: only `concurrent` operations estimated above `costAbove`
 * execute at once, so a flood of large (but allowed) documents queues behind them while cheap
 * requests are served as usual. Past the queue or the wait, a request gets 503 SERVER_BUSY.
 */
export function boundExpensiveWork(options: ExpensiveWorkOptions = EXPENSIVE_WORK): GatewayPlugin {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  const acquire = (): Promise<void> | GraphQLError => {
    if (running < options.concurrent) {
      running++;
      return Promise.resolve();
    }
    if (waiting.length >= options.queue)
      return busy("The gateway is busy with large requests; try again shortly.");
    return new Promise<void>((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(turn), 1);
        reject(busy("The gateway is busy with large requests; try again shortly."));
      }, options.waitMs);
      waiting.push(turn);
    });
  };
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      if (estimatedCost(args.document as DocumentNode, args.schema) <= options.costAbove) return;
      const slot = acquire();
      if (slot instanceof GraphQLError) {
        setResultAndStopExecution({ errors: [slot] });
        return;
      }
      try {
        await slot;
      } catch (error) {
        setResultAndStopExecution({ errors: [error as GraphQLError] });
        return;
      }
      return { onExecuteDone: release };
    },
  };
}
