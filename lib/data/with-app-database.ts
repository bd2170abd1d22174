import "server-only";
import type { Database } from "../database/create-client";
import { db } from "../db";

/**
 * A use case with the app's own database given. Use cases take the database as their first
 * argument (tests give them a throwaway one); pages and routes call them through lib/data.
 */
export function withAppDatabase<Args extends unknown[], Result>(
  useCase: (db: Database, ...args: Args) => Result,
): (...args: Args) => Result {
  return (...args) => useCase(db, ...args);
}
