/**
 * Hive Gateway's runtime with nothing of ours but the Rust planner's handler and request
 * signing (without which the subgraphs refuse the call): the floor under our gateway's cost, for
 * `npm run bench:floor`. Not a server to run: it checks no caller and limits nothing.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { parse } from "graphql";
import { signSubgraphRequests, SUPERGRAPH_FILE } from "../gateway/create-gateway.js";
import { plannedHandler } from "../gateway/query-planner.js";
import { BENCH_CALLER } from "./caller.js";

const urls = JSON.parse(process.env.SUBGRAPH_URLS ?? "{}") as Record<string, string>;
// Our own signing plugin, signing as the bench's caller: this runtime authenticates no one.
const signing = signSubgraphRequests(process.env.SUBGRAPH_SECRET ?? "", urls, () => BENCH_CALLER);
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
