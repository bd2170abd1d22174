/** The page foot. */
export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer className="border-rule dark:border-rule-dark text-muted dark:text-muted-dark mt-16 border-t font-sans text-sm print:hidden">
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <p>© {siteName}</p>
      </div>
    </footer>
  );
}
