import type { z } from "zod";
import type { CommentField } from "../validation/comment";

/** What the reader typed, handed back so the form never loses it. */
export type ReplyFormValues = {
  comment: string;
  name: string;
  email: string;
  website: string;
  parentId: string;
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

export const emptyValues: ReplyFormValues = { comment: "", name: "", email: "", website: "", parentId: "" };

const fields: CommentField[] = ["comment", "name", "email", "website"];

/** The typed values from a form post, each as a string, capped so a huge post is not echoed back whole. */
export function valuesFrom(form: FormData): ReplyFormValues {
  const get = (name: keyof ReplyFormValues) => {
    const value = form.get(name);
    return typeof value === "string" ? value.slice(0, 10_000) : "";
  };
  return {
    comment: get("comment"),
    name: get("name"),
    email: get("email"),
    website: get("website"),
    parentId: get("parentId"),
  };
}

/** The first message for each form field, in form order. */
export function fieldErrorsFrom(error: z.ZodError): Partial<Record<CommentField, string>> {
  const errors: Partial<Record<CommentField, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as CommentField;
    if (fields.includes(field) && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}
