/** Where "my region" stands in a ranking, for the card descriptions: "Västerbotten: 3,3 % (rang 21 av 21, lägst)". */
import type { Indicator } from "../schema";
import type { Lang } from "../i18n";
import { standingSentence } from "../profile-text";
import type { Ranking } from "./indicators";
import { extremeOf } from "./profile";

export function myRegionStanding(ranking: Ranking, indicator: Pick<Indicator, "unit" | "decimals">, code: string | null | undefined, lang: Lang): string | null {
  if (!code) return null;
  const row = ranking.rows.find((r) => r.code === code);
  if (!row || row.value === null || row.rank === null) return null;
  return standingSentence(row.name, row.value, indicator.unit, indicator.decimals, row.rank, ranking.count, extremeOf(row.rank, ranking.count), lang);
}
