import { describe, expect, it } from "vitest";
import { blotAddresses, loggableError } from "./loggable-error";

describe("loggableError", () => {
  it("keeps the type, code, first line and frames, and blots addresses out of the message", () => {
    const error = Object.assign(
      new Error(
        "550 5.1.1 <bob.reader@example.com> refused from 203.0.113.9 and 2001:db8::7\n  data: { authorEmail: 'bob.reader@example.com' }",
      ),
      { code: "EENVELOPE" },
    );
    const logged = loggableError(error);
    expect(logged).toMatchObject({ type: "Error", code: "EENVELOPE" });
    expect(logged.message).toBe("550 5.1.1 <[email]> refused from [ip] and [ip]");
    expect(logged.stack).toMatch(/^\s+at /);
    expect(JSON.stringify(logged)).not.toMatch(/bob|203\.0|2001:db8|authorEmail/);
  });

  it("says what a thrown non-error was without printing it", () => {
    expect(loggableError({ email: "x@example.com" })).toEqual({ type: "object", message: "(not an Error)" });
  });

  it("leaves times and ordinary text alone", () => {
    expect(blotAddresses("timed out at 10:30 after 3.5 s")).toBe("timed out at 10:30 after 3.5 s");
  });
});
