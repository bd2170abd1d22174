import "server-only";
import type { Database } from "../database/create-client";

export type SectionLink = { slug: string; name: string };

/** Sections in navigation order. */
export async function listSections(db: Database): Promise<SectionLink[]> {
  return db.section.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { slug: true, name: true },
  });
}
