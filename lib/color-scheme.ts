/** The colour scheme (light/dark): the key it is remembered under, and the head script that applies it before first paint. */
export const THEME_STORAGE_KEY = "regionlaget-fargschema";

/**
 * Set on <html> by the inline head script, so only when JavaScript runs. Controls that need JavaScript carry the class
 * `needs-js` and are hidden without it (globals.css): no dead buttons, no empty chart frames.
 */
export const JS_FLAG_ATTR = "data-js";

/**
 * Runs before first paint (inline in <head>) so a remembered colour scheme never flashes the wrong one, and so the
 * JavaScript-only controls are there from the first paint.
 */
export const THEME_INIT_SCRIPT = `document.documentElement.setAttribute("${JS_FLAG_ATTR}","");try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}`;
