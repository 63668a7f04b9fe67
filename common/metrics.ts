import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Registry } from "prom-client";

export interface MetricsServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves a registry's metrics as Prometheus text on `GET /metrics`, on a port of its own (bound
 * to `host`, loopback by default), so metrics are never on the public port.
 */
export async function serveMetrics(
  registry: Registry,
  port: number,
  host = "127.0.0.1",
): Promise<MetricsServer> {
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" || (req.url ?? "").split("?")[0] !== "/metrics") {
      res.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (text) => {
        res.writeHead(200, { "content-type": registry.contentType });
        res.end(text);
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/metrics`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
