#!/usr/bin/env bash
# npm start: everything a newcomer needs, in the foreground, until Ctrl-C.
# dependencies -> PostgreSQL and Redis -> Prisma client -> migrations -> demo data -> production
# build -> web (http://localhost:$PORT) and worker. Ctrl-C stops both cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh
. scripts/lib/services.sh

require_node
ensure_node_modules
load_env
ensure_services

say "Generating the Prisma client"
npm run --silent db:generate >/dev/null
say "Applying database migrations"
npm run --silent db:migrate
say "Loading demo data (skipped when the database already has data)"
npm run --silent db:seed

. scripts/lib/build.sh
build_if_changed .next

say "Starting web on http://localhost:${PORT:-3000} and the worker (Ctrl-C stops both)"
node node_modules/next/dist/bin/next start -p "${PORT:-3000}" &
web=$!
node --import tsx worker/index.ts &
worker=$!

stop() {
  trap - INT TERM
  say "Stopping web and worker"
  kill -TERM "$web" "$worker" 2>/dev/null || true
  wait "$web" "$worker" 2>/dev/null || true
  exit 0
}
trap stop INT TERM
# If either process dies, stop the other too and report it.
set +e
wait -n "$web" "$worker"
code=$?
say "A process exited (code $code); stopping the other"
kill -TERM "$web" "$worker" 2>/dev/null
wait
exit "$code"
