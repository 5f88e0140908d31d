/**
 * How a drawn chart's SVG reaches the server HTML without travelling in the page's RSC payload too.
 *
 * A server component's markup is written twice into a page: once as HTML, once in the RSC payload that React hydrates
 * from. For the static charts that doubled the largest part of a theme page (about 300 KB of SVG). So the SVG is
 * handed to StaticChart, a client component, only while it is rendered to HTML on the server: render.ts provides a
 * lookup by chart key here, in the process that renders both the RSC payload and the HTML. The payload carries the key
 * alone; hydration keeps the SVG already in the page (React does not compare or rewrite dangerouslySetInnerHTML when it
 * hydrates), and the browser never needs the markup as data.
 *
 * In the browser (a client-side navigation renders the page from the payload alone) there is no SVG: IntentChart then
 * loads the live chart at once.
 */
const SLOT = Symbol.for("regionlaget.static-chart-html");
type Lookup = (key: string) => string[] | undefined;
type Holder = { [SLOT]?: Lookup };

/** Server only (lib/static-chart/render.ts): how to find a drawn chart's SVG copies by key. */
export function provideStaticHtml(lookup: Lookup): void {
  (globalThis as Holder)[SLOT] = lookup;
}

/** The chart's SVG copies while rendering HTML on the server; undefined in the browser or when not drawn. */
export function staticHtmlOnServer(key: string): string[] | undefined {
  if (typeof window !== "undefined") return undefined;
  return (globalThis as Holder)[SLOT]?.(key);
}
