import "server-only";
import { db } from "../db";
import { isSlug } from "../articles/slugify";
import type { SectionLink } from "./list-sections";

/** A section by slug, or null. */
export async function getSection(slug: string): Promise<SectionLink | null> {
  if (!isSlug(slug)) return null;
  return db.section.findUnique({ where: { slug }, select: { slug: true, name: true } });
}
