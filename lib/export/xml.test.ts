import { describe, expect, it } from "vitest";
import { escapeXml, stripInvalidXml } from "./xml";

describe("xml", () => {
  it("escapes markup characters", () => {
    expect(escapeXml(`a < b & c > "d" 'e'`)).toBe("a &lt; b &amp; c &gt; &quot;d&quot; 'e'");
  });
  it("drops characters XML 1.0 forbids and keeps the rest", () => {
    expect(stripInvalidXml("a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF")).toBe("abcdef");
    expect(stripInvalidXml("tab\tnl\ncr\r")).toBe("tab\tnl\ncr\r");
    expect(stripInvalidXml("lone \uD800 surrogate")).toBe("lone  surrogate");
    expect(stripInvalidXml("emoji 📊 åäö")).toBe("emoji 📊 åäö");
  });
});
