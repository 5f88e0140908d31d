import { describe, expect, it } from "vitest";
import { dataEtag, healthOf } from "./health";

describe("healthOf", () => {
  it("reports the data version from meta.builtAt and the build id", () => {
    expect(healthOf({ builtAt: "2026-11-20" }, 193, "abc123\n")).toEqual({ status: "ok", dataVersion: "2026-11-20", buildId: "abc123", records: 193 });
  });
  it("says the build id is unknown when there is none", () => {
    expect(healthOf({ builtAt: "2026-11-20" }, 0, "").buildId).toBe("okänd");
  });
});

describe("dataEtag", () => {
  it("is a weak ETag of the data version and build id, safe characters only", () => {
    expect(dataEtag("2026-11-20", "abc")).toBe('W/"2026-11-20-abc"');
    expect(dataEtag("2026-11-20T10:00", "a b", "sv")).toBe('W/"2026-11-20T10_00-a_b-sv"');
  });
});
