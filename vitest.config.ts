import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      // `server-only` throws outside React Server Components; unit tests are server code too.
      "server-only": path.resolve("lib/testing/server-only-stub.ts"),
      "@": path.resolve("."),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Database tests each make their own database; running files one at a time keeps
    // two cores from thrashing between PostgreSQL, SQLite and the test workers.
    fileParallelism: false,
  },
});
