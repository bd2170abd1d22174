#!/usr/bin/env bash
# npm test: the whole suite, fastest checks first. Stops at the first failing stage.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
started=$SECONDS
stage() { echo; echo "=== $1 ($((SECONDS - started)) s) ==="; }

stage "schema sources in step"
node --import tsx scripts/db-schemas.ts --check
stage "typecheck"
npx tsc --noEmit
stage "lint"
npx eslint . --max-warnings 0
stage "unit tests"
npx vitest run
stage "end-to-end tests (production build; SQLite, then PostgreSQL)"
node --import tsx scripts/e2e.ts
echo
echo "npm test: all stages passed in $((SECONDS - started)) s"
