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
    // Reader pages link with plain <a>: each is a cached HTML document, and next/link would
    // prefetch every linked page's payload on a reader's phone (docs/adr/0012-light-reader-pages.md).
    // The rule is for the pages/ router, which Dateline does not have.
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    files: ["app/(site)/**/*.{ts,tsx}", "components/{article,comments,errors,share,site,ui}/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value='next/link']",
          message: "Reader pages link with <a>: see docs/adr/0012-light-reader-pages.md.",
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
              group: ["@/lib/db", "**/lib/db", "**/generated/**", "@/lib/data/*", "@prisma/*"],
              message: "Components never import the database: pages hand them what they show.",
            },
          ],
        },
      ],
    },
  },
  {
    // app/ only routes: pages and route handlers read through lib/data, actions are built
    // with lib/actions, whose use cases are handed the database.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@prisma/client", message: "app/ never imports the database." }],
          patterns: [
            {
              group: ["@/lib/db", "**/lib/db", "**/generated/**", "@/lib/database/*", "@prisma/*"],
              message: "app/ never imports the database: read through lib/data, write through lib/actions.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
