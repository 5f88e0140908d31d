import { describe, expect, it } from "vitest";
import { decodeText } from "./decode";
import { bytes } from "./test-support";

describe("decodeText", () => {
  it("decodeText: UTF-8 med och utan BOM, Windows-1252 (även 0x80–0x9F), odefinierade byte", () => {
    expect(decodeText(bytes("åäö"))).toEqual({ ok: true, value: { text: "åäö", encoding: "UTF-8" } });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, value: { text: "a", encoding: "UTF-8 med BOM" } });
    expect(decodeText(new Uint8Array([0xe5, 0xe4, 0xf6, 0x80, 0x96, 0x94]))).toEqual({ ok: true, value: { text: "åäö€–”", encoding: "Windows-1252" } });
    expect(decodeText(new Uint8Array([0x61, 0x0a, 0x9d]))).toEqual({ ok: false, errors: ["ogiltig byte 0x9D på textrad 2: filen är varken giltig UTF-8 eller Windows-1252"] });
  });
});
