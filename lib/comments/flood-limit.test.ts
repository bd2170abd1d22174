import { describe, expect, it } from "vitest";
import { takeCommentTurn } from "./flood-limit";

// Fresh addresses and emails per run: the limiter is the module's own, as in the server, and
// with REDIS_URL set it outlives the run.
const run = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const ip = (n: number) => `198.51.100.${n}/${run}`;

describe("the comment flood limit (one comment per 15 s)", () => {
  it("lets a first comment through", async () => {
    expect(await takeCommentTurn(ip(1), `a.${run}@example.com`)).toBe(true);
  });

  it("refuses a second comment from the same address under another email", async () => {
    expect(await takeCommentTurn(ip(2), `b.${run}@example.com`)).toBe(true);
    expect(await takeCommentTurn(ip(2), `c.${run}@example.com`)).toBe(false);
  });

  it("refuses a second comment from the same email at another address", async () => {
    expect(await takeCommentTurn(ip(3), `d.${run}@example.com`)).toBe(true);
    expect(await takeCommentTurn(ip(4), `d.${run}@example.com`)).toBe(false);
  });
});
