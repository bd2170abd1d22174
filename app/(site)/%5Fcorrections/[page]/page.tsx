import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { noStaticParams } from "../../listing-page";
import { CorrectionsList } from "@/components/site/CorrectionsList";
import { correctionsPageAddress } from "@/lib/cache/site-routes";
import { listCorrections } from "@/lib/data/reader";
import { env } from "@/lib/env";
import { pageAlternates } from "@/lib/seo/alternates";
import { positiveInteger } from "@/lib/validation/query-params";

// /corrections and /corrections/page/N are rewritten here (next.config.ts): rendered on first
// request, then cached; adding a correction, and any story save, revalidates every page.
export const revalidate = 3600;

export const generateStaticParams = noStaticParams;

type Params = Promise<{ page: string }>;

const CORRECTIONS = { slug: "corrections", name: "Corrections" };

async function pageNumber(params: Params): Promise<number> {
  const page = positiveInteger((await params).page);
  if (page === null || page > 999_999) notFound();
  return page;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const page = await pageNumber(params);
  return {
    title: page === 1 ? "Corrections" : `Corrections: page ${page}`,
    description: `Every correction ${env.SITE_NAME} has published, newest first.`,
    alternates: pageAlternates(correctionsPageAddress(page), CORRECTIONS, env.SITE_NAME),
  };
}

export default async function CorrectionsRoute({ params }: { params: Params }) {
  const page = await pageNumber(params);
  const { corrections, pageCount } = await listCorrections(page);
  if (page > pageCount) notFound();
  return (
    <CorrectionsList
      siteName={env.SITE_NAME}
      corrections={corrections}
      page={page}
      pageCount={pageCount}
      hrefFor={correctionsPageAddress}
      timeZone={env.SITE_TIMEZONE}
    />
  );
}
