/**
 * Turns the raw inputs (activity JSON of every pass, indicator CSV rows, curated metadata) into a Dataset, as a short
 * sequence of named steps (lib/data-pipeline/steps/). Pure: no file access. Problems are collected (never thrown) so
 * the build can print all of them at once.
 */
import type { Dataset } from "../schema";
import { mergeImportedEntries, withImportedIndicators } from "./imported";
import { applyEntryCorrections, applyValueCorrections } from "./steps/corrections";
import { buildEntries } from "./steps/entries";
import { addFunding } from "./steps/funding";
import { buildIndicators } from "./steps/indicators";
import { buildRegions, buildThemes } from "./steps/regions";
import { coverageReport } from "./steps/report";
import { collectSources } from "./steps/sources";
import { buildSmartSpecialisation, buildStrategies } from "./steps/strategies";
import { buildValues } from "./steps/values";
import { stripComment, type BuildInput, type BuildResult, type StepLog } from "./types";

export * from "./types";
export * from "./imported";
export { parseSmartAreas, SMART_TITLE, strategyYears } from "./steps/strategies";
export { vintageMismatch } from "./steps/values";

export function buildDataset(input: BuildInput): BuildResult {
  const log: StepLog = { problems: [], report: [] };
  const M = withImportedIndicators(input, log.problems);

  const regions = buildRegions(M, input.mapIds, input.svgIds, log);
  const regionCodes = new Set(regions.map((r) => r.code));
  const { themes, bySourceName } = buildThemes(M, log);
  const themeSlugs = new Set(themes.map((t) => t.slug));

  const { entries, rawTitle } = buildEntries(input, M, regionCodes, bySourceName, log);
  applyEntryCorrections(entries, rawTitle, M.corrections, log, M.sourceTypes);
  addFunding(entries, M.funding, rawTitle, log);
  if (input.importedEntries) mergeImportedEntries(input.importedEntries, entries, { regionCodes, themeSlugs, sourceTypes: M.sourceTypes }, log.problems, log.report);

  const strategies = buildStrategies(regions, stripComment(M.strategies), entries, log);
  const smartSpecialisation = buildSmartSpecialisation(entries, log);

  const { values, nonFragmentRows } = buildValues(input, M, regionCodes, log);
  applyValueCorrections(values, M.corrections, M.sourceTypes, log);
  const indicators = buildIndicators(M, values, nonFragmentRows, regions.length, log);

  const gaps = [...M.gaps];
  const noSmart = regions.filter((r) => !smartSpecialisation.some((s) => s.region === r.code));
  if (noSmart.length) {
    gaps.push({
      topic: "Smart specialisering: prioriterade områden saknas för " + noSmart.map((r) => r.county).join(", "),
      reasonSv: "Underlaget har ingen post med en lista över prioriterade områden för smart specialisering för dessa län. Det betyder inte att länen saknar en strategi för smart specialisering.",
      reasonEn: "The source material has no record listing priority areas for smart specialisation for these counties. This does not mean the counties lack a smart specialisation strategy.",
    });
  }

  const sources = collectSources(entries, indicators, values);
  const dataset: Dataset = {
    meta: { ...stripComment(M.meta), sources },
    regions, themes, entries, indicators, values, strategies, smartSpecialisation, gaps,
  };
  log.report.push(...coverageReport(dataset));
  return { dataset, problems: log.problems, report: log.report };
}
