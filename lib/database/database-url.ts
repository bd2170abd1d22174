import path from "node:path";

/** Where the embedded SQLite database lives when DATABASE_URL is unset. */
export const DEFAULT_SQLITE_FILE = "data/dateline.db";

export type DatabaseTarget = { provider: "sqlite"; file: string } | { provider: "postgresql"; url: string };

/**
 * Reads DATABASE_URL into a target: unset or `file:` means SQLite (a path relative
 * to the project root), `postgres://` or `postgresql://` means PostgreSQL.
 */
export function parseDatabaseUrl(value: string | undefined, root: string = process.cwd()): DatabaseTarget {
  const url = value?.trim();
  if (!url) return { provider: "sqlite", file: path.resolve(root, DEFAULT_SQLITE_FILE) };
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!file) throw new Error("DATABASE_URL: a file: URL needs a path, e.g. file:./data/dateline.db");
    return { provider: "sqlite", file: path.resolve(root, file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: "postgresql", url };
  throw new Error("DATABASE_URL must be unset, a file: URL (SQLite) or a postgresql:// URL");
}

/** The schema and migrations folder for a provider, relative to the project root. */
export function schemaPathFor(provider: DatabaseTarget["provider"]): string {
  return provider === "sqlite" ? "prisma/schema.prisma" : "prisma/postgres/schema.prisma";
}
