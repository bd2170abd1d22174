"use client";

import { useEffect, useState } from "react";

/**
 * The form's signed render time: the token printed in the (cached) page, replaced once
 * JavaScript runs by a fresh one, because the printed one tells when the page was rendered,
 * not when this reader opened it. `data-fresh` marks the replacement (tests wait for it).
 */
export function FormToken({ storyId, printed }: { storyId: number; printed: string }) {
  const [token, setToken] = useState({ value: printed, fresh: false });
  useEffect(() => {
    fetch(`/api/form-token?story=${storyId}`, { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { token?: string } | null) => body?.token && setToken({ value: body.token, fresh: true }))
      .catch(() => {});
  }, [storyId]);
  return <input type="hidden" name="formToken" value={token.value} data-fresh={token.fresh || undefined} />;
}
