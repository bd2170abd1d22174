import { countLinks } from "./moderation/rules";

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/**
 * Why a held comment waits, in words its author understands, from the rule that held it
 * (Comment.moderationReason). Never names a word from the newsroom's lists, and says nothing
 * of a comment marked as spam: the author of one learns only that it waits.
 */
export function heldBecause(reason: string, body: string): string | null {
  if (reason.startsWith("form-token-")) {
    return "because the form could not be checked (it may have been open a long time, or sent very quickly)";
  }
  switch (reason) {
    case "first-comment":
      return "because it is your first comment here";
    case "links": {
      const links = countLinks(body);
      return `because it has ${NUMBER_WORDS[links] ?? links} links`;
    }
    case "hold-word":
      return "because it contains words a moderator reads before they appear";
    case "hold-all":
      return "because a moderator reads every comment on this site before it appears";
    case "staff-address":
      return "because it gives the email address of a member of our staff";
    default:
      return null;
  }
}
