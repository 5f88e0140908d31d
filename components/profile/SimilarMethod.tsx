/** /om: how the region profile reads an indicator's direction, and how similar regions and learning partners are found. */
import { getDataset } from "@/lib/data";
import { STRUCTURAL } from "@/lib/derive/similar";
import { translator, LOCALE, type Lang } from "@/lib/i18n";
import { indicatorText } from "@/lib/indicator-text";

export function SimilarMethod({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const d = getDataset();
  const list = (xs: string[]) => new Intl.ListFormat(LOCALE[lang], { style: "long", type: "conjunction" }).format(xs);
  const structural = STRUCTURAL.filter((s) => d.indicators.some((i) => i.id === s.id));
  const named = (dir: "hogre-battre" | "lagre-battre") =>
    d.indicators.filter((i) => !i.fragment && i.direction === dir).length;
  const neutral = d.indicators.filter((i) => !i.fragment && i.direction === "neutral").map((i) => indicatorText(i, lang).short);
  return (
    <>
      <h2 id="profil-metod">{t("Regionprofilen: bättre eller sämre än riket", "The region profile: better or worse than Sweden")}</h2>
      <p>
        {t(
          `Varje indikator har en riktning: högre är bättre (${named("hogre-battre")} indikatorer), lägre är bättre (${named("lagre-battre")}) eller neutral (${neutral.length}), där ett högt eller lågt värde inte i sig är bättre: ${list(neutral)}. Profilen färgar en region som bättre eller sämre än riket bara när riktningen är känd och riket har en uppgift. Ett värde för riket utanför länens spann är en summa för hela landet (till exempel folkmängd) och jämförs inte. Rang 1 är alltid det högsta värdet; "lägst" på arbetslöshet är alltså bra.`,
          `Every indicator has a direction: higher is better (${named("hogre-battre")} indicators), lower is better (${named("lagre-battre")}) or neutral (${neutral.length}), where a high or low value is not better in itself: ${list(neutral)}. The profile marks a region as better or worse than Sweden only when the direction is known and Sweden has a value. A value for Sweden outside the counties' range is a national total (for example the population) and is not compared. Rank 1 is always the highest value, so "lowest" on unemployment is good.`,
        )}
      </p>
      <h2 id="liknande-regioner">{t("Liknande regioner och vem man kan lära av", "Similar regions and who to learn from")}</h2>
      <ul>
        <li>
          {t("Regionerna jämförs på ", "Regions are compared on ")}
          {list(structural.map((s) => (lang === "en" ? s.en : s.sv) ?? s.id))}
          {t(
            ": förutsättningar som storlek, yta, ekonomi och utbildning, inte resultat. Vi tar varje regions senaste värde. Folkmängd och landareal tas som logaritmer, eftersom de skiljer sig många gånger om mellan länen.",
            ": conditions such as size, area, economy and education, not results. We take each region's latest value. Population and land area are taken as logarithms, since they differ many times over between counties.",
          )}
        </li>
        <li>
          {t(
            "Varje indikator standardiseras till z-värden: (värde − medelvärdet för länen) / standardavvikelsen. Då väger alla indikatorer lika.",
            "Each indicator is standardised to z-scores: (value − the counties' mean) / the standard deviation, so that every indicator weighs the same.",
          )}
        </li>
        <li>
          {t(
            "Avståndet mellan två regioner är det euklidiska avståndet mellan deras z-värden (roten ur summan av kvadrerade skillnader). De fem regioner med kortast avstånd visas som liknande. En region som saknar någon av uppgifterna räknas inte med.",
            "The distance between two regions is the Euclidean distance between their z-scores (the square root of the sum of squared differences). The five regions with the shortest distance are shown as similar. A region missing one of the values is left out.",
          )}
        </li>
        <li>
          {t(
            "Vem man kan lära av: för varje indikator med känd riktning där regionen hör till den svagaste fjärdedelen av länen visar vi regioner som ligger bättre och har poster inom indikatorns tema, liknande regioner först. Posterna är ett urval; att en region ligger bättre betyder inte att just de insatserna är orsaken.",
            "Who to learn from: for every indicator with a known direction where the region is in the weakest quarter of the counties, we show regions that do better and have records in the indicator's theme, similar regions first. The records are a selection; a region doing better does not mean that those activities are the cause.",
          )}
        </li>
      </ul>
    </>
  );
}
