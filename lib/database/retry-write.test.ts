import { describe, expect, it } from "vitest";
import { retryWrite } from "./retry-write";

describe("retryWrite", () => {
  it("tries again after a lost race and returns the result", async () => {
    let calls = 0;
    const result = await retryWrite(async () => {
      calls++;
      if (calls < 3) throw Object.assign(new Error("Unique constraint failed"), { code: "P2002" });
      return "stored";
    });
    expect([result, calls]).toEqual(["stored", 3]);
  });

  it("does not repeat a write that failed for another reason", async () => {
    let calls = 0;
    await expect(
      retryWrite(async () => {
        calls++;
        throw new Error("value too long");
      }),
    ).rejects.toThrow("value too long");
    expect(calls).toBe(1);
  });

  it("gives up after the last attempt with the conflict itself", async () => {
    let calls = 0;
    await expect(
      retryWrite(async () => {
        calls++;
        throw new Error("SQLITE_BUSY: database is locked");
      }, 3),
    ).rejects.toThrow("SQLITE_BUSY");
    expect(calls).toBe(3);
  });
});
