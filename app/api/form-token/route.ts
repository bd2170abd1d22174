import { mintFormToken } from "@/lib/comments/form-token";
import { formSecret } from "@/lib/comments/form-secret";
import { takeTokenTurn, TOKEN_RULE } from "@/lib/comments/form-token-limit";
import { currentClientAddress } from "@/lib/request/client-address";

/**
 * A fresh form token for a story, fetched by the reader forms once JavaScript runs and after
 * each post: the one in the cached page carries the page's render time, not the reader's, and
 * every reader of that page has the same one, while a token can be used once.
 */
export async function GET(request: Request): Promise<Response> {
  const storyId = Number(new URL(request.url).searchParams.get("story"));
  if (!Number.isSafeInteger(storyId) || storyId <= 0)
    return Response.json({ error: "story?" }, { status: 400 });
  const noStore = { "cache-control": "no-store" };
  if (!(await takeTokenTurn(await currentClientAddress())))
    return Response.json(
      { error: "too many" },
      { status: 429, headers: { ...noStore, "retry-after": String(TOKEN_RULE.durationSeconds) } },
    );
  return Response.json({ token: mintFormToken(storyId, formSecret()) }, { headers: noStore });
}
