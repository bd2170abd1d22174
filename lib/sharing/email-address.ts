/** The longest address SMTP carries (RFC 5321 path limit less the brackets). */
export const MAX_ADDRESS_LENGTH = 254;

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/**
 * Our own strict rule for an address before it goes anywhere near the mail library: one @,
 * a plain dot-atom local part (no quotes, comments, whitespace, CR or LF), an ASCII domain
 * of at least two labels with a letter TLD (internationalised domains only as xn-- punycode),
 * at most 254 characters. Returns the address with its domain lower-cased, or null.
 */
export function normaliseEmailAddress(value: string): string | null {
  const address = value.trim();
  if (address.length === 0 || address.length > MAX_ADDRESS_LENGTH) return null;
  const parts = address.split("@");
  if (parts.length !== 2) return null;
  const [local, domain] = parts as [string, string];
  if (local.length > 64 || !LOCAL_PART.test(local)) return null;
  const labels = domain.split(".");
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return null;
  if (!/^([A-Za-z]{2,63}|xn--[A-Za-z0-9-]+)$/.test(labels.at(-1)!)) return null;
  return `${local}@${domain.toLowerCase()}`;
}

/**
 * The form of an address that limits and blocks are kept under. Mail systems treat the local
 * part case-blind in practice, so Victim@ and victim@ must not count as two people.
 */
export function addressKey(address: string): string {
  return address.trim().toLowerCase();
}
