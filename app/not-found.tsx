import { ProblemPage } from "@/components/errors/ProblemPage";

export const metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <main id="content" className="px-4 sm:px-6">
      <ProblemPage title="Page not found">
        <p>We could not find that page. The story may have been moved or removed, or the address may be mistyped.</p>
      </ProblemPage>
    </main>
  );
}
