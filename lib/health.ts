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
