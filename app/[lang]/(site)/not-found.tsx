import { NotFoundContent } from "@/components/layout/NotFoundContent";

export const metadata = { title: "Sidan finns inte · Page not found" };

/** notFound() from a site page (unknown address, region, theme or indicator), inside the site layout. */
export default function NotFound() {
  return <NotFoundContent />;
}
