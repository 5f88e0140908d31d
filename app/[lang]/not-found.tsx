import { NotFoundContent } from "@/components/layout/NotFoundContent";

export const metadata = { title: "Sidan finns inte · Page not found" };

/** notFound() outside the site chrome (an embed of an unknown region, theme or indicator). */
export default function NotFound() {
  return (
    <main id="innehall" className="container">
      <NotFoundContent />
    </main>
  );
}
