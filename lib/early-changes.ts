/**
 * Filter changes made before the records table is live, recorded by EARLY_CHANGES_SCRIPT in <head> and taken once by
 * the table (takeEarlyChanges). Why and how: README, "Why some code looks the way it does".
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
