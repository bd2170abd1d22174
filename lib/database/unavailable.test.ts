import { describe, expect, it } from "vitest";
import {
  databaseSeemsUnavailable,
  isDatabaseUnavailable,
  noteDatabaseFailure,
  noteDatabaseSuccess,
} from "./unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises connection failures, also when wrapped as a cause", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: { code: "57P01" } }))).toBe(true);
    expect(isDatabaseUnavailable({ code: "SQLITE_CANTOPEN" })).toBe(true);
    expect(isDatabaseUnavailable(new Error("Can't reach database server: ECONNREFUSED"))).toBe(true);
  });

  it("does not blame the database for bugs or bad input", () => {
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002" })).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});

describe("databaseSeemsUnavailable", () => {
  it("is true after an unreachable-database failure, until the database answers again", () => {
    noteDatabaseSuccess();
    expect(databaseSeemsUnavailable()).toBe(false);
    noteDatabaseFailure({ code: "ECONNREFUSED" });
    expect(databaseSeemsUnavailable()).toBe(true);
    noteDatabaseSuccess();
    expect(databaseSeemsUnavailable()).toBe(false);
  });

  it("ignores failures that are not about reaching the database", () => {
    noteDatabaseFailure({ code: "P2002" });
    expect(databaseSeemsUnavailable()).toBe(false);
  });

  it("forgets an outage nobody has seen for a minute", () => {
    noteDatabaseFailure({ code: "ECONNREFUSED" });
    expect(databaseSeemsUnavailable(Date.now() + 61_000)).toBe(false);
    noteDatabaseSuccess();
  });
});
