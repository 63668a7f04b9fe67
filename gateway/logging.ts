import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { Logger as HiveLogger, type LogLevel } from "@graphql-hive/logger";
import { PinoLogWriter } from "@graphql-hive/logger/writers/pino";
import { REQUEST_ID_HEADER, type Logger } from "../common/logger.js";

/** Hive's runtime logs through the gateway's pino logger, at the same level. */
export function hiveLogger(log: Logger): HiveLogger {
  const level = log.level === "silent" ? false : (log.level as LogLevel);
  return new HiveLogger({ level, writers: [new PinoLogWriter(log)] });
}

/**
 * One line per request: its id (Hive's requestId plugin takes a sane one from the client or
 * makes one, and passes it on every subgraph call), path, status and time. Never its body.
 */
export function logRequests(log: Logger): GatewayPlugin {
  const started = new WeakMap<Request, number>();
  return {
    onRequest({ request }) {
      started.set(request, performance.now());
    },
    onResponse({ request, response }) {
      const at = started.get(request);
      log.info(
        {
          requestId: response.headers.get(REQUEST_ID_HEADER),
          method: request.method,
          path: new URL(request.url).pathname,
          status: response.status,
          durationMs: at === undefined ? null : Math.round(performance.now() - at),
        },
        "request",
      );
    },
  };
}
