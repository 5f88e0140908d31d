/** Counts of distinct sources per source type, in the fixed order of SOURCE_TYPES (client-safe). */
import { SOURCE_TYPES, type SourceTypeId } from "../kinds";

export function sourceTypeCounts(sources: { type: SourceTypeId }[]): { type: SourceTypeId; count: number }[] {
  return SOURCE_TYPES.map((type) => ({ type, count: sources.filter((s) => s.type === type).length }));
}
