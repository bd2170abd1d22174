/**
 * What of an error may go to the log. Database and SMTP errors can quote what a visitor sent
 * (Prisma prints the failing query's arguments; a mail server names the refused recipient),
 * so only the error's type, code, first line with addresses blotted out, and the stack's
 * frames are kept.
 */
export function loggableError(error: unknown): {
  type: string;
  code?: string;
  message: string;
  stack?: string;
} {
  if (!(error instanceof Error)) return { type: typeof error, message: "(not an Error)" };
  const code = (error as { code?: unknown }).code;
  const frames = error.stack
    ?.split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 8)
    .join("\n");
  return {
    type: error.constructor.name,
    ...(typeof code === "string" ? { code } : {}),
    message: blotAddresses(error.message.split("\n")[0]!.slice(0, 200)),
    ...(frames ? { stack: frames } : {}),
  };
}

const EMAIL = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g;
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;
const IPV6 = /\b[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\b/gi;

/** Replaces email and IP addresses in a line of text with placeholders. */
export function blotAddresses(text: string): string {
  return text
    .replace(EMAIL, "[email]")
    .replace(IPV4, "[ip]")
    .replace(IPV6, (match) => (match.includes("::") || match.split(":").length > 3 ? "[ip]" : match));
}
