"use client";

/** The form-wide sentences of a refused or invalid post, for its error summary. */
export function summaryMessages(state: { status: string; message?: string }): string[] {
  return (state.status === "refused" || state.status === "invalid") && state.message ? [state.message] : [];
}
