import { z } from "zod";
import { reportReasons } from "../statuses";
import { CONTROL_OR_UNREADABLE } from "./control-characters";
import { REPORT_LIMITS } from "./form-limits";
import { withoutDirectionControls } from "./invisible-characters";
import { recordId } from "./record-id";
import { wellFormed } from "./well-formed";

/** What "Report this comment" sends. */
export const reportInput = z.object({
  storyId: recordId,
  commentId: recordId,
  reason: z.enum(reportReasons, { error: "Choose why you are reporting this comment." }),
  note: z
    .string()
    .optional()
    .transform((value) =>
      withoutDirectionControls(wellFormed(value ?? ""))
        .replace(/\r\n?/g, "\n")
        .trim(),
    )
    .pipe(
      z
        .string()
        .max(REPORT_LIMITS.note, `Keep it to ${REPORT_LIMITS.note} characters.`)
        .refine(
          (note) => !CONTROL_OR_UNREADABLE.test(note),
          "Your note contains characters that could not be read.",
        )
        .transform((note) => note || null),
    ),
  homepage: z.string().optional(),
  formToken: z.string().max(200).optional(),
});

export type ReportInput = z.infer<typeof reportInput>;
