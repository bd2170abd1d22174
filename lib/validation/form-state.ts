import { z } from "zod";

/** The typed values of the named fields from a form post, as strings, capped so a huge post is not echoed back whole. */
export function formValues<Name extends string>(
  form: FormData,
  names: readonly Name[],
): Record<Name, string> {
  const values = {} as Record<Name, string>;
  for (const name of names) {
    const value = form.get(name);
    values[name] = typeof value === "string" ? value.slice(0, 10_000) : "";
  }
  return values;
}

/** The first message for each named field, in the order the schema reported them. */
export function fieldErrors<Field extends string>(
  error: z.ZodError,
  fields: readonly Field[],
): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as Field;
    if (fields.includes(field) && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

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
