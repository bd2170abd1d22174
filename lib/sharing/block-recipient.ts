import type { FormState } from "../actions/form-state";
import type { Database } from "../database/create-client";
import { addressKey } from "./email-address";

/** The "never send me shares" form: the token from the email's link rides along. */
export type BlockFormState = FormState<{ token: string }>;

/** Whether this address asked never to receive shared stories (whatever its letter case). */
export async function isBlocked(db: Database, address: string): Promise<boolean> {
  return (await db.shareBlock.findUnique({ where: { email: addressKey(address) } })) !== null;
}

/** The recipient a "never send me shares" link speaks for, or null for an unknown token. */
export async function getBlockRequest(
  db: Database,
  token: string,
): Promise<{ email: string; blocked: boolean } | null> {
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(token)) return null;
  const share = await db.share.findUnique({ where: { blockToken: token }, select: { recipientEmail: true } });
  if (!share) return null;
  return { email: share.recipientEmail, blocked: await isBlocked(db, share.recipientEmail) };
}

/** Blocks every future share to the address the token was sent to; true when the token was ours. */
export async function blockRecipient(db: Database, token: string): Promise<boolean> {
  const request = await getBlockRequest(db, token);
  if (!request) return false;
  const email = addressKey(request.email);
  await db.shareBlock.upsert({
    where: { email },
    create: { email },
    update: {},
  });
  return true;
}

/** f•••@example.com: enough for the owner to recognise, not enough to harvest from a shared link. */
export function maskAddress(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}•••@${domain}`;
}
