import { ProblemPage } from "@/components/errors/ProblemPage";

export const metadata = { title: "Page not found", robots: { index: false } };

// Rendered inside the site layout, which provides the page's <main>.
export default function NotFound() {
  return (
    <ProblemPage title="Page not found">
      <p>
        We could not find that page. The story may have been moved or removed, or the address may be mistyped.
      </p>
    </ProblemPage>
  );
}
