/** Under every embed: where it comes from, and the full view in Regionläget. */
export function EmbedFooter({ href }: { href: string }) {
  return (
    <p className="embed-footer small">
      Från <strong>Regionläget</strong> ·{" "}
      <a href={href} target="_blank" rel="noopener">Öppna i Regionläget<span className="visually-hidden"> (öppnas i ny flik)</span></a>
    </p>
  );
}
