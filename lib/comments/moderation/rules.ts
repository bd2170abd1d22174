import type { CommentStatus } from "../../statuses";
import type { TokenCheck } from "../form-token";
import type { CommentSettings } from "../../settings/comment-settings";

export type ModerationInput = {
  body: string;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  tokenCheck: TokenCheck;
  /** Whether this email already has an approved comment on the site, written without signing in. */
  knownCommenter: boolean;
  /** Whether this email belongs to a staff account: a reader's form never proves who wrote it. */
  staffAddress: boolean;
};

export type Verdict = { status: Exclude<CommentStatus, "trash">; reason: string };

/** A rule decides, or passes (null) to the next one. */
export type ModerationRule = (input: ModerationInput, settings: CommentSettings) => Verdict | null;

const URL_PATTERN = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\./gi;

function containsWord(input: ModerationInput, words: string[]): string | null {
  const haystack = [input.body, input.authorName, input.authorEmail, input.authorUrl ?? ""]
    .join("\n")
    .toLowerCase();
  return words.find((word) => word.trim() && haystack.includes(word.trim().toLowerCase())) ?? null;
}

/** Disallowed words (in text, name, email or website) mark the comment as spam. */
export const disallowedWord: ModerationRule = (input, settings) =>
  containsWord(input, settings.disallowedWords) ? { status: "spam", reason: "disallowed-word" } : null;

/**
 * Anyone can type an editor's address into Leave a Reply. Staff write as themselves from the
 * newsroom, so their address on the reader's form is held for a human, whatever else is true.
 */
export const staffAddress: ModerationRule = (input) =>
  input.staffAddress ? { status: "pending", reason: "staff-address" } : null;

/** A form token we did not sign, or one from long ago, needs a human look. */
export const untrustedForm: ModerationRule = (input) =>
  input.tokenCheck === "valid" ? null : { status: "pending", reason: `form-token-${input.tokenCheck}` };

/** How many links a text holds, as the links rule counts them. */
export const countLinks = (text: string): number => text.match(URL_PATTERN)?.length ?? 0;

/** Many links are what spam looks like. */
export const manyLinks: ModerationRule = (input, settings) =>
  countLinks(input.body) >= settings.linksThreshold ? { status: "pending", reason: "links" } : null;

/** Hold-words send the comment to the queue. */
export const holdWord: ModerationRule = (input, settings) =>
  containsWord(input, settings.holdWords) ? { status: "pending", reason: "hold-word" } : null;

/** The newsroom's mode decides the rest: approve all, hold all, or hold first-time commenters. */
export const moderationMode: ModerationRule = (input, settings) => {
  if (settings.moderationMode === "approve-all") return { status: "approved", reason: "approve-all" };
  if (settings.moderationMode === "hold-all") return { status: "pending", reason: "hold-all" };
  return input.knownCommenter
    ? { status: "approved", reason: "known-commenter" }
    : { status: "pending", reason: "first-comment" };
};

/** The rules in the order they are asked; the first that decides wins. */
export const defaultRules: ModerationRule[] = [
  disallowedWord,
  staffAddress,
  untrustedForm,
  manyLinks,
  holdWord,
  moderationMode,
];

/** Runs the rules in order and returns the first verdict. */
export function moderate(input: ModerationInput, settings: CommentSettings, rules = defaultRules): Verdict {
  for (const rule of rules) {
    const verdict = rule(input, settings);
    if (verdict) return verdict;
  }
  return { status: "pending", reason: "no-rule" };
}
