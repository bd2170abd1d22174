"use server";

import type { FormAction } from "@/lib/actions/form-state";
import { newsroomAction } from "@/lib/actions/newsroom-action";
import { sitePagePath } from "@/lib/cache/site-routes";
import { revalidatePaths } from "@/lib/cache/revalidate-reader-pages";
import { sitePageFields, sitePageForm, type SitePageFormState } from "@/lib/site-pages/site-page-form";
import { saveSitePage } from "@/lib/site-pages/site-pages";

/** The About and Contact editor. */
export const saveSitePageAction: FormAction<SitePageFormState> = newsroomAction("settings", {
  name: "save site page",
  fields: sitePageFields,
  kept: ["slug"],
  schema: sitePageForm,
  maxValueLength: 30_000,
  run: async ({ slug, title, body }, { db, staff }) => {
    await saveSitePage(db, staff, slug, { title, body });
    revalidatePaths([sitePagePath(slug)]);
    return { href: `/${slug}` };
  },
});
