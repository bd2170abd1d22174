/**
 * Every character a browser or a mail program reads as the dot between two labels of a host
 * name, once NFKC has folded look-alikes (fullwidth "．", the one-dot leader, the small full
 * stop) onto ".": the ideographic full stop "。" and its halfwidth form survive NFKC.
 */
const LABEL_DOTS = /[\u3002\uff61\uff0e]/gu;

/** Text as a mail program's link finder sees it: compatibility forms folded, every dot a dot. */
export function foldForLinks(text: string): string {
  return text.normalize("NFKC").replace(LABEL_DOTS, ".");
}

const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
/** A host name: labels of any script (пример.рф, xn--e1afmkfd.xn--p1ai), the last one of letters. */
const HOST = new RegExp(
  String.raw`(?<![\p{L}\p{N}.-])((${LABEL})(?:\.${LABEL})*\.([\p{L}]{2,63}|xn--[a-z0-9-]+))(?![\p{L}\p{N}-])([/:?#])?`,
  "giu",
);
const SCHEME_OR_WWW = /\b(?:https?|ftp|mailto|file|javascript|data):|\bwww\./iu;
const IPV4 = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d])/u;
/** IPv6 as it appears in a link (bracketed) or written out with "::". */
const IPV6 =
  /\[[0-9a-f:.]+\]|(?<![\p{L}\p{N}:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4})*::(?:[0-9a-f]{1,4}:?)*[0-9a-f]*/iu;
const LOCALHOST = /\blocalhost\b/iu;

/**
 * Whether text carries something a mail program could turn into a link, or a reader could
 * copy into an address bar: a scheme, "www.", an IP address, or a host name with a top-level
 * domain of any length or script. "J.R. Smith" and "e.g." are not hosts; a one-letter first
 * label counts when it is followed by a path or a port ("t.co/x", "v.gd/x") or is lower case.
 */
export function looksLikeLink(text: string): boolean {
  const folded = foldForLinks(text);
  if (SCHEME_OR_WWW.test(folded) || IPV4.test(folded) || IPV6.test(folded) || LOCALHOST.test(folded))
    return true;
  for (const match of folded.matchAll(HOST)) {
    const [, , firstLabel, , after] = match;
    if (firstLabel!.length > 1 || after) return true;
    // "J.Smith": an initial before a capitalised word is a name.
    const host = match[1]!;
    if (!/^\p{Lu}\.\p{Lu}/u.test(host)) return true;
  }
  return false;
}
