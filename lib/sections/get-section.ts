import "server-only";
import type { Database } from "../database/create-client";
import { isSlug } from "../articles/slugify";
import type { SectionLink } from "./list-sections";

/** A section by slug, or null. */
export async function getSection(db: Database, slug: string): Promise<SectionLink | null> {
  if (!isSlug(slug)) return null;
  return db.section.findUnique({ where: { slug }, select: { slug: true, name: true } });
}
