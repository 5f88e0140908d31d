/** Okabe–Ito: categorical colours that stay distinguishable with common colour-vision deficiencies. */
export const OKABE_ITO = {
  blue: "#0072B2",
  orange: "#E69F00",
  green: "#009E73",
  pink: "#CC79A7",
  sky: "#56B4E9",
  vermillion: "#D55E00",
  yellow: "#F0E442",
  black: "#000000",
} as const satisfies Record<string, `#${string}`>;

/** Colour per record kind; labels and the table twin carry the meaning too. */
export const KIND_COLORS = {
  strategi: OKABE_ITO.pink,
  insats: OKABE_ITO.blue,
  resultat: OKABE_ITO.green,
  anslag: OKABE_ITO.orange,
  slutsats: OKABE_ITO.sky,
} as const;

export const BAR_COLOR = "#2f6f9f";
export const HIGHLIGHT_COLOR = OKABE_ITO.vermillion;
/** Riket is always the same dark dashed line; the CSS variable keeps it readable in dark mode. */
export const RIKET_COLOR = "var(--riket)";
