/** A page number from a query parameter: a positive integer, or 1. */
export function pageParam(value: unknown): number {
  const page = Number(value);
  return Number.isSafeInteger(page) && page > 0 ? page : 1;
}

/** A count from a query parameter: a non-negative integer, or 0. */
export function countParam(value: unknown): number {
  const count = Number(value);
  return Number.isSafeInteger(count) && count >= 0 ? count : 0;
}
