/**
 * The problems with a form post, announced to screen readers (role=alert) and focusable so
 * the form can move focus here; each field problem links to its field.
 */
export function ErrorSummary({
  id,
  title,
  messages,
  fields,
  headingLevel = 3,
}: {
  id: string;
  title: string;
  messages: string[];
  fields: Array<{ id: string; label: string; message: string }>;
  /** The summary's heading sits one level below the heading of the form it belongs to. */
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  if (messages.length === 0 && fields.length === 0) return null;
  return (
    <div
      id={id}
      tabIndex={-1}
      role="alert"
      className="border-accent dark:border-accent-dark my-4 border-l-4 p-4 font-sans"
    >
      <Heading className="font-bold">{title}</Heading>
      <ul className="mt-2 list-disc pl-5">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
        {fields.map((field) => (
          <li key={field.id}>
            <a href={`#${field.id}`} className="underline">
              {field.label}: {field.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
