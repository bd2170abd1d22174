import { ProblemPage } from "./ProblemPage";

/** The apology readers see when a page cannot be rendered (the server answers 503 or 500). */
export function UnavailablePage() {
  return (
    <main id="content" className="px-4 sm:px-6">
      {/* The failed page's metadata never resolved; React hoists this into <head>. */}
      <title>Page unavailable</title>
      <ProblemPage title="Sorry, this page is unavailable">
        <p>We are having trouble showing this page right now. Please try again in a few minutes.</p>
      </ProblemPage>
    </main>
  );
}
