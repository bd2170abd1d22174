import "server-only";
import { db } from "../db";

export type SectionLink = { slug: string; name: string };

/** Sections in navigation order. */
export async function listSections(): Promise<SectionLink[]> {
  return db.section.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { slug: true, name: true },
  });
}
