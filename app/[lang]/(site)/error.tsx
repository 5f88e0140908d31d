"use client";
import Link from "@/components/layout/Link";
import { usePathname } from "next/navigation";
import { href, langOfPath, translator } from "@/lib/i18n";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const lang = langOfPath(usePathname() ?? "/");
  const t = translator(lang);
  return (
    <>
      <h1>{t("Något gick fel", "Something went wrong")}</h1>
      <p className="lead">{t("Sidan kunde inte visas. Försök igen, eller gå till översikten.", "The page could not be shown. Try again, or go to the overview.")}</p>
      <p>
        <button type="button" className="btn" onClick={() => reset()}>{t("Försök igen", "Try again")}</button>{" "}
        <Link href={href(lang, "/")}>{t("Till översikten", "To the overview")}</Link>
      </p>
    </>
  );
}
