import { expect } from "vitest";
import { Refusal, type RefusalCode } from "../errors";

/** The code of the Refusal a use case answered with; fails the test if it did not refuse. */
export async function refusalCode(promise: Promise<unknown>): Promise<RefusalCode> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Refusal);
  return (error as Refusal).code;
}
