"use client";

import "./globals.css";
import { ProblemPage } from "@/components/errors/ProblemPage";

/** The last resort, when even the root layout failed. */
export default function GlobalError() {
  return (
    <html lang="en">
      <body>
        <main id="content" className="px-4 sm:px-6">
          {/* The failed page's metadata never resolved; React hoists this into <head>. */}
          <title>Page unavailable</title>
          <ProblemPage title="Sorry, this page is unavailable">
            <p>We are having trouble showing this page right now. Please try again in a few minutes.</p>
          </ProblemPage>
        </main>
      </body>
    </html>
  );
}
