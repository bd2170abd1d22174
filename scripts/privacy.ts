// npm run privacy -- export --email E [--out FILE]     everything stored under an address, as JSON
// npm run privacy -- erase --email E [--remove-text]   anonymise that person (see lib/privacy/erase-person.ts)
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadDotEnv } from "./load-dot-env";

loadDotEnv();
const { env } = await import("../lib/env");
const { createPrismaClient } = await import("../lib/database/create-client");
const { exportPersonLogged } = await import("../lib/privacy/export-person");
const { erasePerson } = await import("../lib/privacy/erase-person");
const { describeErasure, privacyEmail } = await import("../lib/privacy/privacy-request");
const { requestRevalidation } = await import("../lib/cache/request-revalidation");

const usage = `usage: npm run privacy -- export --email E [--out FILE]
       npm run privacy -- erase --email E [--remove-text]`;
function readArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        email: { type: "string" },
        out: { type: "string" },
        "remove-text": { type: "boolean", default: false },
      },
    });
  } catch (error) {
    // A misspelt flag: say so and how it is used, rather than a stack trace.
    console.error((error as Error).message);
    console.error(usage);
    process.exit(2);
  }
}
const { values, positionals } = readArguments();
const command = positionals.find((word) => word !== "--");
const email = privacyEmail.safeParse(values.email ?? "");
if ((command !== "export" && command !== "erase") || !email.success) {
  if (!email.success) console.error(`--email: ${email.error.issues[0]!.message}`);
  console.error(usage);
  process.exit(2);
}

const db = createPrismaClient(env.database);
try {
  if (command === "export") {
    const json = `${JSON.stringify(await exportPersonLogged(db, { system: "Command line" }, email.data), null, 2)}\n`;
    if (values.out) {
      // Personal data: readable by its owner only.
      writeFileSync(values.out, json, { mode: 0o600, flag: "wx" });
      console.error(`wrote ${values.out}`);
    } else process.stdout.write(json);
  } else {
    const report = await erasePerson(db, email.data, { removeText: values["remove-text"] });
    console.log(`erased ${report.email}:`);
    for (const line of describeErasure(report)) console.log(`  ${line}`);
    console.log(await requestRevalidation(env.siteUrl, env.REVALIDATE_SECRET, report.paths));
  }
} finally {
  await db.$disconnect();
}
