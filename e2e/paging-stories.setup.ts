import { test as setup } from "@playwright/test";
import { importStory } from "./helpers";

/**
 * For finding.spec.ts: 22 old stories in a section of their own (enough for two pages of 20),
 * and one scheduled for next year, imported through the real CLI, which tells the running
 * server to revalidate. A setup project runs it once, not once per worker at the same time.
 */
setup("import the paging stories", async ({ baseURL }) => {
  const paging = {
    section: "Paging Desk",
    dateline: "Kiel / Paging Wire",
    tags: ["Paging"],
    byline: "Page Turner",
  };
  const old = Array.from({ length: 22 }, (_, i) => ({
    ...paging,
    slug: `paging-story-${i + 1}`,
    headline: `Paging story number ${i + 1}`,
    paragraph: `Body of paging story ${i + 1}.`,
    publishedAt: new Date(`2015-03-${String(i + 1).padStart(2, "0")}T08:00:00Z`),
  }));
  const scheduled = {
    ...paging,
    slug: "scheduled-secret-story",
    headline: "Scheduled secret zeppelin story",
    paragraph: "Nobody may read about the zeppelin yet.",
    publishedAt: new Date("2099-01-01T00:00:00Z"),
  };
  await importStory(baseURL, ...old, scheduled);
});
