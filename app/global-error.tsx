"use client";

import "./globals.css";
import { UnavailablePage } from "@/components/errors/UnavailablePage";

/** The last resort, when even the root layout failed. */
export default function GlobalError() {
  return (
    <html lang="en">
      <body>
        <UnavailablePage />
      </body>
    </html>
  );
}
