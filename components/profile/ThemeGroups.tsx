import type { ReactNode } from "react";
import { ClosedOnPhone } from "@/components/layout/ClosedOnPhone";
import styles from "./profile.module.css";

export type ThemeGroup = { id: string; title: string; verdict: string; body: ReactNode; after?: ReactNode };

/**
 * Indicator rows grouped by theme, each group a disclosure whose summary names the theme and sums it up ("4
 * indikatorer: 1 bättre än riket, 2 sämre"). Open on wide screens and without JavaScript; on a phone the groups start
 * closed (the inline script runs while the page is parsed, before the first paint; CloseOnPhone does the same after a
 * client-side navigation), so a long page becomes a short list of themes to open. Used by the region profile and
 * /jamfor.
 */
export function ThemeGroups({ groups, testId }: { groups: ThemeGroup[]; testId?: string }) {
  return (
    <ClosedOnPhone>
      {groups.map((g) => (
        <details key={g.id} open className={styles.group} data-testid={testId}>
          <summary className={styles.groupSummary}>
            <h3 id={g.id}>{g.title}</h3>
            <span className={styles.verdict}>{g.verdict}</span>
          </summary>
          {g.body}
          {g.after}
        </details>
      ))}
    </ClosedOnPhone>
  );
}
