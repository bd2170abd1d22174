import type { Database } from "../database/create-client";

/**
 * What the moderation rules know of an address: whether it has an approved comment written on
 * the readers' form (a staff reply is written by someone signed in, so it does not count), and
 * whether it belongs to a staff account.
 */
export async function commenterStanding(
  db: Database,
  email: string,
): Promise<{ knownCommenter: boolean; staffAddress: boolean }> {
  const [known, staff] = await Promise.all([
    db.comment.count({ where: { authorEmail: email, status: "approved", staffUserId: null }, take: 1 }),
    db.user.count({ where: { email }, take: 1 }),
  ]);
  return { knownCommenter: known > 0, staffAddress: staff > 0 };
}
