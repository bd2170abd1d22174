import "server-only";
import type { ReaderContext } from "../actions/reader-action";
import { env } from "../env";
import type { ShareInput } from "../validation/share";
import { shareStory } from "./share-story";
import { takeShareTurnNow } from "./share-turn";

/** Send this to a friend as the site runs it: this site's name and sender, this process's limits. */
export async function sendToFriend(
  input: ShareInput,
  { db, ip, formSecret }: ReaderContext,
): Promise<{ recipient: string; values: { recipient: string; message: string } }> {
  const { recipient, shareId, outboxId, storySlug } = await shareStory(db, input, {
    ip,
    secret: formSecret,
    siteUrl: env.siteUrl,
    siteName: env.SITE_NAME,
    mailFrom: env.MAIL_FROM,
    takeTurn: takeShareTurnNow,
  });
  // For the server log: ids only; the addresses stay in the database.
  console.info(
    `share ${shareId} of ${storySlug}: email queued as outbox message ${outboxId}` +
      (env.SMTP_URL ? "" : " (SMTP_URL is not set: it waits in the outbox)"),
  );
  return { recipient, values: { recipient: "", message: "" } };
}
