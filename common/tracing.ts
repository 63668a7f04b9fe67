import { context, propagation, trace } from "@opentelemetry/api";
import type { ExportResult } from "@opentelemetry/core";
import type { ReadableSpan, SpanExporter } from "@opentelemetry/sdk-trace-base";
import { Kind, parse, print, visit, type VariableNode } from "graphql";

export interface Tracing {
  /** Sends what is buffered and stops tracing. */
  stop(): Promise<void>;
}

/** Whether this environment asks for traces (the OpenTelemetry SDK's own variables). */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * Registers OpenTelemetry for one service: W3C trace context in and out, spans parented across
 * awaits, and every span exported through `redacting`. Spans go to `exporter` when given (the
 * tests' in-memory one), else by OTLP/HTTP to `OTEL_EXPORTER_OTLP_ENDPOINT`; with neither, nothing
 * is registered (nor even loaded) and the OpenTelemetry API stays a no-op.
 */
export async function startTracing(
  service: string,
  exporter?: SpanExporter,
): Promise<Tracing | null> {
  if (!exporter && !tracingRequested()) return null;
  const [
    { AsyncLocalStorageContextManager },
    { W3CTraceContextPropagator },
    { OTLPTraceExporter },
    { resourceFromAttributes },
    { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor },
  ] = await Promise.all([
    import("@opentelemetry/context-async-hooks"),
    import("@opentelemetry/core"),
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/sdk-trace-base"),
  ]);
  const redacted = new RedactingExporter(exporter ?? new OTLPTraceExporter());
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ "service.name": service }),
    // An in-memory exporter sees each span as it ends; OTLP is batched.
    spanProcessors: [
      exporter ? new SimpleSpanProcessor(redacted) : new BatchSpanProcessor(redacted),
    ],
  });
  const contextManager = new AsyncLocalStorageContextManager().enable();
  trace.setGlobalTracerProvider(provider);
  context.setGlobalContextManager(contextManager);
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  return {
    async stop() {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/**
 * Spans leave the process without any value a caller sent: documents keep their shape with
 * every literal replaced by `$redacted` (an inline `holderHasLdOrAutism: true` included), URLs
 * lose their query string (a GET's variables), and exceptions and statuses keep their type but
 * not their message (graphql-js echoes invalid variable values there).
 */
class RedactingExporter implements SpanExporter {
  constructor(private readonly inner: SpanExporter) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    this.inner.export(spans.map(redact), done);
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}

const DOCUMENT = "graphql.document";
const URLS = ["http.url", "url.full"];
const EXCEPTION_KEPT = new Set(["exception.type"]);

function redact(span: ReadableSpan): ReadableSpan {
  const attributes = { ...span.attributes };
  const document = attributes[DOCUMENT];
  if (typeof document === "string") attributes[DOCUMENT] = withoutLiterals(document);
  for (const key of URLS) {
    const url = attributes[key];
    if (typeof url === "string") attributes[key] = url.split("?")[0];
  }
  return {
    name: span.name,
    kind: span.kind,
    spanContext: () => span.spanContext(),
    parentSpanContext: span.parentSpanContext,
    startTime: span.startTime,
    endTime: span.endTime,
    status: { code: span.status.code },
    attributes,
    links: span.links,
    events: span.events.map((event) =>
      event.name === "exception"
        ? {
            ...event,
            attributes: Object.fromEntries(
              Object.entries(event.attributes ?? {}).filter(([key]) => EXCEPTION_KEPT.has(key)),
            ),
          }
        : event,
    ),
    duration: span.duration,
    ended: span.ended,
    resource: span.resource,
    instrumentationScope: span.instrumentationScope,
    droppedAttributesCount: span.droppedAttributesCount,
    droppedEventsCount: span.droppedEventsCount,
    droppedLinksCount: span.droppedLinksCount,
  };
}

const REDACTED: VariableNode = {
  kind: Kind.VARIABLE,
  name: { kind: Kind.NAME, value: "redacted" },
};
const hide = () => REDACTED;

/** The document as sent, every operation kept, with no scalar literal left in it. */
function withoutLiterals(document: string): string {
  try {
    return print(
      visit(parse(document), {
        IntValue: hide,
        FloatValue: hide,
        StringValue: hide,
        BooleanValue: hide,
      }),
    );
  } catch {
    return "<unparsable document>";
  }
}
