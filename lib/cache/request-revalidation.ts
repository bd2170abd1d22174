/**
 * Asks a running server to revalidate paths, for writers outside its process (the import
 * CLI). Returns a sentence for the operator; never throws, because the write already happened.
 */
export async function requestRevalidation(
  siteUrl: string,
  secret: string | undefined,
  paths: string[],
): Promise<string> {
  if (paths.length === 0) return "nothing to revalidate";
  if (!secret) {
    return "REVALIDATE_SECRET is not set, so a running server was not told: its cached pages refresh on their own schedule (see README)";
  }
  try {
    const response = await fetch(`${siteUrl}/api/revalidate`, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({ paths }),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) return `the server at ${siteUrl} refused to revalidate (HTTP ${response.status})`;
    return `revalidated ${paths.length} page(s) on ${siteUrl}`;
  } catch {
    return `no server answered at ${siteUrl}; pages are fresh when it next renders them`;
  }
}
