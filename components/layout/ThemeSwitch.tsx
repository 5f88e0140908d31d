"use client";
import { useEffect, useState } from "react";

import { THEME_STORAGE_KEY } from "@/lib/color-scheme";
import { translator, type Lang } from "@/lib/i18n";

type Choice = "system" | "light" | "dark";

/** Follows the system setting by default; a choice here is remembered in this browser. */
export function ThemeSwitch({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const [choice, setChoice] = useState<Choice>("system");
  useEffect(() => {
    const t = document.documentElement.getAttribute("data-theme");
    // Sync from the attribute the inline script set before hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (t === "light" || t === "dark") setChoice(t);
  }, []);
  const change = (c: Choice) => {
    setChoice(c);
    try {
      if (c === "system") localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, c);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    if (c === "system") document.documentElement.removeAttribute("data-theme");
    else document.documentElement.setAttribute("data-theme", c);
  };
  return (
    <div className="theme-switch needs-js">
      <label htmlFor="fargschema">{t("Färgschema", "Colour scheme")}</label>{" "}
      <select id="fargschema" value={choice} onChange={(e) => change(e.target.value as Choice)}>
        <option value="system">{t("Som systemet", "As the system")}</option>
        <option value="light">{t("Ljust", "Light")}</option>
        <option value="dark">{t("Mörkt", "Dark")}</option>
      </select>
    </div>
  );
}
