import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const config = [
  {
    ignores: [
      "node_modules/",
      ".next/",
      ".next-*/",
      "lib/generated/",
      "test-results/",
      "playwright-report/",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTypeScript,
  {
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@prisma/client", message: "Use lib/db.ts: it picks the SQLite or PostgreSQL client." },
          ],
        },
      ],
    },
  },
  {
    // Components render; lib/ decides and stores. Components never reach the database.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db", "**/lib/db", "**/generated/**"],
              message: "Components never import the database.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
