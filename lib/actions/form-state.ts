import type { RefusalCode } from "../errors";

/** A form's typed values, as strings: handed back with every answer so nothing typed is lost. */
export type FormValues = Record<string, string>;

export type FieldErrors<Values extends FormValues> = Partial<Record<keyof Values & string, string>>;

/**
 * What every form action answers. `invalid`: fields failed their checks, each with its sentence.
 * `refused`: the request was understood and refused (a Refusal's code and sentence).
 * `done`: it happened; `Done` is what the form shows about it.
 */
export type FormState<Values extends FormValues, Done extends object = object> =
  | { status: "idle"; values: Values }
  | { status: "invalid"; values: Values; fieldErrors: FieldErrors<Values>; message?: string }
  | { status: "refused"; values: Values; code: RefusalCode; message: string }
  | ({ status: "done"; values: Values } & Done);

/** The field errors of a state, empty unless it is `invalid`. */
export function fieldErrorsOf<Values extends FormValues>(
  state: FormState<Values, object>,
): FieldErrors<Values> {
  return state.status === "invalid" ? state.fieldErrors : {};
}

/** Any form's state, for code that works on every form. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFormState = FormState<any, object>;

/** The values of a form state. */
export type ValuesOf<State extends AnyFormState> = State["values"];

/** What a `done` state adds to the values: what the form shows about what happened. */
export type DoneOf<State extends AnyFormState> = Omit<
  Extract<State, { status: "done" }>,
  "status" | "values"
>;

/** A server action for useActionState: the previous state and the posted form give the next state. */
export type FormAction<State extends AnyFormState> = (previous: State, form: FormData) => Promise<State>;

/** The form-wide sentence of a refused or unreadable post, for its error summary. */
export function summaryMessages(state: AnyFormState): string[] {
  return (state.status === "refused" || state.status === "invalid") && state.message ? [state.message] : [];
}
