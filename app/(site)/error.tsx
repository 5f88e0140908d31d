"use client";
import Link from "next/link";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Något gick fel</h1>
      <p className="lead">Sidan kunde inte visas. Försök igen, eller gå till översikten.</p>
      <p>
        <button type="button" className="btn" onClick={() => reset()}>Försök igen</button>{" "}
        <Link href="/">Till översikten</Link>
      </p>
    </>
  );
}
