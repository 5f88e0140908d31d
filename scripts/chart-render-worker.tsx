/**
 * Draws charts with the app's own recharts components (HorizontalBarChart, TimeSeriesChart) inside happy-dom, for the server
 * HTML: recharts 3 renders nothing on the server (its store is filled in effects, its layers are portals), but it
 * draws completely with react-dom/client in a simulated DOM. One source of truth: the live chart and its static copy
 * come from the same component and props.
 *
 * A long-lived child process of the Next server (lib/static-chart/render.ts starts it): one JSON request per line on
 * stdin, `{ id, kind, props, widths }`, one JSON answer per line on stdout, `{ id, html: string[] } | { id, error }`.
 * Run it alone with `--selftest` to print one drawn chart.
 */
import { Window } from "happy-dom";

const win = new Window({ url: "http://localhost/", width: 1280, height: 900 });
// recharts and react-dom read these globals when they are first imported: set before the dynamic imports below.
class NoResizeObserver { observe() {} unobserve() {} disconnect() {} }
Object.assign(globalThis, {
  window: win, document: win.document, navigator: win.navigator, HTMLElement: win.HTMLElement, SVGElement: win.SVGElement,
  Element: win.Element, Node: win.Node, getComputedStyle: win.getComputedStyle.bind(win), ResizeObserver: NoResizeObserver,
  requestAnimationFrame: (cb: FrameRequestCallback) => setTimeout(() => cb(performance.now()), 0), cancelAnimationFrame: clearTimeout,
});

type Kind = "bar" | "line";
type Request = { id: number; kind: Kind; props: Record<string, unknown>; widths: number[] };

async function main() {
  const React = await import("react");
  const { createRoot } = await import("react-dom/client");
  const { flushSync } = await import("react-dom");
  const { default: HorizontalBarChart } = await import("../components/charts/HorizontalBarChart");
  const { default: TimeSeriesChart } = await import("../components/charts/TimeSeriesChart");
  const { ChartWidthContext } = await import("../components/charts/chart-width");
  const { staticMarkup } = await import("../lib/static-chart/postprocess");

  async function draw(kind: Kind, props: Record<string, unknown>, width: number): Promise<string> {
    const data = props.data as unknown[];
    const host = win.document.createElement("div");
    host.setAttribute("style", `width:${width}px`);
    win.document.body.appendChild(host);
    const root = createRoot(host as unknown as Element);
    const Impl = (kind === "bar" ? HorizontalBarChart : TimeSeriesChart) as React.ComponentType<Record<string, unknown>>;
    flushSync(() => root.render(React.createElement(ChartWidthContext, { value: width }, React.createElement(Impl, props))));
    // recharts fills its store over several effect passes: wait until the markup stops changing (three quiet turns
    // of the event loop; a MutationObserver is far cheaper than comparing the markup each turn).
    let changed = true;
    const mo = new win.MutationObserver(() => (changed = true));
    mo.observe(host as never, { subtree: true, childList: true, attributes: true, characterData: true });
    for (let i = 0, quiet = 0; i < 200 && quiet < 3; i++) {
      changed = false;
      await new Promise((r) => setTimeout(r, 0));
      quiet = changed ? 0 : quiet + 1;
    }
    mo.disconnect();
    const wrapper = host.querySelector(".recharts-wrapper");
    if (!wrapper) throw new Error("recharts drew nothing");
    const html = staticMarkup(wrapper as unknown as Element, { width, axis: kind === "bar" ? "y" : "x", count: data.length });
    root.unmount();
    host.remove();
    return html;
  }

  if (process.argv.includes("--selftest")) {
    const props = {
      lang: "sv", ariaLabel: "Test", decimals: 0, series: [{ key: "v", label: "Antal" }],
      data: ["Stockholm", "Uppsala", "Jämtland Härjedalen"].map((label, i) => ({ label, values: { v: (i + 1) * 3 }, display: String((i + 1) * 3) })),
      reference: { label: "Riket", value: 4, display: "4" },
    };
    console.log(await draw("bar", props, 340));
    process.exit(0);
  }

  // One request at a time, in order: happy-dom and recharts share one document.
  let queue = Promise.resolve();
  let buffer = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (!line.trim()) continue;
      queue = queue.then(async () => {
        let req: Request | undefined;
        try {
          req = JSON.parse(line) as Request;
          const html: string[] = [];
          for (const w of req.widths) html.push(await draw(req.kind, req.props, w));
          process.stdout.write(JSON.stringify({ id: req.id, html }) + "\n");
        } catch (e) {
          process.stdout.write(JSON.stringify({ id: req?.id ?? -1, error: String(e instanceof Error ? e.message : e) }) + "\n");
        }
      });
    }
  });
  process.stdin.on("end", () => queue.then(() => process.exit(0)));
  process.stdout.write(JSON.stringify({ ready: true }) + "\n");
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + "\n");
  process.exit(1);
});
