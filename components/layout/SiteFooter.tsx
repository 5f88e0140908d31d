import Link from "next/link";

export function SiteFooter({ builtAt }: { builtAt: string }) {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          <strong>Regionläget</strong> visar regionernas regionala utvecklingsarbete utifrån offentliga källor.
          Uppgifterna är ett urval, inte rapportens fullständiga tabellbilaga. <Link href="/om">Om källor och metod</Link> ·{" "}
          <Link href="/om#tillganglighet">Tillgänglighetsredogörelse</Link>
        </p>
        <p className="muted">Datamängden sammanställd {builtAt}. Karta: MapSVG / svg-maps, CC BY 4.0.</p>
      </div>
    </footer>
  );
}
