import "server-only";
import { createPrismaClient, type Database } from "./database/create-client";
import { env } from "./env";

const globalForDb = globalThis as unknown as { datelineDb?: Database };

/**
 * The Prisma client for SQLite or PostgreSQL, chosen by DATABASE_URL at run time.
 * Kept on globalThis so development reloads do not open a new pool each time.
 */
export const db: Database = (globalForDb.datelineDb ??= createPrismaClient(env.database));
