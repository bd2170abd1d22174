import { countLinks } from "./moderation/rules";

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/**
 * Why a held comment waits, in words its author understands, from the rule that held it
 * (Comment.moderationReason). Never names a word from the newsroom's lists, and says nothing
 * of a comment marked as spam, or of one held for using a staff member's address: their
 * authors learn only that it waits.
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
      return `because it has ${NUMBER_WORDS[links] ?? links} ${links === 1 ? "link" : "links"}`;
    }
    case "hold-word":
      return "because it, or your name, email or website, contains words a moderator reads first";
    case "hold-all":
      return "because a moderator reads every comment on this site before it appears";
    // "staff-address" says nothing: a sentence would tell anyone which addresses sign in to the newsroom.
    default:
      return null;
  }
}
