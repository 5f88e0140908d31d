/**
 * Filter changes made before the records table is live.
 *
 * On a slow phone the page is readable, and its filters usable, well before React has loaded. React then takes over
 * the form and puts every control back to the view it rendered: a filter the reader chose in that time would be
 * silently undone. EARLY_CHANGES_SCRIPT runs first thing in <head> and records, per control id, the last value the
 * reader set in any form marked `data-early-changes`, until the table takes the record (takeEarlyChanges) and applies
 * it. No React, no dependencies: the global is the only state, and it is null once taken, so nothing is recorded
 * after the table is live.
 */
export const EARLY_CHANGES_KEY = "__regionlagetEarly";

export const EARLY_CHANGES_SCRIPT = `(function(){var w=window;if(w.${EARLY_CHANGES_KEY}!==undefined)return;w.${EARLY_CHANGES_KEY}={};var r=function(e){var t=e.target,p=w.${EARLY_CHANGES_KEY};if(p&&t&&t.id&&t.closest&&t.closest("form[data-early-changes]"))p[t.id]=t.value;};document.addEventListener("change",r,true);document.addEventListener("input",r,true);})();`;

type EarlyWindow = { [EARLY_CHANGES_KEY]?: Record<string, string> | null };

/** The recorded values by control id (null when there are none), and stops the recording. */
export function takeEarlyChanges(win: EarlyWindow = globalThis as EarlyWindow): Record<string, string> | null {
  const early = win[EARLY_CHANGES_KEY];
  win[EARLY_CHANGES_KEY] = null;
  return early && Object.keys(early).length ? early : null;
}
