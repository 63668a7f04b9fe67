import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import usePrometheus from "@graphql-mesh/plugin-prometheus";
import { collectDefaultMetrics, type Registry } from "prom-client";
import type { Logger } from "@graphql-hive/logger";

/**
 * The gateway's Prometheus metrics, from Hive's own plugin: requests and their latency by
 * operation, and every subgraph call with its latency and errors, labelled by subgraph. They are
 * served apart from the public port (serve.ts), never on `/graphql`'s.
 */
export function gatewayMetrics(registry: Registry, log: Logger): GatewayPlugin {
  collectDefaultMetrics({ register: registry });
  return usePrometheus({
    log,
    registry,
    endpoint: false,
    // The plugin's defaults add the rest (a summary, per-phase histograms, a deprecated-field
    // count that walks every document): each costs every request, and nothing reads them.
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: true,
      graphql_gateway_subgraph_execute_duration: true,
      graphql_gateway_subgraph_execute_errors: true,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_yoga_http_duration: false,
      // Each subgraph call is timed above, by subgraph; this would time it again, by URL.
      graphql_gateway_fetch_duration: false,
    },
  }) as GatewayPlugin;
}
