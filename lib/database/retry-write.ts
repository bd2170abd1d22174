/** Errors a write can meet only because another writer was busy at the same moment. */
export function isWriteConflict(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === "P2002" || code === "P2034" || code === "P2028") return true; // unique race, conflict/deadlock, tx api
  return (
    typeof message === "string" &&
    /SQLITE_BUSY|database is locked|deadlock detected|could not serialize|Operation has timed out|Unable to start a transaction/i.test(
      message,
    )
  );
}

/**
 * Runs a transactional write again when it lost a race (two first uses of the same tag,
 * a SQLite lock held by another process), with growing, jittered pauses. Any other error,
 * and the last conflict, is thrown.
 */
export async function retryWrite<T>(write: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !isWriteConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt * 25 + Math.random() * 50));
    }
  }
}

/** Interactive-transaction limits roomy enough for a queue of writers on one SQLite file. */
export const transactionOptions = { maxWait: 10_000, timeout: 15_000 } as const;
