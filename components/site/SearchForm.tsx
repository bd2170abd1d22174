/** A plain GET form to /search: works without JavaScript, on every reader page. */
export function SearchForm({
  id,
  name,
  query = "",
  large = false,
}: {
  id: string;
  /** Names the search landmark; a page with two needs two names. */
  name: string;
  query?: string;
  large?: boolean;
}) {
  return (
    <form
      role="search"
      aria-label={name}
      action="/search"
      method="get"
      className="flex items-stretch gap-2 font-sans"
    >
      <label htmlFor={id} className="sr-only">
        Search stories
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={query}
        maxLength={200}
        placeholder="Search stories"
        className={`border-muted dark:border-muted-dark bg-paper dark:bg-paper-dark rounded border px-3 ${large ? "w-full py-2 text-base" : "w-40 py-1 text-sm sm:w-56"}`}
      />
      <button
        type="submit"
        className={`bg-ink text-paper dark:bg-ink-dark dark:text-paper-dark rounded px-3 font-semibold ${large ? "py-2" : "py-1 text-sm"}`}
      >
        Search
      </button>
    </form>
  );
}
