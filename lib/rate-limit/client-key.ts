import ipaddr from "ipaddr.js";

/**
 * The key a per-client limit counts under. One IPv6 subscriber is usually given a whole /64
 * and can rotate through it at will, so an IPv6 address counts as its /64; an IPv4-mapped
 * IPv6 address counts as the IPv4 address it carries. Anything unreadable counts as itself.
 */
export function clientKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const prefix = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${prefix.join(":")}::/64`;
}
