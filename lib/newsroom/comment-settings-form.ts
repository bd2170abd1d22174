import { z } from "zod";
import type { FormState } from "../actions/form-state";
import type { CommentSettings } from "../settings/comment-settings";
import { emptyAsNull } from "../validation/empty-as-null";

export const settingsFields = [
  "moderationMode",
  "holdWords",
  "disallowedWords",
  "linksThreshold",
  "reportThreshold",
  "autoCloseDays",
] as const;
export type SettingsField = (typeof settingsFields)[number];
export type SettingsValues = Record<SettingsField, string>;

const words = (label: string) =>
  z
    .string()
    .max(20_000, `${label}: the list is too long.`)
    .transform((text) => [
      ...new Set(
        text
          .split(/\r?\n/)
          .map((word) => word.trim().toLowerCase())
          .filter(Boolean),
      ),
    ])
    .refine(
      (list) => list.every((word) => word.length <= 100),
      `${label}: each entry can have at most 100 characters.`,
    );

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${label} must be a whole number.`)
    .transform(Number)
    .pipe(
      z.number().min(min, `${label} must be at least ${min}.`).max(max, `${label} can be at most ${max}.`),
    );

/** The settings form, checked field by field; lists are one entry per line. */
export const settingsForm = z.object({
  moderationMode: z.enum(["hold-first-time", "hold-all", "approve-all"], {
    error: "Choose how comments are moderated.",
  }),
  holdWords: words("Hold words"),
  disallowedWords: words("Disallowed words"),
  linksThreshold: wholeNumber("The number of links", 1, 100),
  reportThreshold: wholeNumber("The number of reports", 1, 100),
  autoCloseDays: emptyAsNull(wholeNumber("The number of days", 1, 3650)),
}) satisfies z.ZodType<CommentSettings, unknown>;

/** The stored settings as the form shows them. */
export function settingsToValues(settings: CommentSettings): SettingsValues {
  return {
    moderationMode: settings.moderationMode,
    holdWords: settings.holdWords.join("\n"),
    disallowedWords: settings.disallowedWords.join("\n"),
    linksThreshold: String(settings.linksThreshold),
    reportThreshold: String(settings.reportThreshold),
    autoCloseDays: settings.autoCloseDays === null ? "" : String(settings.autoCloseDays),
  };
}

export type SettingsFormState = FormState<SettingsValues>;
