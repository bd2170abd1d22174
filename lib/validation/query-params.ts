/** Page numbers and ids in paths: positive integers only ("1", not "01" or "1e3"), else null. */
export function positiveInteger(value: string): number | null {
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}

/** A newsroom list's page from a query parameter: a positive integer, or 1. */
export function pageParam(value: unknown): number {
  return (typeof value === "string" && positiveInteger(value)) || 1;
}

/** A count from a query parameter: a non-negative integer, or 0. */
export function countParam(value: unknown): number {
  return typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : 0;
}
