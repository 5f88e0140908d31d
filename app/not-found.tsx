import { SiteChrome } from "@/components/layout/SiteChrome";
import { NotFoundContent } from "@/components/layout/NotFoundContent";

export const metadata = { title: "Sidan finns inte" };

/** Unknown addresses anywhere on the site (the root layout has no chrome, so add it here). */
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  );
}
