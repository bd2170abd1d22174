import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const request = (forwarded: string | undefined, remoteAddress = "::ffff:10.0.0.5") =>
  ({ headers: forwarded ? { "x-forwarded-for": forwarded } : {}, socket: { remoteAddress } }) as Parameters<
    typeof clientAddress
  >[0];

describe("clientAddress", () => {
  it("takes the socket address and ignores X-Forwarded-For by default", () => {
    expect(clientAddress(request("1.2.3.4"), false)).toBe("10.0.0.5");
  });

  it("behind a trusted proxy takes the last X-Forwarded-For entry, which the proxy wrote", () => {
    expect(clientAddress(request("6.6.6.6, 203.0.113.9"), true)).toBe("203.0.113.9");
    expect(clientAddress(request(undefined), true)).toBe("10.0.0.5");
  });
});
