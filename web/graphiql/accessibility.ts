/**
 * What GraphiQL's own markup lacks for WCAG AA, added around it: a name for each editor's input
 * (CodeMirror's hidden textareas), and keyboard reach into each scrollable editor. The colours
 * are darkened in accessibility.css.
 */
const NAMES: [selector: string, name: string][] = [
  [".graphiql-query-editor textarea", "Query editor"],
  [".graphiql-editor-tool .graphiql-editor:nth-child(1) textarea", "Variables editor"],
  [".graphiql-editor-tool .graphiql-editor:nth-child(2) textarea", "Headers editor"],
  [".result-window textarea, .graphiql-response textarea", "Response"],
];

function label(): void {
  for (const [selector, name] of NAMES) {
    for (const el of document.querySelectorAll(selector)) {
      if (!el.getAttribute("aria-label")) el.setAttribute("aria-label", name);
    }
  }
  // CodeMirror keeps its scroller out of the tab order (tabindex -1): a keyboard user needs it.
  for (const el of document.querySelectorAll(".CodeMirror-scroll")) {
    if (el.getAttribute("tabindex") !== "0") el.setAttribute("tabindex", "0");
  }
}

export function watchAccessibility(root: HTMLElement): void {
  new MutationObserver(label).observe(root, { subtree: true, childList: true });
  label();
}
