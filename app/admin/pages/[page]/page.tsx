import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SitePageForm } from "@/components/admin/SitePageForm";
import { staffForPage } from "@/lib/auth/staff-page";
import { getSitePage } from "@/lib/data/newsroom";
import { isSitePageSlug } from "@/lib/site-pages/site-pages";
import { saveSitePageAction } from "../actions";

type Params = Promise<{ page: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { page } = await params;
  return { title: isSitePageSlug(page) ? `Edit /${page}` : "Pages" };
}

export default async function EditSitePage({ params }: { params: Params }) {
  const { page: slug } = await params;
  if (!isSitePageSlug(slug)) notFound();
  await staffForPage("settings", `/admin/pages/${slug}`);
  const page = await getSitePage(slug);
  return (
    <>
      <p className="text-sm">
        <a href="/admin/pages" className="underline">
          Pages
        </a>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Edit /{slug}</h1>
      <SitePageForm action={saveSitePageAction} initial={{ slug, title: page.title, body: page.body }} />
    </>
  );
}
