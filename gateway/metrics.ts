import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import usePrometheus, {
  createCounter,
  createHistogram,
  type FillLabelsFnParams,
} from "@graphql-mesh/plugin-prometheus";
import type { Logger } from "@graphql-hive/logger";
import { Kind, parse } from "graphql";
import { collectDefaultMetrics, type Registry } from "prom-client";

/** The operation label of a document that is not registered, or of one past the cap. */
export const UNREGISTERED = "unregistered";

/** The most operation names that become label values, however many documents are registered. */
export const MAX_OPERATION_LABELS = 200;

const OPERATION_TYPES = new Set(["query", "mutation", "subscription"]);
const PHASES = new Set(["parse", "validate", "context", "execute", "subscribe"]);

/** The names of the operations in registered documents, at most MAX_OPERATION_LABELS. */
export function registeredOperationNames(documents: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const document of documents) {
    for (const definition of parse(document).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) {
        if (names.size < MAX_OPERATION_LABELS) names.add(definition.name.value);
      }
    }
  }
  return names;
}

/**
 * The gateway's Prometheus metrics, from Hive's own plugin: requests and their latency by
 * operation, every error by phase, and every subgraph call with its latency and errors by
 * subgraph. Every label value is one the server chose: an operation is named only when a
 * registered document names it (else `unregistered`), a type or phase only from GraphQL's own
 * short lists, and no error path or alias is a label, so no client can grow the number of
 * series. They are served apart from the public port (serve.ts), never on `/graphql`'s.
 */
export function gatewayMetrics(
  registry: Registry,
  log: Logger,
  operationNames: ReadonlySet<string>,
): GatewayPlugin {
  collectDefaultMetrics({ register: registry });
  const operation = (name: unknown) =>
    typeof name === "string" && operationNames.has(name) ? name : UNREGISTERED;
  const type = (value: unknown) =>
    typeof value === "string" && OPERATION_TYPES.has(value) ? value : "unknown";
  const byOperation = (params: FillLabelsFnParams) => ({
    operationName: operation(params.operationName),
    operationType: type(params.operationType),
  });
  // A subgraph call is labelled by the client's operation it serves, not by the name the
  // planner gave the call (which carries the client's).
  const bySubgraphCall = (
    { subgraphName }: { subgraphName: string },
    context: { params?: { operationName?: unknown } } | undefined,
  ) => ({ subgraphName, operationName: operation(context?.params?.operationName) });
  const operationLabels = ["operationName", "operationType"] as const;
  const subgraphLabels = ["subgraphName", "operationName"] as const;
  return usePrometheus({
    log,
    registry,
    endpoint: false,
    labels: { path: false, fieldName: false, typeName: false },
    metrics: {
      graphql_envelop_request: createCounter({
        registry,
        counter: {
          name: "graphql_envelop_request",
          help: "Requests by registered operation and type.",
          labelNames: [...operationLabels],
        },
        fillLabelsFn: byOperation,
      }),
      graphql_envelop_request_duration: createHistogram({
        registry,
        histogram: {
          name: "graphql_envelop_request_duration",
          help: "Time to answer a request, by registered operation and type.",
          labelNames: [...operationLabels],
        },
        fillLabelsFn: byOperation,
      }),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: {
          name: "graphql_envelop_error_result",
          help: "Errors in answers, by registered operation, type and the phase that failed.",
          labelNames: [...operationLabels, "phase"],
        },
        fillLabelsFn: (params) => ({
          ...byOperation(params),
          phase: PHASES.has(params.errorPhase ?? "") ? params.errorPhase! : "unknown",
        }),
      }),
      graphql_gateway_subgraph_execute_duration: createHistogram({
        registry,
        histogram: {
          name: "graphql_gateway_subgraph_execute_duration",
          help: "Time spent on subgraph calls, by subgraph and registered operation.",
          labelNames: [...subgraphLabels],
        },
        fillLabelsFn: bySubgraphCall,
      }),
      graphql_gateway_subgraph_execute_errors: createCounter({
        registry,
        counter: {
          name: "graphql_gateway_subgraph_execute_errors",
          help: "Errors from subgraph calls, by subgraph and registered operation.",
          labelNames: [...subgraphLabels],
        },
        fillLabelsFn: bySubgraphCall,
      }),
      // The plugin's defaults add the rest (a summary, per-phase histograms, a deprecated-field
      // count that walks every document): each costs every request, and nothing reads them.
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
