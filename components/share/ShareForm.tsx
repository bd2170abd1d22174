"use client";

import { type FormAction, summaryMessages } from "@/lib/actions/form-state";
import { useActionState, useEffect, useState } from "react";
import { emptyShareValues, type ShareFormState } from "@/lib/sharing/share-form-state";
import { SHARE_LIMITS, type ShareField } from "@/lib/validation/form-limits";
import { ErrorSummary } from "../ui/ErrorSummary";
import { Honeypot } from "../ui/Honeypot";
import { FormToken } from "../ui/FormToken";
import { FormField, inputClass } from "../ui/FormField";
import { SubmitButton } from "../ui/SubmitButton";

export type SharePreview = {
  headline: string;
  dateline: string;
  summary: string;
  url: string;
  siteName: string;
};

type Props = {
  action: FormAction<ShareFormState>;
  storyId: number;
  /** Where a post without JavaScript lands: the share page. */
  permalink: string;
  formToken: string;
  preview: SharePreview;
  /** In the dialog: closes it. On the share page Cancel is a link back to the story. */
  onCancel?: () => void;
  cancelHref: string;
  onSent?: (recipient: string) => void;
  /** 2 on the share page (under its h1), 3 in the dialog (under its h2). */
  headingLevel: 2 | 3;
};

const labels: Record<ShareField, string> = {
  recipient: "Recipient email",
  senderName: "Your name",
  senderEmail: "Your email",
  message: "Your message",
};

/** Send this to a friend: four fields, a live preview of the email, Send and Cancel. */
export function ShareForm({
  action,
  storyId,
  permalink,
  formToken,
  preview,
  onCancel,
  cancelHref,
  onSent,
  headingLevel,
}: Props) {
  const Heading = `h${headingLevel}` as const;
  const [state, formAction, pending] = useActionState(
    action,
    { status: "idle", values: emptyShareValues },
    permalink,
  );
  const [name, setName] = useState(state.values.senderName);
  const [message, setMessage] = useState(state.values.message);
  const fieldErrors = state.status === "invalid" ? state.fieldErrors : {};
  const messages = summaryMessages(state);

  useEffect(() => {
    if (state.status === "done") {
      setMessage("");
      onSent?.(state.recipient);
    }
    if (state.status !== "idle") document.getElementById("share-result")?.focus();
  }, [state, onSent]);

  const describedBy = (field: ShareField) => (fieldErrors[field] ? `share-${field}-error` : undefined);
  const input = (field: Exclude<ShareField, "message">, type: string, autoComplete: string) => (
    <FormField label={labels[field]} id={`share-${field}`} error={fieldErrors[field]}>
      <input
        id={`share-${field}`}
        name={field}
        type={type}
        autoComplete={autoComplete}
        required
        // In the dialog the form arrives after showModal() chose where focus goes.
        autoFocus={onCancel !== undefined && field === "recipient"}
        maxLength={field === "senderName" ? SHARE_LIMITS.name : 254}
        defaultValue={state.values[field]}
        aria-invalid={fieldErrors[field] ? true : undefined}
        aria-describedby={describedBy(field)}
        onChange={field === "senderName" ? (event) => setName(event.currentTarget.value) : undefined}
        className={inputClass}
      />
    </FormField>
  );

  return (
    <div className="font-sans">
      {state.status === "done" && (
        <p
          id="share-result"
          tabIndex={-1}
          role="status"
          className="border-rule dark:border-rule-dark my-4 border p-4 font-semibold"
        >
          Message sent! We are emailing the story to {state.recipient}.
        </p>
      )}
      <ErrorSummary
        id="share-result"
        title="There is a problem with your message"
        headingLevel={headingLevel}
        messages={messages}
        fields={(Object.keys(fieldErrors) as ShareField[]).map((field) => ({
          id: `share-${field}`,
          label: labels[field],
          message: fieldErrors[field]!,
        }))}
      />
      <form action={formAction} className="space-y-4" noValidate>
        <input type="hidden" name="storyId" value={storyId} />
        <FormToken storyId={storyId} printed={formToken} answer={state} />
        {input("recipient", "email", "off")}
        {input("senderName", "text", "name")}
        {input("senderEmail", "email", "email")}
        <FormField
          label={labels.message}
          hint={`Optional: up to ${SHARE_LIMITS.message} characters of plain text, no links.`}
          id="share-message"
          error={fieldErrors.message}
        >
          <textarea
            id="share-message"
            name="message"
            rows={3}
            maxLength={SHARE_LIMITS.message}
            defaultValue={state.values.message}
            aria-invalid={fieldErrors.message ? true : undefined}
            aria-describedby={["share-message-hint", describedBy("message")].filter(Boolean).join(" ")}
            onChange={(event) => setMessage(event.currentTarget.value)}
            className={inputClass}
          />
        </FormField>
        <Honeypot id="share-homepage" />
        <div className="flex gap-3">
          <SubmitButton pending={pending} busy="Sending…">
            Send
          </SubmitButton>
          {onCancel ? (
            <button type="button" onClick={onCancel} className="rounded border px-5 py-2.5 font-semibold">
              Cancel
            </button>
          ) : (
            <a href={cancelHref} className="rounded border px-5 py-2.5 font-semibold no-underline">
              Cancel
            </a>
          )}
        </div>
      </form>
      <section
        aria-labelledby="share-preview-heading"
        className="border-rule dark:border-rule-dark mt-6 border-t pt-4 text-sm"
      >
        <Heading id="share-preview-heading" className="font-bold">
          What your friend will receive
        </Heading>
        <p className="mt-2">
          <span className="font-semibold">Subject:</span> {name.trim() || "Your name"} sent you:{" "}
          {preview.headline}
        </p>
        <div className="border-rule dark:border-rule-dark mt-2 border p-3 font-serif">
          <p className="font-bold">{preview.headline}</p>
          <p className="font-sans text-xs font-semibold uppercase">{preview.dateline}</p>
          <p className="mt-2">{preview.summary}</p>
          <p className="mt-2 break-all">{preview.url}</p>
          {message.trim() && (
            <blockquote className="border-rule dark:border-rule-dark mt-2 border-l-4 pl-3 italic">
              {message.replace(/\s+/g, " ").trim()}
            </blockquote>
          )}
          <p className="text-muted dark:text-muted-dark mt-2 font-sans text-xs">
            With a note saying why they received it and a link to refuse shared stories from{" "}
            {preview.siteName}.
          </p>
        </div>
      </section>
    </div>
  );
}
