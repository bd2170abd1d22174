/** The look of every text input and textarea in reader forms. */
export const inputClass =
  "border-muted dark:border-muted-dark bg-paper dark:bg-paper-dark mt-1 block w-full rounded border px-3 py-2 text-base aria-[invalid=true]:border-accent dark:aria-[invalid=true]:border-accent-dark";

/**
 * A label, an optional hint, the field's error right under them, then the input. The input's
 * aria-describedby names `${id}-hint` and `${id}-error` when they are shown.
 */
export function FormField({
  label,
  id,
  error,
  hint,
  children,
}: {
  label: string;
  id: string;
  error?: string;
  hint?: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-muted dark:text-muted-dark mt-0.5 text-sm">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-accent dark:text-accent-dark mt-1 text-sm font-semibold">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
