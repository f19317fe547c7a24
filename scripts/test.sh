#!/usr/bin/env bash
# npm test: every test, on a database, Redis index and BullMQ prefix of its own, so a running
# `npm start` and `npm test` never take each other's rows or jobs.
#   type check -> unit tests -> integration tests (real PostgreSQL and Redis) -> production build
#   -> Playwright end-to-end tests in Debian's Chromium against `next start` and the real worker.
# Installs what it needs first (npm packages; PostgreSQL, Redis and Chromium from Debian when root).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh
. scripts/lib/services.sh
. scripts/lib/build.sh

require_node
ensure_node_modules
load_env

# Test-only settings, derived from the app's so that a custom PostgreSQL/Redis host still works.
base_db_url=${DATABASE_URL%/*}
export DATABASE_URL="${TEST_DATABASE_URL:-$base_db_url/timetabler_test}"
export REDIS_URL="${TEST_REDIS_URL:-${REDIS_URL%/*}/1}"
export BULLMQ_PREFIX=timetabler-test
export TEST_PORT=${TEST_PORT:-3100}
export PORT=$TEST_PORT
export NEXTAUTH_URL="http://localhost:$TEST_PORT"
# A fresh random secret per run: the servers under test run in production mode, which refuses any
# secret printed in this repository.
export NEXTAUTH_SECRET=$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))')
export NEXT_DIST_DIR=.next-test
export HEARTBEAT_INTERVAL_MS=2000

ensure_services
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium || die "Debian's Chromium is needed for the browser tests (sudo apt-get install chromium)."
fi

say "Generating the Prisma client"
npm run --silent db:generate >/dev/null
say "Recreating the test database ${DATABASE_URL##*/}"
$SERVER_NODE scripts/reset-test-database.ts
npm run --silent db:migrate
npm run --silent db:seed

say "Type check"
npx tsc --noEmit

say "Unit tests"
npx vitest run --project unit
say "Integration tests (real PostgreSQL and Redis)"
npx vitest run --project integration

build_if_changed .next-test
say "End-to-end tests (Playwright, Debian's Chromium)"
npx playwright test
