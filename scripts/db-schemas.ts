// Writes prisma/postgres/schema.prisma from prisma/schema.prisma; `--check` only verifies it is current.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { derivePostgresSchema } from "../lib/database/derive-postgres-schema";

const target = "prisma/postgres/schema.prisma";
const derived = derivePostgresSchema(readFileSync("prisma/schema.prisma", "utf8"));

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {}
  if (current !== derived) {
    console.error(`${target} is out of date: run npm run db:schemas`);
    process.exit(1);
  }
} else {
  mkdirSync("prisma/postgres", { recursive: true });
  writeFileSync(target, derived);
  console.log(`wrote ${target}`);
}
