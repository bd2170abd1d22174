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

describe("the comment flood limit for IPv6", () => {
  it("counts every address in one /64 as one client", async () => {
    const prefix = `2001:db8:${(Date.now() % 0xffff).toString(16)}:${Math.floor(Math.random() * 0xffff).toString(16)}`;
    const turns = [];
    for (let n = 1; n <= 4; n++)
      turns.push(await takeCommentTurn(`${prefix}::${n}`, `v6-${n}.${run}@example.com`));
    expect(turns).toEqual([true, false, false, false]);
  });
});
