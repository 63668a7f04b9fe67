/**
 * GraphiQL, bundled and served by the gateway itself: it works with no internet. A bearer token
 * or an API key goes in the Headers tab, and is kept only in this page's memory: GraphiQL's
 * history and tabs save each run with its headers, so they are given a store in memory, never
 * localStorage, where a token would outlive the tab and any script on the origin could read it.
 */
import { createGraphiQLFetcher, type Storage } from "@graphiql/toolkit";
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

/** GraphiQL's store (tabs, history, settings) for as long as the page is open. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
    get length() {
      return items.size;
    },
  };
}

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
    storage={memoryStorage()}
    defaultEditorToolsVisibility="headers"
  />,
);
