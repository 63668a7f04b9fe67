/**
 * Hive Gateway's runtime with nothing of ours but the Rust planner's handler and request
 * signing (without which the subgraphs refuse the call): the floor under our gateway's cost, for
 * `npm run bench:floor`. Not a server to run: it checks no caller and limits nothing.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import { createGatewayRuntime, type GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { parse } from "graphql";
import { signRequest } from "../common/signing.js";
import { SUPERGRAPH_FILE } from "../gateway/create-gateway.js";
import { plannedHandler } from "../gateway/query-planner.js";
import { BENCH_CALLER } from "./caller.js";

const urls = JSON.parse(process.env.SUBGRAPH_URLS ?? "{}") as Record<string, string>;
const secret = process.env.SUBGRAPH_SECRET ?? "";
const subgraphs = new Map(
  Object.entries(urls).map(([name, url]) => [url, { audience: name, path: new URL(url).pathname }]),
);
const signing: GatewayPlugin = {
  onFetch({ url, options, setOptions }) {
    const subgraph = subgraphs.get(url);
    if (!subgraph) return;
    const body = typeof options.body === "string" ? options.body : "";
    const headers = Object.fromEntries(new Headers(options.headers as HeadersInit).entries());
    const signed = signRequest(secret, { method: "POST", ...subgraph, body }, BENCH_CALLER);
    setOptions({ ...options, headers: { ...headers, ...signed } });
  },
};
const runtime = createGatewayRuntime({
  supergraph: parse(readFileSync(SUPERGRAPH_FILE, "utf8")),
  unifiedGraphHandler: plannedHandler,
  transportEntries: Object.fromEntries(
    Object.entries(urls).map(([name, location]) => [name, { location }]),
  ),
  logging: false,
  landingPage: false,
  graphiql: false,
  plugins: () => [signing],
});
http
  .createServer(runtime)
  .listen(Number(process.env.PORT), "127.0.0.1", () => console.log("bare gateway is up"));
