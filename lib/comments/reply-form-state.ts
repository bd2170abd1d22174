import type { z } from "zod";
import type { CommentField } from "../validation/comment";
import { fieldErrors, formValues } from "../validation/form-state";

/** What the reader typed, handed back so the form never loses it. */
export type ReplyFormValues = {
  comment: string;
  name: string;
  email: string;
  website: string;
  parentId: string;
  /** "on" when "Save my name, email, and website" was ticked: kept ticked for the next post. */
  remember: string;
};

/** A just-posted comment as its author sees it in the response to their post. */
export type PostedPreview = {
  id: number;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: string;
  status: "approved" | "pending";
};

export type ReplyFormState =
  | { status: "idle"; values: ReplyFormValues }
  | {
      status: "invalid";
      values: ReplyFormValues;
      fieldErrors: Partial<Record<CommentField, string>>;
      message?: string;
    }
  | { status: "refused"; values: ReplyFormValues; message: string }
  | { status: "posted"; values: ReplyFormValues; comment: PostedPreview };

export const emptyValues: ReplyFormValues = {
  comment: "",
  name: "",
  email: "",
  website: "",
  parentId: "",
  remember: "",
};

const fields = ["comment", "name", "email", "website"] as const satisfies readonly CommentField[];

/** The typed values from a comment post. */
export function valuesFrom(form: FormData): ReplyFormValues {
  return formValues(form, [...fields, "parentId", "remember"] as const);
}

/** The first message for each comment field. */
export function fieldErrorsFrom(error: z.ZodError): Partial<Record<CommentField, string>> {
  return fieldErrors(error, fields);
}
