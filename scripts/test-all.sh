#!/usr/bin/env bash
# `npm test`: typecheck, lint, formatting, unit + integration tests on a real PostgreSQL, then HTTP tests,
# Playwright and (embedded database only) fault and cluster tests against a production build. Uses DATABASE_URL's
# server when set, otherwise the embedded PostgreSQL (data in .data/test).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEWSHUB_DATA_DIR="${NEWSHUB_DATA_DIR:-$PWD/.data/test}"

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "Typecheck"
npx tsc --noEmit

step "Lint"
npx eslint . --max-warnings=0

step "Formatting (Prettier)"
npx prettier --check . --log-level warn

step "Unit and integration tests (vitest, real PostgreSQL)"
npx vitest run

step "Production build"
npx next build

step "HTTP tests against the production server (vitest)"
npx vitest run --config vitest.http.config.ts

step "Browser tests (Playwright, Chromium)"
npx playwright test

if [ -z "${DATABASE_URL:-}" ]; then
  step "Fault tests: database paused and killed, web server killed (embedded PostgreSQL only)"
  npx vitest run --config vitest.faults.config.ts
  step "Cluster tests: nginx in front of three instances, shared Redis cache (embedded PostgreSQL only)"
  npx vitest run --config vitest.cluster.config.ts
else
  step "Fault and cluster tests skipped: they run on the embedded PostgreSQL, and DATABASE_URL is set"
fi
