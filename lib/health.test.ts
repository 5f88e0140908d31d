import { describe, expect, it } from "vitest";
import { healthOf } from "./health";

describe("healthOf", () => {
  it("reports the data version from meta.builtAt and the build id", () => {
    expect(healthOf({ builtAt: "2026-11-20" }, 193, "abc123\n")).toEqual({ status: "ok", dataVersion: "2026-11-20", buildId: "abc123", records: 193 });
  });
  it("says the build id is unknown when there is none", () => {
    expect(healthOf({ builtAt: "2026-11-20" }, 0, "").buildId).toBe("okänd");
  });
});
