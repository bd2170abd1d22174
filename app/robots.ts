import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

/** Everything readers see may be crawled; the newsroom, the API and search results may not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/search"] },
    sitemap: [`${env.siteUrl}/sitemap.xml`, `${env.siteUrl}/news-sitemap.xml`],
  };
}
