/**
 * @apollo/gateway over the committed supergraph, for comparison in the benchmark only (a dev
 * dependency; Partnership Web itself serves Hive Gateway's runtime).
 */
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { readFileSync } from "node:fs";
import { SUPERGRAPH_FILE } from "../gateway/create-gateway.js";
import { signPost } from "../common/signing.js";
import { BENCH_CALLER } from "./caller.js";

const urls = JSON.parse(process.env.SUBGRAPH_URLS ?? "{}") as Record<string, string>;
const secret = process.env.SUBGRAPH_SECRET ?? "";

/**
 * Our subgraphs answer only signed requests, so this gateway signs them as ours does, for the
 * same administrator our gateway is driven as.
 */
const signedFetch =
  (audience: string): typeof fetch =>
  (input, init) =>
    fetch(input, {
      ...init,
      headers: {
        ...Object.fromEntries(new Headers(init?.headers).entries()),
        ...signPost(
          secret,
          audience,
          typeof init?.body === "string" ? init.body : "",
          BENCH_CALLER,
        ),
      },
    });

/**
 * @apollo/gateway refuses a supergraph that uses @requiresScopes, so the comparison serves it
 * without them (it measures the gateways, not authorisation), and our gateway is driven as an
 * administrator, who passes every check.
 */
function withoutAuthorisation(supergraph: string): string {
  return supergraph
    .replace(' @link(url: "https://specs.apollo.dev/requiresScopes/v0.1", for: SECURITY)', "")
    .replace(/^directive @requiresScopes.*\n/m, "")
    .replace(/^scalar requiresScopes__Scope\n/m, "")
    .replace(/ @requiresScopes\(scopes: \[[^\n]*?\]\]\)/g, "");
}

const gateway = new ApolloGateway({
  supergraphSdl: withoutAuthorisation(readFileSync(SUPERGRAPH_FILE, "utf8")),
  buildService: ({ name, url }) =>
    new RemoteGraphQLDataSource({
      url: urls[name] ?? url,
      fetcher: signedFetch(name) as never,
    }),
});
const server = new ApolloServer({ gateway });
await startStandaloneServer(server, {
  listen: { port: Number(process.env.APOLLO_GATEWAY_PORT), host: "127.0.0.1" },
});
console.log("apollo gateway up");
process.on("SIGTERM", () => void server.stop().then(() => process.exit(0)));
