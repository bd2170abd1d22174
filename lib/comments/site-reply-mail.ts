import { env } from "../env";
import type { ReplyMail } from "./reply-emails";

/** This site's reply emails: its address, name and sender, from the environment. */
export const siteReplyMail = (): ReplyMail => ({
  siteUrl: env.siteUrl,
  siteName: env.SITE_NAME,
  mailFrom: env.MAIL_FROM,
});
