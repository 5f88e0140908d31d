export const THEME_STORAGE_KEY = "regionlaget-fargschema";

/** Runs before first paint (inline in <head>) so a remembered colour scheme never flashes the wrong one. */
export const THEME_INIT_SCRIPT = `try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}`;
