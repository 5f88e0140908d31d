/** What /api/health reports: the data version (meta.builtAt), the build id and the dataset's size. Pure. */
export type Health = {
  status: "ok";
  dataVersion: string;
  buildId: string;
  records: number;
};

export function healthOf(meta: { builtAt: string }, records: number, buildId: string): Health {
  return { status: "ok", dataVersion: meta.builtAt, buildId: buildId.trim() || "okänd", records };
}

/** The weak ETag a data-driven response carries: it changes when the data or the build changes. */
export function dataEtag(dataVersion: string, buildId: string, extra = ""): string {
  const raw = `${dataVersion}-${buildId}${extra ? `-${extra}` : ""}`;
  return `W/"${raw.replace(/[^A-Za-z0-9._-]/g, "_")}"`;
}
