/**
 * The development landing page: Apollo Sandbox, embedded and pointed at this gateway's GraphQL
 * endpoint, so a developer can explore the whole supergraph in the browser. Sandbox comes from
 * Apollo's CDN: offline, or when the CDN is blocked, the page says so plainly and links to the
 * explorer this gateway serves itself (/graphiql).
 */
export function sandboxPage(endpoint: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Partnership Web: Apollo Sandbox</title>
  <style>
    html, body, #sandbox { height: 100%; margin: 0; }
    #offline { font: 1.1rem/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #1b1b1b; }
    #offline a { color: #0050a0; }
  </style>
</head>
<body>
  <main id="offline" hidden>
    <h1>Apollo Sandbox could not load</h1>
    <p>Sandbox comes from Apollo's servers, which this browser cannot reach (no internet, or blocked).</p>
    <p>Use the <a href="/graphiql">offline GraphQL explorer</a>, served by this gateway, or the
      <a href="/dashboard">dashboard</a>. GraphQL itself is at <code>/graphql</code>.</p>
  </main>
  <div id="sandbox"></div>
  <script>
    function offline() {
      document.getElementById("sandbox").hidden = true;
      document.getElementById("offline").hidden = false;
    }
  </script>
  <script src="https://embeddable-sandbox.cdn.apollographql.com/_latest/embeddable-sandbox.umd.production.min.js" onerror="offline()"></script>
  <script>
    if (typeof window.EmbeddedSandbox !== "function") {
      offline();
    } else {
      new window.EmbeddedSandbox({
        target: "#sandbox",
        initialEndpoint: new URL(${JSON.stringify(endpoint)}, window.location.href).href,
        includeCookies: false,
      });
    }
  </script>
</body>
</html>`;
}
