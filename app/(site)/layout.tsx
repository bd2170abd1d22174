import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { env } from "@/lib/env";
import { listSections } from "@/lib/data/reader";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const sections = await listSections();
  return (
    <>
      <SiteHeader siteName={env.SITE_NAME} sections={sections} />
      <main id="content" className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
        {children}
      </main>
      <SiteFooter siteName={env.SITE_NAME} sections={sections} />
    </>
  );
}
