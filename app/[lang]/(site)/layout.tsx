import { SiteChrome } from "@/components/layout/SiteChrome";
import { isLang } from "@/lib/i18n";

export default async function SiteLayout({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  return <SiteChrome lang={isLang(lang) ? lang : "sv"}>{children}</SiteChrome>;
}
