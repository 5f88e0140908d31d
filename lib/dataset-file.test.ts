import { describe, expect, it } from "vitest";
import { datasetFile } from "./dataset-file";

describe("datasetFile", () => {
  it("reads data/dataset.json by default", () => {
    expect(datasetFile({}, "/app")).toBe("/app/data/dataset.json");
  });
  it("follows REGIONLAGET_DATASET, relative to the working directory", () => {
    expect(datasetFile({ REGIONLAGET_DATASET: "/tmp/x/dataset.json" }, "/app")).toBe("/tmp/x/dataset.json");
    expect(datasetFile({ REGIONLAGET_DATASET: "fixture.json" }, "/app")).toBe("/app/fixture.json");
  });
  it("ignores an empty value", () => {
    expect(datasetFile({ REGIONLAGET_DATASET: " " }, "/app")).toBe("/app/data/dataset.json");
  });
});
