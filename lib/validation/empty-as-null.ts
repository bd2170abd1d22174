import { z } from "zod";

/**
 * An optional form field: empty (after trimming) is null, anything else must pass the schema,
 * whose own messages are kept (a union would only say "Invalid input").
 */
export function emptyAsNull<Output>(schema: z.ZodType<Output, string>) {
  return z
    .string()
    .trim()
    .transform((value, ctx): Output | null => {
      if (!value) return null;
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
      return z.NEVER;
    });
}
