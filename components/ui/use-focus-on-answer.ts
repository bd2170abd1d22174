"use client";

import { useEffect } from "react";

/**
 * After each answer to a form (not on first render), moves the focus to the element that says
 * what happened (its notice or error summary), so keyboards and screen readers land on it.
 */
export function useFocusOnAnswer(state: { status: string }, id: string): void {
  useEffect(() => {
    if (state.status !== "idle") document.getElementById(id)?.focus();
  }, [state, id]);
}
