#!/usr/bin/env bash
# npm run dev: like npm start, but `next dev` with hot reload and the worker restarted on change.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh
. scripts/lib/services.sh
require_node
ensure_node_modules
load_env
ensure_services
npm run --silent db:generate >/dev/null
npm run --silent db:migrate
npm run --silent db:seed
node node_modules/next/dist/bin/next dev -p "${PORT:-3000}" &
web=$!
node --import tsx --watch worker/index.ts &
worker=$!
trap 'kill -TERM $web $worker 2>/dev/null; wait; exit 0' INT TERM
wait -n "$web" "$worker"
kill -TERM "$web" "$worker" 2>/dev/null
wait
