import { z } from "zod";

/** The largest id a row can have: PostgreSQL's `integer`, which Prisma's Int maps to. */
export const MAX_RECORD_ID = 2_147_483_647;

/** A row's id as a form posts it: a whole number from 1 up to what the database can hold (a larger one would fail the query). */
export const recordId = z.coerce.number().int().positive().max(MAX_RECORD_ID);
