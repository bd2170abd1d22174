"use client";

import { useEffect, useState } from "react";

/**
 * The form's signed render time: the token printed in the (cached) page, replaced once
 * JavaScript runs by a fresh one, because the printed one tells when the page was rendered,
 * not when this reader opened it, and a token can be used once. `answer` is the form's last
 * answer: each post spends the token, so each answer brings a new one. `data-fresh` marks a
 * token fetched for this reader (tests wait for it). A form far down the page passes `active`
 * once the reader comes near it, so the fetch waits until then.
 */
export function FormToken({
  storyId,
  printed,
  answer,
  active = true,
}: {
  storyId: number;
  printed: string;
  answer: unknown;
  active?: boolean;
}) {
  // The answer a token was fetched after: a token is fresh until the next answer.
  const [token, setToken] = useState<{ value: string; after?: { answer: unknown } }>({ value: printed });
  useEffect(() => {
    if (!active) return;
    let current = true;
    fetch(`/api/form-token?story=${storyId}`, { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { token?: string } | null) => {
        if (current && body?.token) setToken({ value: body.token, after: { answer } });
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [storyId, answer, active]);
  const fresh = token.after !== undefined && token.after.answer === answer;
  return <input type="hidden" name="formToken" value={token.value} data-fresh={fresh || undefined} />;
}
