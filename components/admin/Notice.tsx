/** The outcome of the last newsroom action, announced politely to screen readers. */
export function Notice({ message, tone = "done" }: { message?: string; tone?: "done" | "problem" }) {
  if (!message) return null;
  return (
    <p
      role={tone === "problem" ? "alert" : "status"}
      className={`mt-4 rounded border-l-4 p-3 ${tone === "problem" ? "border-accent dark:border-accent-dark" : "border-[#2f6f3e] dark:border-[#7fd08f]"}`}
    >
      {message}
    </p>
  );
}
