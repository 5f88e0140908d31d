import { describe, expect, it } from "vitest";
import { EARLY_CHANGES_KEY, EARLY_CHANGES_SCRIPT, takeEarlyChanges } from "./early-changes";

type Handler = (e: { target: unknown }) => void;

/** Runs the inline script against a minimal window/document and returns a way to fire events. */
function boot() {
  const win: Record<string, unknown> = {};
  const handlers: Handler[] = [];
  const doc = { addEventListener: (_type: string, h: Handler) => handlers.push(h) };
  new Function("window", "document", EARLY_CHANGES_SCRIPT)(win, doc);
  const fire = (id: string, value: string, inMarkedForm = true) => {
    const target = { id, value, closest: (sel: string) => (inMarkedForm && sel === "form[data-early-changes]" ? {} : null) };
    for (const h of handlers) h({ target });
  };
  return { win, fire, handlers };
}

describe("early filter changes", () => {
  it("records the last value per control in a marked form, until taken", () => {
    const { win, fire, handlers } = boot();
    expect(handlers).toHaveLength(2); // change and input
    fire("f-region", "09");
    fire("f-region", "25");
    fire("f-q", "bredband");
    fire("other", "x", false); // a control outside the table's form
    expect(takeEarlyChanges(win)).toEqual({ "f-region": "25", "f-q": "bredband" });
    // Taken: nothing more is recorded, and a second take finds nothing.
    fire("f-typ", "insats");
    expect(win[EARLY_CHANGES_KEY]).toBeNull();
    expect(takeEarlyChanges(win)).toBeNull();
  });

  it("gives null when the reader changed nothing, and installs itself once", () => {
    const { win } = boot();
    expect(takeEarlyChanges(win)).toBeNull();
    const handlers: Handler[] = [];
    new Function("window", "document", EARLY_CHANGES_SCRIPT)(win, { addEventListener: (_t: string, h: Handler) => handlers.push(h) });
    expect(handlers).toHaveLength(0);
  });
});
