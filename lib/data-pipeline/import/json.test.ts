import { describe, expect, it } from "vitest";
import { jsonSyntaxError } from "./json";

describe("JSON i importen", () => {
  it("jsonSyntaxError pekar ut rad och tecken", () => {
    expect(jsonSyntaxError('{"a": 1 "b": 2}')).toBe('ogiltig JSON på rad 1, tecken 9: väntade "," eller "}" men fick "\\""');
    expect(jsonSyntaxError("[1, 2]]")).toBe('ogiltig JSON på rad 1, tecken 7: oväntat tecken "]" efter slutet av JSON-värdet');
    expect(jsonSyntaxError("{'a': 1}")).toBe("ogiltig JSON på rad 1, tecken 2: väntade ett namn inom citattecken men fick \"'\"");
  });
});
