/**
 * "malformed" when the path's %-escapes do not decode; "impossible" when no route of ours
 * could match it (a segment over 100 characters or with characters our slugs and files never
 * use); otherwise "plausible".
 */
export function pathShape(url: string | undefined): "malformed" | "impossible" | "plausible" {
  const path = (url ?? "/").split("?")[0]!;
  let segments: string[];
  try {
    segments = path.split("/").map(decodeURIComponent);
  } catch {
    return "malformed";
  }
  return segments.every((segment) => segment.length <= 100 && /^[A-Za-z0-9._~-]*$/.test(segment))
    ? "plausible"
    : "impossible";
}
