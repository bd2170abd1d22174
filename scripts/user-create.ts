// npm run user:create -- --email E --password P --role admin|editor|moderator [--name N]
// Creates a newsroom member, or updates an existing one's password, role and name.
import { parseArgs } from "node:util";
import { loadDotEnv } from "./load-dot-env";

loadDotEnv();
const { env } = await import("../lib/env");
const { createPrismaClient } = await import("../lib/database/create-client");
const { saveStaffUser, staffUserInput } = await import("../lib/auth/save-staff-user");

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    password: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
  },
});
const parsed = staffUserInput.safeParse(values);
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
  console.error(
    "usage: npm run user:create -- --email E --password P --role admin|editor|moderator [--name N]",
  );
  process.exit(2);
}

const db = createPrismaClient(env.database);
try {
  const { user, created } = await saveStaffUser(db, parsed.data);
  console.log(`${created ? "created" : "updated"} ${user.email} (${user.role})`);
} finally {
  await db.$disconnect();
}
