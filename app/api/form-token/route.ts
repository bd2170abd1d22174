import { mintFormToken } from "@/lib/comments/form-token";
import { formSecret } from "@/lib/comments/form-secret";

/**
 * A fresh form token for a story, fetched by the comment form once JavaScript runs: the one in
 * the cached page carries the page's render time, not the reader's.
 */
export async function GET(request: Request): Promise<Response> {
  const storyId = Number(new URL(request.url).searchParams.get("story"));
  if (!Number.isSafeInteger(storyId) || storyId <= 0)
    return Response.json({ error: "story?" }, { status: 400 });
  return Response.json(
    { token: mintFormToken(storyId, formSecret()) },
    { headers: { "cache-control": "no-store" } },
  );
}
