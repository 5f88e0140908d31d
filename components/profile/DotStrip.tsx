/**
 * A dot strip: every län with a value as a small grey dot on one line, the chosen region(s) as larger marked shapes,
 * and Riket as a dark dashed tick. Drawn on the server as plain SVG (no JavaScript); x positions are percentages, so
 * the strip fills any width and its dots stay round. With `lowText`/`highText` the smallest and largest values are
 * written under the ends.
 * Shapes as well as colours tell the marked regions apart (never colour alone); the accessible name says it all in words.
 */
import { stripDomain, stripPosition, type StripPoint } from "@/lib/derive/profile";
import styles from "./profile.module.css";

export type MarkShape = "circle" | "square" | "triangle" | "diamond";
export type StripMark = { code: string; shape: MarkShape; color: string };

export const MARK_SHAPES: MarkShape[] = ["circle", "square", "triangle", "diamond"];

const Y = 10;

function Shape({ shape, color }: { shape: MarkShape; color: string }) {
  const common = { fill: color, stroke: "var(--text)", strokeWidth: 1.5 };
  if (shape === "square") return <rect x={-5.5} y={-5.5} width={11} height={11} {...common} />;
  if (shape === "triangle") return <path d="M0 -7 L6.5 5 L-6.5 5 Z" {...common} />;
  if (shape === "diamond") return <path d="M0 -7.5 L7 0 L0 7.5 L-7 0 Z" {...common} />;
  return <circle r={6.5} {...common} />;
}

/** A legend swatch of a mark, for text next to a strip or in a legend. */
export function MarkSwatch({ shape, color }: { shape: MarkShape; color: string }) {
  return (
    <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" className={styles.swatch}>
      <Shape shape={shape} color={color} />
    </svg>
  );
}

export function DotStrip({ points, riket, marks, label, lowText, highText }: {
  points: StripPoint[];
  riket: number | null;
  marks: StripMark[];
  /** The accessible name: what the strip shows, in words. */
  label: string;
  /** Formatted smallest and largest values, written under the ends of the strip. */
  lowText?: string;
  highText?: string;
}) {
  const ends = lowText !== undefined && highText !== undefined;
  const domain = stripDomain(points.map((p) => p.value), riket);
  const x = (v: number) => `${stripPosition(v, domain).toFixed(2)}%`;
  const marked = new Set(marks.map((m) => m.code));
  return (
    <svg className={styles.strip} width="100%" height={ends ? 34 : 20} role="img" aria-label={label} data-testid="dot-strip">
      <line x1="2%" x2="98%" y1={Y} y2={Y} className={styles.axis} />
      {points.filter((p) => !marked.has(p.code)).map((p) => (
        <circle key={p.code} cx={x(p.value)} cy={Y} r={4} className={styles.dot} data-code={p.code} />
      ))}
      {riket !== null ? (
        <line x1={x(riket)} x2={x(riket)} y1={1} y2={Y + 9} className={styles.riket} data-testid="strip-riket" />
      ) : null}
      {marks.map((m) => {
        const p = points.find((q) => q.code === m.code);
        return p ? (
          <svg key={m.code} x={x(p.value)} y={Y} overflow="visible" data-code={m.code} data-marked="" aria-hidden="true">
            <Shape shape={m.shape} color={m.color} />
          </svg>
        ) : null;
      })}
      {ends ? (
        <>
          <text x="0" y="32" className={styles.end}>{lowText}</text>
          <text x="100%" y="32" textAnchor="end" className={styles.end}>{highText}</text>
        </>
      ) : null}
    </svg>
  );
}
