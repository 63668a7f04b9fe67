import { pino, type Logger } from "pino";

/** Request ids a client may choose: short and plain, else the gateway makes one. */
export const REQUEST_ID_HEADER = "x-request-id";
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A request id header's value if it is plain enough to log and record, else null. */
export function saneRequestId(value: string | string[] | undefined | null): string | null {
  return typeof value === "string" && SANE_REQUEST_ID.test(value) ? value : null;
}

/**
 * One structured JSON logger per service (pino): every line carries the service's name, and
 * request lines their request id. Credentials and signatures are redacted wherever they appear;
 * no variables or answers are logged, so no special-category value can be. `LOG_LEVEL` sets the
 * level (default `info`; `silent` under the test runner unless set).
 */
export function createLogger(service: string, env: NodeJS.ProcessEnv = process.env): Logger {
  return pino(
    {
      base: { service },
      level: env.LOG_LEVEL ?? (env.VITEST ? "silent" : "info"),
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          "authorization",
          "*.authorization",
          '*["x-api-key"]',
          '*["x-pw-signature"]',
          '*["x-pw-caller"]',
          "*.headers",
          "variables",
          "*.variables",
        ],
        censor: "[redacted]",
      },
    },
    stdout(),
  );
}

let shared: ReturnType<typeof pino.destination> | undefined;
/**
 * Standard output, written asynchronously: a line per request written synchronously cost each
 * request a system call on the event loop. Under load, lines queue and go out together; pino
 * flushes what is left when the process exits. One destination per process, so two loggers'
 * lines never interleave.
 */
function stdout() {
  shared ??= pino.destination({ dest: 1, sync: false });
  return shared;
}

export type { Logger };
