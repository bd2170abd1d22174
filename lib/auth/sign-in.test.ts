import { describe, expect, it } from "vitest";
import { signIn } from "./sign-in";
import { SIGN_IN_LIMITS, createSignInLimiters, failureDelayMs } from "./sign-in-limits";

const password = "the right password";

function harness() {
  const limiters = createSignInLimiters();
  const waits: number[] = [];
  let checks = 0;
  const attempt = async (_email: string, given: string) => {
    checks++;
    await new Promise((resolve) => setTimeout(resolve, 5)); // A password hash takes a while.
    return given === password;
  };
  const tryAs = (email: string, given: string, ip = "192.0.2.1") =>
    signIn({ email, password: given }, { ip, limiters, attempt, wait: async (ms) => waits.push(ms) });
  return { tryAs, waits, checks: () => checks };
}

const { accountFromClient, client } = SIGN_IN_LIMITS;

describe("sign-in lock-out", () => {
  it("answers the first failures at once, then ever more slowly", () => {
    expect([1, 2, 3, 4, 5, 9].map(failureDelayMs)).toEqual([0, 0, 1000, 2000, 3000, 4000]);
  });

  it("locks an account for one client after five failures, even against the right password", async () => {
    const { tryAs, waits } = harness();
    for (let n = 0; n < accountFromClient.points; n++) {
      expect(await tryAs("Editor@Example.com", "wrong")).toBe("invalid");
    }
    expect(waits).toEqual([0, 0, 1000, 2000, 3000]);
    // The account is the address in any spelling.
    expect(await tryAs("editor@example.com", password)).toBe("locked");
    // Another account from the same client is not locked by it.
    expect(await tryAs("other@example.com", password)).toBe("signed-in");
  });

  it("checks exactly as many passwords as the limit allows when thirty guesses arrive at once", async () => {
    const { tryAs, checks } = harness();
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, () => tryAs("editor@example.com", "wrong")),
    );
    expect(checks()).toBe(accountFromClient.points);
    expect(outcomes.filter((outcome) => outcome === "invalid")).toHaveLength(accountFromClient.points);
    expect(outcomes.filter((outcome) => outcome === "locked")).toHaveLength(30 - accountFromClient.points);
  });

  it("does not lock the real person out from their own client when a stranger is locked out", async () => {
    const { tryAs, waits } = harness();
    for (let n = 0; n < accountFromClient.points + 3; n++)
      await tryAs("editor@example.com", "wrong", "203.0.113.66");
    expect(await tryAs("editor@example.com", password, "203.0.113.66")).toBe("locked");
    expect(await tryAs("editor@example.com", password, "192.0.2.50")).toBe("signed-in");
    // Failures from anywhere slow the account's next wrong answers down, up to four seconds.
    waits.length = 0;
    expect(await tryAs("editor@example.com", "wrong", "192.0.2.51")).toBe("invalid");
    expect(waits).toEqual([4000]);
  });

  it("counts a whole IPv6 /64 as one client", async () => {
    const { tryAs } = harness();
    for (let n = 0; n < accountFromClient.points; n++) {
      expect(await tryAs("editor@example.com", "wrong", `2001:db8:5:6::${n + 1}`)).toBe("invalid");
    }
    expect(await tryAs("editor@example.com", password, "2001:db8:5:6::99")).toBe("locked");
    expect(await tryAs("editor@example.com", password, "2001:db8:5:7::1")).toBe("signed-in");
  });

  it("clears an account's failures from a client when the right password comes in time", async () => {
    const { tryAs } = harness();
    for (let n = 0; n < accountFromClient.points - 1; n++) await tryAs("a@example.com", "wrong");
    expect(await tryAs("a@example.com", password)).toBe("signed-in");
    for (let n = 0; n < accountFromClient.points - 1; n++) {
      expect(await tryAs("a@example.com", "wrong")).toBe("invalid");
    }
  });

  it("locks a client that tries many accounts", async () => {
    const { tryAs } = harness();
    for (let n = 0; n < client.points; n++) {
      expect(await tryAs(`user${n}@example.com`, "wrong", "198.51.100.7")).toBe("invalid");
    }
    expect(await tryAs("fresh@example.com", password, "198.51.100.7")).toBe("locked");
    expect(await tryAs("fresh@example.com", password, "198.51.100.8")).toBe("signed-in");
  });
});
