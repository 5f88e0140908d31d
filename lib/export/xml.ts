/**
 * Characters XML 1.0 forbids (C0 controls except tab, LF and CR; lone surrogates; U+FFFE/U+FFFF). A single one makes
 * Excel refuse the whole workbook and a browser refuse the whole SVG, so they are dropped.
 */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXml(text: string): string {
  return text.replace(INVALID_XML, "");
}

/** Text safe for XML element content and for attribute values in double quotes (the only kind we write). */
export function escapeXml(text: string): string {
  return stripInvalidXml(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
