/**
 * Phone-first disclosure: on a narrow screen the open <details> inside `[data-close-on-phone]` start closed, except
 * one that holds the address's #target. Each container is handled once (data-closed-for-phone), so a group the reader
 * opened stays open. Self-contained (no outer names), because the server also sends it as an inline script.
 */
export function closeForPhone(query: string) {
  if (!window.matchMedia(query).matches) return;
  const id = location.hash ? decodeURIComponent(location.hash.slice(1)) : "";
  const target = id ? document.getElementById(id) : null;
  document.querySelectorAll("[data-close-on-phone]:not([data-closed-for-phone])").forEach(function (box) {
    box.setAttribute("data-closed-for-phone", "");
    box.querySelectorAll("details[open]").forEach(function (d) {
      if (!target || !d.contains(target)) d.removeAttribute("open");
    });
  });
}

/** Narrower than this, the groups start closed. */
export const PHONE_QUERY = "(max-width: 40rem)";

/** For the server HTML: runs where it stands, while the page is parsed, so nothing moves after the first paint. */
export const CLOSE_ON_PHONE_SCRIPT = `(${closeForPhone.toString()})(${JSON.stringify(PHONE_QUERY)})`;
