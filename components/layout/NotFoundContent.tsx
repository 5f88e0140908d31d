"use client";
import { usePathname } from "next/navigation";
import { langOfPath, translator } from "@/lib/i18n";
import { NotFoundLinks } from "./NotFoundLinks";

/** The 404 page body, in the language of the address (not-found pages get no route parameters). */
export function NotFoundContent() {
  const lang = langOfPath(usePathname() ?? "/");
  const t = translator(lang);
  return (
    <>
      <h1>{t("Sidan finns inte", "Page not found")}</h1>
      <p className="lead">
        {t(
          "Vi hittar ingen sida på den adressen. Kanske är länken gammal eller felstavad.",
          "There is no page at this address. The link may be old or mistyped.",
        )}
      </p>
      <p>{t("Här kan du gå vidare:", "Where to go from here:")}</p>
      <NotFoundLinks lang={lang} />
    </>
  );
}
