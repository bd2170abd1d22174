import { describe, expect, it } from "vitest";
import { signIn } from "./sign-in";
import { SIGN_IN_LIMITS, createSignInLimiters, failureDelayMs } from "./sign-in-limits";

const password = "the right password";

function harness() {
  const limiters = createSignInLimiters();
  const waits: number[] = [];
  const attempt = async (_email: string, given: string) => given === password;
  const tryAs = (email: string, given: string, ip = "192.0.2.1") =>
    signIn({ email, password: given }, { ip, limiters, attempt, wait: async (ms) => waits.push(ms) });
  return { tryAs, waits };
}

describe("sign-in lock-out", () => {
  it("answers the first failures at once, then ever more slowly", () => {
    expect([1, 2, 3, 4, 5, 9].map(failureDelayMs)).toEqual([0, 0, 1000, 2000, 3000, 4000]);
  });

  it("locks an account after five failures, even against the right password", async () => {
    const { tryAs, waits } = harness();
    for (let n = 0; n < SIGN_IN_LIMITS.account.points; n++) {
      expect(await tryAs("Editor@Example.com", "wrong")).toBe("invalid");
    }
    expect(waits).toEqual([0, 0, 1000, 2000, 3000]);
    // The account is the address in any spelling.
    expect(await tryAs("editor@example.com", password)).toBe("locked");
    // Another account from the same address is not locked by it.
    expect(await tryAs("other@example.com", password)).toBe("signed-in");
  });

  it("clears an account's failures when the right password comes in time", async () => {
    const { tryAs } = harness();
    for (let n = 0; n < SIGN_IN_LIMITS.account.points - 1; n++) await tryAs("a@example.com", "wrong");
    expect(await tryAs("a@example.com", password)).toBe("signed-in");
    for (let n = 0; n < SIGN_IN_LIMITS.account.points - 1; n++) {
      expect(await tryAs("a@example.com", "wrong")).toBe("invalid");
    }
  });

  it("locks an address that tries many accounts", async () => {
    const { tryAs } = harness();
    for (let n = 0; n < SIGN_IN_LIMITS.ip.points; n++) {
      expect(await tryAs(`user${n}@example.com`, "wrong", "198.51.100.7")).toBe("invalid");
    }
    expect(await tryAs("fresh@example.com", password, "198.51.100.7")).toBe("locked");
    expect(await tryAs("fresh@example.com", password, "198.51.100.8")).toBe("signed-in");
  });
});
