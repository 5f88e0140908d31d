"use client";
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import { href, translator, type Lang } from "@/lib/i18n";
import type { WireIndex } from "@/lib/search/search-index";
import styles from "./header-search.module.css";

type Engine = typeof import("@/lib/search/client");
type Loaded = { engine: Engine; index: ReturnType<Engine["indexFromWire"]> };
type Option = { id: string; href: string; name: string; context: string; sv: boolean };
type Group = { label: string; total: number; options: Option[] };

const PER_KIND = 4;
let loading: Promise<Loaded> | null = null;

/** The compact index and the ranking code, fetched once per page load, on the first focus of the box. */
function load(): Promise<Loaded> {
  loading ??= Promise.all([
    import("@/lib/search/client"),
    fetch("/api/sokindex").then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<WireIndex>;
    }),
  ]).then(([engine, wire]) => {
    const index = engine.indexFromWire(wire);
    engine.invertedOf(index);
    return { engine, index };
  })
    .catch((e) => {
      loading = null;
      throw e;
    });
  return loading;
}

/**
 * The header's search box: a combobox with a list of suggestions (WAI-ARIA APG "combobox with listbox popup").
 * Down/Up move through the suggestions (Down opens the list), Enter opens the chosen one, or all results on /sok
 * when none is chosen; Escape closes the list, and clears the box when it is closed. Focus stays in the box
 * (aria-activedescendant). Without JavaScript it is a plain GET form to /sok.
 */
export function HeaderSearch({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const sokHref = (q: string) => href(lang, `/sok?q=${encodeURIComponent(q)}`);

  const warm = useCallback(() => {
    load().then(setLoaded, () => setFailed(true));
  }, []);

  const groups: Group[] = useMemo(() => {
    if (!loaded || !query.trim()) return [];
    const { engine, index } = loaded;
    const names = engine.namesFrom(index, lang);
    return engine.groupHits(engine.search(index, query), PER_KIND).map((g) => ({
      label: engine.kindHeading(g.kind, lang),
      total: g.total,
      options: g.hits.map(({ item }) => ({
        id: `${g.kind}-${item.id}`, href: engine.hitHref(item, lang), name: engine.hitName(item, lang),
        context: engine.hitContext(item, lang, names), sv: engine.nameIsSwedish(item, lang),
      })),
    }));
  }, [loaded, query, lang]);

  const total = groups.reduce((n, g) => n + g.total, 0);
  const q = query.trim();
  const all: Option | null = q ? { id: "alla", href: sokHref(q), name: t(`Alla träffar för ”${q}”`, `All results for “${q}”`), context: "", sv: false } : null;
  const flat = [...groups.flatMap((g) => g.options), ...(all ? [all] : [])];
  const shown = open && q !== "" && (loaded !== null || failed);
  const optionId = (o: Option) => `hs-${o.id}`;

  const go = (o: Option) => {
    setOpen(false);
    setActive(-1);
    router.push(o.href);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = flat.length;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!q || n === 0) return;
      if (!open || e.altKey) {
        setOpen(true);
        if (!e.altKey) setActive(e.key === "ArrowDown" ? 0 : n - 1);
        return;
      }
      setActive((i) => (e.key === "ArrowDown" ? (i + 1) % n : i <= 0 ? n - 1 : i - 1));
    } else if (e.key === "Enter") {
      if (shown && active >= 0 && flat[active]) {
        e.preventDefault();
        go(flat[active]);
      }
      // Otherwise the form submits: all results on /sok.
    } else if (e.key === "Escape") {
      if (shown) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query) {
        e.preventDefault();
        setQuery("");
      }
    } else if (e.key === "Home" || e.key === "End") {
      setActive(-1);
    }
  };

  const status = !q || !shown
    ? ""
    : failed && !loaded
      ? t("Förslagen kunde inte hämtas. Tryck Enter för att söka.", "Suggestions could not be loaded. Press Enter to search.")
      : total === 0
        ? t("Inga träffar.", "No results.")
        : t(`${total} ${total === 1 ? "träff" : "träffar"}. Pil ned för att välja.`, `${total} ${total === 1 ? "result" : "results"}. Arrow down to choose.`);

  const firstIndex = groups.map((_, gi) => groups.slice(0, gi).reduce((n, g) => n + g.options.length, 0));
  return (
    <form action={href(lang, "/sok")} method="get" role="search" aria-label={t("Sök på webbplatsen", "Search the site")} className={styles.form}
      onSubmit={(e) => {
        if (!q) e.preventDefault();
      }}
    >
      <label htmlFor="sidsok" className="visually-hidden">{t("Sök regioner, teman, indikatorer och poster", "Search regions, themes, indicators and records")}</label>
      <div className={styles.box}>
        <input
          ref={input} id="sidsok" name="q" type="search" autoComplete="off" spellCheck={false}
          placeholder={t("Sök region, tema, indikator…", "Region, theme, indicator…")}
          role="combobox" aria-autocomplete="list" aria-expanded={shown} aria-controls="sidsok-lista"
          aria-activedescendant={shown && active >= 0 && flat[active] ? optionId(flat[active]) : undefined}
          aria-describedby="sidsok-status"
          value={query}
          onFocus={warm}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <div id="sidsok-lista" role="listbox" aria-label={t("Förslag", "Suggestions")} className={styles.popup} hidden={!shown}
          onMouseDown={(e) => e.preventDefault()}
        >
          {groups.map((g, gi) => (
            <div key={g.label} role="group" aria-labelledby={`sidsok-grupp-${gi}`}>
              <div id={`sidsok-grupp-${gi}`} role="presentation" className={styles.groupLabel}>{g.label} ({g.total})</div>
              {g.options.map((o, oi) => {
                const i = firstIndex[gi] + oi;
                return <OptionRow key={o.id} o={o} id={optionId(o)} active={i === active} onPick={() => go(o)} onHover={() => setActive(i)} />;
              })}
            </div>
          ))}
          {all ? (
            <OptionRow o={all} id={optionId(all)} active={flat.length - 1 === active} onPick={() => go(all)} onHover={() => setActive(flat.length - 1)} />
          ) : null}
        </div>
      </div>
      <button type="submit" className={`btn ${styles.submit}`}>{t("Sök", "Search")}</button>
      <span id="sidsok-status" role="status" className="visually-hidden">{status}</span>
    </form>
  );
}

function OptionRow({ o, id, active, onPick, onHover }: { o: Option; id: string; active: boolean; onPick: () => void; onHover: () => void }) {
  return (
    <div id={id} role="option" aria-selected={active} className={styles.option} onClick={onPick} onMouseMove={active ? undefined : onHover}>
      <span className={styles.name} lang={o.sv ? "sv" : undefined}>{o.name}</span>
      {o.context ? <span className={styles.context}>{o.context}</span> : null}
    </div>
  );
}
