import { translator, type Lang } from "@/lib/i18n";

/** Under every embed: where it comes from, and the full view in Regionläget. */
export function EmbedFooter({ href, lang }: { href: string; lang: Lang }) {
  const t = translator(lang);
  return (
    <p className="embed-footer small">
      {t("Från", "From")} <strong>Regionläget</strong> ·{" "}
      <a href={href} target="_blank" rel="noopener">
        {t("Öppna i Regionläget", "Open in Regionläget")}<span className="visually-hidden"> {t("(öppnas i ny flik)", "(opens in a new tab)")}</span>
      </a>
    </p>
  );
}
