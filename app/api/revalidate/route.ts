import { z } from "zod";
import { revalidateEverything, revalidatePaths } from "@/lib/cache/revalidate-reader-pages";
import { isAuthorizedRevalidation } from "@/lib/cache/revalidation-auth";

// Set on the server's own repeat of a revalidation (lib/cache/revalidate-again.ts).
const again = z.literal(false).optional();

const body = z.union([
  z.strictObject({
    paths: z
      .array(
        z
          .string()
          .regex(/^\/[\w\-/.()[\]]*$/)
          .max(300),
      )
      .min(1)
      .max(200),
    again,
  }),
  z.strictObject({ everything: z.literal(true), again }),
]);

/**
 * Lets writers outside this process (the import CLI, the server's own start) mark cached
 * pages stale. Only for callers holding REVALIDATE_SECRET or the process's start token.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isAuthorizedRevalidation(request.headers.get("authorization"))) {
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return Response.json({ error: "expected { paths: [...] } or { everything: true }" }, { status: 400 });
  const repeat = { again: parsed.data.again ?? true };
  if ("everything" in parsed.data) revalidateEverything(repeat);
  else revalidatePaths(parsed.data.paths, repeat);
  return Response.json({ revalidated: true });
}
