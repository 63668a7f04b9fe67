/**
 * The development landing page: Apollo Sandbox, embedded and pointed at this gateway's GraphQL
 * endpoint, so a developer can explore the whole supergraph in the browser.
 */
export function sandboxPage(endpoint: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Partnership Web: Apollo Sandbox</title>
  <style>html, body, #sandbox { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="sandbox"></div>
  <script src="https://embeddable-sandbox.cdn.apollographql.com/_latest/embeddable-sandbox.umd.production.min.js"></script>
  <script>
    new window.EmbeddedSandbox({
      target: "#sandbox",
      initialEndpoint: new URL(${JSON.stringify(endpoint)}, window.location.href).href,
      includeCookies: false,
    });
  </script>
</body>
</html>`;
}
