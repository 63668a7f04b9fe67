/**
 * GraphiQL, bundled and served by the gateway itself: it works with no internet. A bearer token
 * or an API key goes in the Headers tab, and is kept only for this browser tab.
 */
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/graphiql.css";
import "./accessibility.css";
import { watchAccessibility } from "./accessibility.js";
import { createRoot } from "react-dom/client";

const DEFAULT_QUERY = `# Partnership Web, through the gateway.
#
# Public data needs no credentials. For more, open "Headers" below and send a bearer token
# or an API key:
#   { "Authorization": "Bearer <token>" }
#   { "X-API-Key": "<key>" }

{
  partner(odsCode: "R1L") {
    name
    keyFacts {
      label
      value
      unit
    }
  }
  pathwayCoverage {
    total
    bySector {
      sector
      count
    }
  }
}
`;

const fetcher = createGraphiQLFetcher({ url: new URL("/graphql", window.location.href).href });

const root = document.getElementById("graphiql")!;
watchAccessibility(root);
createRoot(root).render(
  <GraphiQL
    fetcher={fetcher}
    defaultQuery={DEFAULT_QUERY}
    defaultHeaders="{}"
    isHeadersEditorEnabled
    shouldPersistHeaders={false}
    defaultEditorToolsVisibility="headers"
  />,
);
