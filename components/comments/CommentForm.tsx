"use client";

import { type FormAction, summaryMessages } from "@/lib/actions/form-state";
import { useActionState, useEffect, useRef, useState } from "react";
import { emptyValues, type ReplyFormState } from "@/lib/comments/reply-form-state";
import { commentEditPath } from "@/lib/articles/story-paths";
import { COMMENT_LIMITS, type CommentField } from "@/lib/validation/form-limits";
import { ErrorSummary } from "../ui/ErrorSummary";
import { Honeypot } from "../ui/Honeypot";
import { FormToken } from "../ui/FormToken";
import { FormField, inputClass } from "../ui/FormField";
import { CommentAuthor } from "./CommentAuthor";
import { CommentText } from "./CommentText";
import { useNearViewport } from "../ui/use-near-viewport";
import { useReplyTarget } from "./ReplyContext";
import { SubmitButton } from "../ui/SubmitButton";

type Action = FormAction<ReplyFormState>;

type Props = {
  action: Action;
  storyId: number;
  /** Where a post without JavaScript lands: this page, scrolled to the form. */
  permalink: string;
  /** The story's own address, for "Cancel reply" without JavaScript. */
  storyHref: string;
  formToken: string;
  closesNote: string | null;
};

const REMEMBER_KEY = "dateline.commenter";

// form.name is the form's own name attribute, so fields are looked up by name explicitly.
const control = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLInputElement;
const labels: Record<CommentField, string> = {
  comment: "Comment",
  name: "Name",
  email: "Email",
  website: "Website",
};

/** Leave a Reply: a plain form post without JavaScript; in place, with focus management, with it. */
export function CommentForm({ action, storyId, permalink, storyHref, formToken, closesNote }: Props) {
  const [state, formAction, pending] = useActionState(
    action,
    { status: "idle", values: emptyValues },
    permalink,
  );
  const { target, setTarget } = useReplyTarget();
  const [length, setLength] = useState<number | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const near = useNearViewport(formRef);

  const values = state.values;
  const fieldErrors = state.status === "invalid" ? state.fieldErrors : {};
  const summary = summaryMessages(state);

  // Remembered details fill empty fields as the reader arrives at the form; the checkbox
  // decides whether they are kept.
  useEffect(() => {
    const form = formRef.current;
    if (!form || !near) return;
    setLength(control(form, "comment").value.length);
    const saved = localStorage.getItem(REMEMBER_KEY);
    if (!saved) return;
    try {
      const details = JSON.parse(saved) as { name?: string; email?: string; website?: string };
      for (const field of ["name", "email", "website"] as const) {
        if (!control(form, field).value && details[field]) control(form, field).value = details[field];
      }
      control(form, "remember").checked = true;
    } catch {
      localStorage.removeItem(REMEMBER_KEY);
    }
  }, [near]);

  useEffect(() => {
    if (state.status === "idle") return;
    if (state.status === "done") setTarget(null);
    setLength(formRef.current ? control(formRef.current, "comment").value.length : 0);
    // Screen readers and keyboards land on the outcome: the preview or the error summary.
    document.getElementById("reply-result")?.focus();
  }, [state, setTarget]);

  const remember = (form: HTMLFormElement) => {
    if (control(form, "remember").checked) {
      const [name, email, website] = ["name", "email", "website"].map((field) => control(form, field).value);
      localStorage.setItem(REMEMBER_KEY, JSON.stringify({ name, email, website }));
    } else {
      localStorage.removeItem(REMEMBER_KEY);
    }
  };

  const describedBy = (field: CommentField, extra?: string) =>
    [fieldErrors[field] ? `${field}-field-error` : null, extra].filter(Boolean).join(" ") || undefined;

  return (
    <section id="respond" aria-labelledby="respond-heading" className="scroll-mt-4">
      <h2 id="respond-heading" className="font-sans text-2xl font-bold">
        {target ? `Leave a Reply to ${target.name}` : "Leave a Reply"}
      </h2>
      {target && (
        <p className="mt-1 font-sans text-sm">
          <a
            href={`${storyHref}#respond`}
            className="text-accent dark:text-accent-dark underline"
            onClick={(event) => {
              event.preventDefault();
              setTarget(null);
              document.getElementById("comment-field")?.focus();
            }}
          >
            Cancel reply
          </a>
        </p>
      )}

      <div>
        {state.status === "done" && <PostedNotice state={state} storyHref={storyHref} />}
        <ErrorSummary
          id="reply-result"
          title="There is a problem with your comment"
          messages={summary}
          fields={(Object.keys(fieldErrors) as CommentField[]).map((field) => ({
            id: `${field}-field`,
            label: labels[field],
            message: fieldErrors[field]!,
          }))}
        />
      </div>

      <form
        ref={formRef}
        action={formAction}
        onSubmit={(event) => remember(event.currentTarget)}
        className="mt-4 space-y-5 font-sans"
        noValidate
      >
        <p className="text-muted dark:text-muted-dark text-sm">
          Your email address will not be published. Required fields are marked *
        </p>
        {closesNote && <p className="text-sm font-semibold">{closesNote}</p>}
        <input type="hidden" name="storyId" value={storyId} />
        <input type="hidden" name="parentId" value={target?.id ?? ""} />
        <FormToken storyId={storyId} printed={formToken} answer={state} active={near} />

        <FormField label="Comment *" id="comment-field" error={fieldErrors.comment}>
          <textarea
            id="comment-field"
            name="comment"
            rows={7}
            required
            maxLength={COMMENT_LIMITS.comment}
            defaultValue={values.comment}
            aria-invalid={fieldErrors.comment ? true : undefined}
            aria-describedby={describedBy("comment", length === null ? undefined : "comment-remaining")}
            onChange={(event) => setLength(event.currentTarget.value.length)}
            className={inputClass}
          />
          {length !== null && (
            <p
              id="comment-remaining"
              className="text-muted dark:text-muted-dark mt-1 text-sm"
              aria-live="polite"
            >
              {(COMMENT_LIMITS.comment - length).toLocaleString("en-GB")} characters left
            </p>
          )}
        </FormField>
        {lineFields.map(({ field, label, type, autoComplete, required }) => (
          <FormField key={field} label={label} id={`${field}-field`} error={fieldErrors[field]}>
            <input
              id={`${field}-field`}
              name={field}
              type={type}
              autoComplete={autoComplete}
              required={required}
              maxLength={COMMENT_LIMITS[field]}
              defaultValue={values[field]}
              aria-invalid={fieldErrors[field] ? true : undefined}
              aria-describedby={describedBy(field)}
              className={inputClass}
            />
          </FormField>
        ))}
        <Honeypot id="homepage-field" />
        <p className="flex items-start gap-2">
          <input
            id="remember-field"
            name="remember"
            type="checkbox"
            defaultChecked={values.remember === "on"}
            className="mt-1 size-4"
          />
          <label htmlFor="remember-field">
            Save my name, email, and website in this browser for the next time I comment.
          </label>
        </p>
        <p className="flex items-start gap-2">
          <input
            id="notify-field"
            name="notify"
            type="checkbox"
            defaultChecked={values.notify === "on"}
            aria-describedby="notify-hint"
            className="mt-1 size-4"
          />
          <span>
            <label htmlFor="notify-field">Email me when someone replies to this comment.</label>{" "}
            <span id="notify-hint" className="text-muted dark:text-muted-dark text-sm">
              The first time, we email you a link to confirm; every email has a link to stop them.
            </span>
          </span>
        </p>
        <SubmitButton pending={pending} busy="Posting…">
          Post Comment
        </SubmitButton>
      </form>
    </section>
  );
}

const lineFields = [
  { field: "name", label: "Name *", type: "text", autoComplete: "name", required: true },
  { field: "email", label: "Email *", type: "email", autoComplete: "email", required: true },
  { field: "website", label: "Website", type: "url", autoComplete: "url", required: false },
] as const;

function PostedNotice({
  state,
  storyHref,
}: {
  state: Extract<ReplyFormState, { status: "done" }>;
  storyHref: string;
}) {
  const { comment } = state;
  return (
    <div
      id="reply-result"
      tabIndex={-1}
      role="status"
      className="border-rule dark:border-rule-dark my-4 border p-4"
    >
      <p className="font-sans font-semibold">
        {comment.status === "approved"
          ? "Thank you. Your comment has been posted."
          : `Your comment is awaiting moderation${comment.heldBecause ? `: it is held for a moderator ${comment.heldBecause}` : ""}. This is a preview; your comment will be visible after it has been approved.`}
      </p>
      <p className="mt-2 font-sans text-sm">
        <a href={commentEditPath(storyHref, comment.id)} className="underline">
          Correct your comment
        </a>{" "}
        (until {comment.editableUntil}, in this browser)
      </p>
      {comment.notify && (
        <p className="mt-2 font-sans text-sm">
          You asked to be emailed replies. If this address has not confirmed reply emails before, look for our
          email with a link to confirm.
        </p>
      )}
      <article id={`comment-${comment.id}`} className="mt-3">
        <p className="mb-2 font-sans text-sm">
          <CommentAuthor name={comment.authorName} url={comment.authorUrl} />
        </p>
        <div className="text-lg leading-relaxed">
          <CommentText body={comment.body} />
        </div>
      </article>
    </div>
  );
}
