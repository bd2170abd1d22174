import { z } from "zod";
import { reportReasons } from "../statuses";
import { REPORT_LIMITS } from "./form-limits";
import { withoutDirectionControls } from "./invisible-characters";
import { recordId } from "./record-id";
import { wellFormed } from "./well-formed";

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\uFFFD]/u;

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
        .refine((note) => !CONTROL.test(note), "Your note contains characters that could not be read.")
        .transform((note) => note || null),
    ),
  homepage: z.string().optional(),
  formToken: z.string().max(200).optional(),
});

export type ReportInput = z.infer<typeof reportInput>;
