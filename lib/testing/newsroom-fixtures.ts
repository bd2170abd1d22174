import type { Staff } from "../auth/roles";
import type { Database } from "../database/create-client";
import type { saveNewsroomStory } from "../newsroom/save-newsroom-story";

/** What the story editor posts, as its save reads it. */
export type EditorInput = Parameters<typeof saveNewsroomStory>[2];

/** A story as the editor would post it (world section, Hamburg / AFP), with the fields a test cares about. */
export function editorInput(overrides: Partial<EditorInput> = {}): EditorInput {
  return {
    id: null,
    revision: null,
    headline: "Harbour cranes fall silent",
    standfirst: null,
    place: "Hamburg",
    agency: "AFP",
    byline: null,
    section: "world",
    tags: ["Hamburg", "Ports"],
    body: "The cranes stood still.",
    slug: "",
    publishAt: null,
    commentsOpen: true,
    ...overrides,
  };
}

/** Staff accounts as the database holds them: what a save or the audit log links its lines to. */
export async function createStaffAccounts(db: Database, ...staff: Staff[]): Promise<void> {
  for (const { id, name, email, role } of staff) {
    await db.user.create({ data: { id, name, email, role } });
  }
}
