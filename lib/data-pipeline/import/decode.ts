/** Bytes → text: UTF-8 (with or without BOM) or Windows-1252, or a Swedish reason why the file is neither. */
import { fail, type Result } from "./layout";

/** Windows-1252 0x80–0x9F (-1 = undefined byte). Node 20's TextDecoder treats these bytes as Latin-1, browsers do not. */
const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
};
const hexByte = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [n, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [n, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

export type Decoded = { text: string; encoding: "UTF-8" | "UTF-8 med BOM" | "Windows-1252" };

/** Valid UTF-8 (with or without BOM) → UTF-8; otherwise Windows-1252 – unless the bytes show that it is neither. */
export function decodeText(bytes: Uint8Array): Result<Decoded> {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('filen är kodad som UTF-16 – spara den som "CSV UTF-8 (kommaavgränsad)" eller som Excel-arbetsbok (.xlsx)');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return fail(`filen innehåller nolltecken (byte 0x00 på textrad ${lineAt(bytes, nul)}) – den är binär eller kodad som UTF-16; spara den som CSV UTF-8`);
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { ok: true, value: { text: new TextDecoder("utf-8").decode(bytes), encoding: bom ? "UTF-8 med BOM" : "UTF-8" } };
  }
  // A genuine Windows-1252 file practically never contains a valid two-byte UTF-8 sequence ("Ã¥"); if it does, the
  // file mixes encodings and decoding it either way would corrupt letters silently.
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] >= 0xc2 && bytes[i] <= 0xdf && (bytes[i + 1] & 0xc0) === 0x80) {
      return fail(`filen blandar teckenkodningar: den är mestadels UTF-8 men byte ${hexByte(bytes[bad])} på textrad ${lineAt(bytes, bad)} är inte giltig UTF-8 – spara om den som CSV UTF-8`);
    }
  }
  const raw = new TextDecoder("windows-1252").decode(bytes);
  let text = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x80 && c <= 0x9f) {
      const mapped = CP1252_HIGH[c - 0x80];
      if (mapped < 0) {
        return fail(`ogiltig byte ${hexByte(c)} på textrad ${lineAt(bytes, i)}: filen är varken giltig UTF-8 eller Windows-1252`);
      }
      text += String.fromCharCode(mapped);
    } else text += raw[i];
  }
  return { ok: true, value: { text, encoding: "Windows-1252" } };
}
