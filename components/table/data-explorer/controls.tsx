"use client";
/** The form controls of the records table: a labelled select and the search box that commits after a pause. */
import { useEffect, useRef, useState } from "react";
import { translator, type Lang } from "@/lib/i18n";
import type { Option } from "./filters";

export function Select({ id, name, label, allLabel, value, options, onChange, includeAll = true, form }: {
  id: string; label: string; allLabel: string; value: string; options: Option[]; onChange: (v: string) => void;
  includeAll?: boolean;
  /** The GET form field name (the URL parameter), when the table works without JavaScript. */
  name?: string;
  /** The id of the form the field belongs to, when it sits outside it. */
  form?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} form={form} value={value} onChange={(e) => onChange(e.target.value)}>
        {includeAll ? <option value="">{allLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** Typing is local; the URL is updated after a short pause or on Enter. */
export function SearchBox({ lang, value, onCommit, name }: { lang: Lang; value: string; onCommit: (q: string) => void; name?: string }) {
  const t = translator(lang);
  const [text, setText] = useState(value);
  const last = useRef(value);
  useEffect(() => {
    if (value !== last.current) {
      last.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    if (text === last.current) return;
    const t = setTimeout(() => {
      last.current = text;
      onCommit(text);
    }, 400);
    return () => clearTimeout(t);
  }, [text, onCommit]);
  return (
    <div className="field">
      {/* The records are in Swedish: the English label says so, and the placeholder stays short enough to show whole. */}
      <label htmlFor="f-q">{t("Sök i text", "Search text (in Swedish)")}</label>
      <input
        id="f-q" type="search" name={name} value={text} placeholder={t("t.ex. bredband", "e.g. bredband")}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            const typed = e.currentTarget.value;
            last.current = typed;
            setText(typed);
            onCommit(typed);
          }
        }}
      />
    </div>
  );
}
