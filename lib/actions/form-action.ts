import "server-only";
import { forbidden, redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { Refusal, refusals, type RefusalCode } from "../errors";
import { answerWithStatus } from "../request/response-status";
import { wellFormed } from "../validation/well-formed";
import { loggableError } from "../server/loggable-error";
import type {
  AnyFormState,
  DoneOf,
  FieldErrors,
  FormAction,
  FormState,
  FormValues,
  ValuesOf,
} from "./form-state";

export type FormSpec<State extends AnyFormState, Schema extends z.ZodType, Context> = {
  /** For the server log: "leave a reply", "save story". */
  name: string;
  /** The fields the form shows, each handed back as typed and with its error. */
  fields: readonly Field<State>[];
  /** Fields checked and shown with their error, but never handed back (a password). */
  secret?: readonly Field<State>[];
  /** Hidden fields handed back too (a reply's parent, a story's revision); they have no error of their own. */
  kept?: readonly Field<State>[];
  /** Checks the whole post; its sentences become the fields' errors. */
  schema: Schema;
  /** Posted fields that may repeat (ticked boxes), read as lists. */
  lists?: readonly string[];
  /** Posted files (a photograph), handed to the schema as File objects; never handed back. */
  files?: readonly string[];
  /** The longest value handed back (a story's body is long; a name is not). */
  maxValueLength?: number;
  /** What to say when the post fails checks on no field the form shows (a tampered hidden field). */
  unreadable?: RefusalCode;
  /** The use case; what it returns is what the form shows, with any values it changes (emptied after a send). */
  run: (
    input: z.output<Schema>,
    context: Context & { values: NoInfer<ValuesOf<State>> },
  ) => Promise<NoInfer<DoneOf<State>> & { values?: Partial<NoInfer<ValuesOf<State>>> }>;
};

type Field<State extends AnyFormState> = NoInfer<keyof ValuesOf<State> & string>;

/** Who is asking, found before the form is read; a Refusal here refuses the post. */
export type Door<Context> = {
  open: () => Promise<Context>;
  /** An error that is not a Refusal: readers get an apology (and a 503), the newsroom an error page. */
  unexpected: "apologise" | "throw";
};

const DEFAULT_MAX_VALUE = 10_000;

/**
 * The one way a form is answered: open the door (sign-in, permission), read and check the
 * post, run the use case, and turn every refusal into the form's state, the HTTP status its
 * code names and a log line without personal data. The values typed always come back.
 */
export function formAction<State extends AnyFormState, Schema extends z.ZodType, Context>(
  door: Door<Context>,
  spec: FormSpec<State, Schema, Context>,
): FormAction<State> {
  type Values = ValuesOf<State>;
  return async (_previous, posted) => {
    // React hands every form's post over as FormData; other arguments come only from a post
    // put together by hand, read here as an empty form (refused as invalid, not a 500).
    const form = posted instanceof FormData ? posted : new FormData();
    const values = valuesOf<Values>(
      form,
      [...spec.fields, ...(spec.kept ?? [])].filter((name) => !spec.secret?.includes(name)),
      spec.maxValueLength ?? DEFAULT_MAX_VALUE,
    );
    let state: FormState<Values, DoneOf<State>>;
    try {
      const context = await door.open();
      const parsed = spec.schema.safeParse(postOf(form, spec.fields, spec.lists ?? [], spec.files ?? []));
      if (!parsed.success) {
        const fieldErrors = fieldErrorsFrom<Values>(parsed.error, spec.fields);
        const nothingShown = Object.keys(fieldErrors).length === 0;
        await answerWithStatus(refusals["invalid-input"].status);
        return <State>{
          status: "invalid",
          values,
          fieldErrors,
          message: nothingShown ? refusals[spec.unreadable ?? "invalid-input"].message : undefined,
        };
      }
      const done = await spec.run(parsed.data, { ...context, values });
      state = { ...done, status: "done", values: { ...values, ...done.values } };
    } catch (error) {
      unstable_rethrow(error); // Next's own redirect() and notFound() travel as errors.
      if (!(error instanceof Refusal)) {
        if (door.unexpected === "throw") throw error;
        console.error(`${spec.name} failed:`, loggableError(error));
        await answerWithStatus(refusals["service-unavailable"].status);
        const code = "service-unavailable";
        return <State>{ status: "refused", values, code, message: refusals[code].message };
      }
      console.info(`${spec.name}: refused (${error.code})`);
      if (error.code === "signed-out") redirect("/admin");
      if (error.code === "forbidden") forbidden();
      await answerWithStatus(error.status);
      state = error.field
        ? { status: "invalid", values, fieldErrors: { [error.field]: error.message } as FieldErrors<Values> }
        : { status: "refused", values, code: error.code, message: error.message };
    }
    return state as State;
  };
}

/**
 * For a plain `<form action>` that answers with a page of its own (post, redirect, get): runs
 * the action, then sends the browser where `to` says, which carries the outcome in the address.
 */
export function redirectAfter<State extends AnyFormState>(
  action: FormAction<State>,
  to: (state: Exclude<State, { status: "idle" }>) => string,
): (form: FormData) => Promise<void> {
  return async (form) => {
    const state = await action({ status: "idle", values: {} } as State, form);
    redirect(to(state as Exclude<State, { status: "idle" }>));
  };
}

function valuesOf<Values extends FormValues>(form: FormData, fields: readonly string[], max: number): Values {
  const values: FormValues = {};
  for (const name of fields) {
    const value = form.get(name);
    values[name] = typeof value === "string" ? value.slice(0, max) : "";
  }
  return values as Values;
}

/** The post as the schema reads it: whole strings (an over-long one is refused, not cut), lists where named. */
function postOf(
  form: FormData,
  fields: readonly string[],
  lists: readonly string[],
  files: readonly string[],
): Record<string, unknown> {
  const post: Record<string, unknown> = {};
  for (const name of fields) post[name] = "";
  for (const [name, sent] of form) {
    if (typeof sent !== "string") {
      // A browser sends an empty file for a file input left empty: read as nothing chosen.
      if (files.includes(name) && sent.size > 0) post[name] = sent;
      continue;
    }
    // Half a surrogate pair cannot reach the database driver (it fails the query): every form,
    // the newsroom's too, reads it as U+FFFD, as a browser would have sent it.
    const value = wellFormed(sent);
    if (lists.includes(name)) post[name] = [...((post[name] as string[] | undefined) ?? []), value];
    else post[name] = value;
  }
  return post;
}

/** The first sentence for each field the form shows, in the order the schema reported them. */
function fieldErrorsFrom<Values extends FormValues>(
  error: z.ZodError,
  fields: readonly string[],
): FieldErrors<Values> {
  const errors: FormValues = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0]);
    if (fields.includes(field) && !errors[field]) errors[field] = issue.message;
  }
  return errors as FieldErrors<Values>;
}
