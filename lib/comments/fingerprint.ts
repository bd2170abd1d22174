import { createHash } from "node:crypto";

/** Identifies a comment's content: the same text by the same email under the same parent is a duplicate. */
export function commentFingerprint(
  storyId: number,
  parentId: number | null,
  email: string,
  body: string,
): string {
  return createHash("sha256")
    .update(JSON.stringify([storyId, parentId, email, body]))
    .digest("hex");
}
