const header =
  "// GENERATED from prisma/schema.prisma by `npm run db:schemas`. Do not edit: change the source and re-run.\n";

/**
 * Derives the PostgreSQL schema from the SQLite source by swapping exactly the
 * provider, url and client output lines; the models stay byte-for-byte the same.
 */
export function derivePostgresSchema(source: string): string {
  const swaps: Array<[RegExp, string]> = [
    [/^(\s*provider\s*=\s*)"sqlite"/m, '$1"postgresql"'],
    [/^(\s*url\s*=\s*)"file:[^"]*"/m, '$1"postgresql://unused@localhost/unused"'],
    [/^(\s*output\s*=\s*)"\.\.\/lib\/generated\/sqlite"/m, '$1"../../lib/generated/postgres"'],
  ];
  let derived = source;
  for (const [pattern, replacement] of swaps) {
    if (!pattern.test(derived)) throw new Error(`prisma/schema.prisma: expected a line matching ${pattern}`);
    derived = derived.replace(pattern, replacement);
  }
  return header + derived;
}
