import { describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "./database-url";

describe("parseDatabaseUrl", () => {
  it("defaults to the SQLite file under data/ when DATABASE_URL is unset or blank", () => {
    expect(parseDatabaseUrl(undefined, "/srv/app")).toEqual({
      provider: "sqlite",
      file: "/srv/app/data/dateline.db",
    });
    expect(parseDatabaseUrl("  ", "/srv/app")).toEqual({
      provider: "sqlite",
      file: "/srv/app/data/dateline.db",
    });
  });

  it("reads file: URLs relative to the project root, or absolute", () => {
    expect(parseDatabaseUrl("file:./x/y.db", "/srv/app")).toEqual({
      provider: "sqlite",
      file: "/srv/app/x/y.db",
    });
    expect(parseDatabaseUrl("file:/tmp/z.db", "/srv/app")).toEqual({ provider: "sqlite", file: "/tmp/z.db" });
  });

  it("recognises both PostgreSQL schemes", () => {
    expect(parseDatabaseUrl("postgresql://u@h/db")).toEqual({
      provider: "postgresql",
      url: "postgresql://u@h/db",
    });
    expect(parseDatabaseUrl("postgres://u@h/db").provider).toBe("postgresql");
  });

  it("refuses anything else with a message that says what is accepted", () => {
    expect(() => parseDatabaseUrl("mysql://u@h/db")).toThrow(/file: URL \(SQLite\) or a postgresql:\/\/ URL/);
    expect(() => parseDatabaseUrl("file:")).toThrow(/needs a path/);
  });
});
