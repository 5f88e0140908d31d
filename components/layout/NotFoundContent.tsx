import Link from "next/link";

export function NotFoundContent() {
  return (
    <>
      <h1>Sidan finns inte</h1>
      <p className="lead">Vi hittar ingen sida på den adressen. Kanske är länken gammal eller felstavad.</p>
      <p>Här kan du gå vidare:</p>
      <ul>
        <li><Link href="/">Översikt</Link> – alla regioner och teman på en sida</li>
        <li><Link href="/regioner">Regioner</Link> – välj en av de 21 regionerna</li>
        <li><Link href="/teman">Teman</Link> – välj ett tema</li>
        <li><Link href="/indikatorer">Indikatorer</Link> – statistik per län</li>
        <li><Link href="/data">Data</Link> – sök bland alla poster</li>
      </ul>
    </>
  );
}
