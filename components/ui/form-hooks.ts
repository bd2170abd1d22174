"use client";

import { useEffect, useState } from "react";

/**
 * The form token to send: the one printed in the (cached) page, replaced once JavaScript runs
 * by a fresh one, because the printed one tells when the page was rendered, not when this
 * reader opened it.
 */
export function useFreshFormToken(storyId: number, printed: string): string {
  const [token, setToken] = useState(printed);
  useEffect(() => {
    fetch(`/api/form-token?story=${storyId}`, { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { token?: string } | null) => body?.token && setToken(body.token))
      .catch(() => {});
  }, [storyId]);
  return token;
}

/** The form-wide sentences of a refused or invalid post, for its error summary. */
export function summaryMessages(state: { status: string; message?: string }): string[] {
  return (state.status === "refused" || state.status === "invalid") && state.message ? [state.message] : [];
}
