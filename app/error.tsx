"use client";

import { UnavailablePage } from "@/components/errors/UnavailablePage";

/** Shown when a page cannot be rendered, typically because the database is unreachable. */
export default function ErrorPage() {
  return <UnavailablePage />;
}
