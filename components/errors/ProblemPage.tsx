/** A plain page that says what went wrong and where to go instead; no technical detail. */
export function ProblemPage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-[40rem] py-10">
      <h1 className="text-4xl font-bold tracking-tight">{title}</h1>
      <div className="text-muted dark:text-muted-dark mt-4 text-xl leading-relaxed">{children}</div>
      <p className="mt-8 font-sans">
        <a href="/" className="text-accent dark:text-accent-dark underline">
          Go to the front page
        </a>
      </p>
    </div>
  );
}
