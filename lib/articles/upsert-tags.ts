import type { Transaction } from "../database/create-client";
import { slugify } from "./slugify";

/** Names with the same slug ("Syria", "syria") count once; the first spelling wins. */
export function dedupeBySlug(values: string[]): string[] {
  return [...new Map(values.map((value) => [slugify(value) || value, value])).values()];
}

/** The ids of these tags, in order, creating the ones that do not exist yet. */
export async function upsertTags(tx: Transaction, names: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of dedupeBySlug(names)) {
    const slug = slugify(name);
    const tag = await tx.tag.upsert({ where: { slug }, create: { slug, name }, update: {} });
    ids.push(tag.id);
  }
  return ids;
}
