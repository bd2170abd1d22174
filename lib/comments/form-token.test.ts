import { describe, expect, it } from "vitest";
import { checkFormToken, MAX_TOKEN_AGE_MS, mintFormToken } from "./form-token";

const secret = "s".repeat(32);
const t0 = 1_800_000_000_000;

describe("form tokens", () => {
  it("are valid for their story after three seconds", () => {
    const token = mintFormToken(7, secret, t0);
    expect(checkFormToken(token, 7, secret, t0 + 3_000)).toBe("valid");
  });

  it("call a form sent sooner than three seconds too fast", () => {
    expect(checkFormToken(mintFormToken(7, secret, t0), 7, secret, t0 + 2_999)).toBe("too-fast");
  });

  it("go stale after 48 hours", () => {
    expect(checkFormToken(mintFormToken(7, secret, t0), 7, secret, t0 + MAX_TOKEN_AGE_MS + 1)).toBe("stale");
  });

  it("are forged when signed for another story, with another key, altered, or from the future", () => {
    const token = mintFormToken(7, secret, t0);
    expect(checkFormToken(token, 8, secret, t0 + 5_000)).toBe("forged");
    expect(checkFormToken(token, 7, "k".repeat(32), t0 + 5_000)).toBe("forged");
    expect(checkFormToken(token.replace(/^\d/, "2"), 7, secret, t0 + 5_000)).toBe("forged");
    const [issued, nonce, signature] = token.split(".");
    const otherNonce = `${nonce!.slice(1)}${nonce!.startsWith("A") ? "B" : "A"}`;
    expect(checkFormToken(`${issued}.${otherNonce}.${signature}`, 7, secret, t0 + 5_000)).toBe("forged");
    expect(checkFormToken("garbage", 7, secret, t0)).toBe("forged");
    expect(checkFormToken(mintFormToken(7, secret, t0 + 3_600_000), 7, secret, t0)).toBe("forged");
  });

  it("differ each time, even when made in the same millisecond", () => {
    expect(mintFormToken(7, secret, t0)).not.toBe(mintFormToken(7, secret, t0));
  });

  it("are missing when the form sent none", () => {
    expect(checkFormToken(undefined, 7, secret, t0)).toBe("missing");
    expect(checkFormToken("", 7, secret, t0)).toBe("missing");
  });
});
