import type { z } from "zod";
import { fieldErrors, formValues } from "../validation/form-state";
import type { ShareField } from "../validation/share";

export type ShareFormValues = Record<ShareField, string>;

export type ShareFormState =
  | { status: "idle"; values: ShareFormValues }
  | {
      status: "invalid";
      values: ShareFormValues;
      fieldErrors: Partial<Record<ShareField, string>>;
      message?: string;
    }
  | { status: "refused"; values: ShareFormValues; message: string }
  | { status: "sent"; values: ShareFormValues; recipient: string };

export const shareFields = [
  "recipient",
  "senderName",
  "senderEmail",
  "message",
] as const satisfies readonly ShareField[];

export const emptyShareValues: ShareFormValues = {
  recipient: "",
  senderName: "",
  senderEmail: "",
  message: "",
};

export const shareValuesFrom = (form: FormData): ShareFormValues => formValues(form, shareFields);
export const shareErrorsFrom = (error: z.ZodError) => fieldErrors(error, shareFields);
