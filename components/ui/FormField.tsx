/** The look of every text input and textarea in reader forms. */
export const inputClass =
  "border-muted dark:border-muted-dark bg-paper dark:bg-paper-dark mt-1 block w-full rounded border px-3 py-2 text-base aria-[invalid=true]:border-accent dark:aria-[invalid=true]:border-accent-dark";

/** A label, the field's error right under it (referenced by the input's aria-describedby), then the input. */
export function FormField({
  label,
  id,
  error,
  children,
}: {
  label: string;
  id: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {error && (
        <p id={`${id}-error`} className="text-accent dark:text-accent-dark mt-1 text-sm font-semibold">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
