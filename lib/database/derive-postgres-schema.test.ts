import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema } from "./derive-postgres-schema";

const source = readFileSync("prisma/schema.prisma", "utf8");

describe("derivePostgresSchema", () => {
  it("swaps only provider, url and output; every model line stays the same", () => {
    const derived = derivePostgresSchema(source);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('"../../lib/generated/postgres"');
    const withoutSwaps = (text: string) =>
      text.split("\n").filter((line) => !/^\s*(provider|url|output)\s*=|^\/\/ GENERATED/.test(line));
    expect(withoutSwaps(derived)).toEqual(withoutSwaps(source));
  });

  it("matches the committed prisma/postgres/schema.prisma (run npm run db:schemas after editing the source)", () => {
    expect(readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(derivePostgresSchema(source));
  });

  it("fails loudly when the source no longer has a line it must swap", () => {
    expect(() => derivePostgresSchema(source.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(
      /provider/,
    );
  });
});
