import { expect } from "vitest";
import { ReaderError, type ReaderErrorCode } from "../errors";

/** The code of the ReaderError a use case refused with; fails the test if it did not refuse. */
export async function refusalCode(promise: Promise<unknown>): Promise<ReaderErrorCode> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReaderError);
  return (error as ReaderError).code;
}
