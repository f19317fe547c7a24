#!/usr/bin/env bash
# npm start: everything a newcomer needs, in the foreground, until Ctrl-C.
# dependencies -> PostgreSQL and Redis -> Prisma client -> migrations -> demo data -> production
# build -> web (http://localhost:$PORT) and worker. Ctrl-C stops both cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh
. scripts/lib/services.sh
. scripts/lib/app.sh
. scripts/lib/build.sh

require_node
ensure_node_modules
load_env
ensure_services
prepare_database
build_if_changed .next

say "Starting web on http://localhost:${PORT:-3000} and the worker (Ctrl-C stops both)"
run_web_and_worker "$SERVER_NODE scripts/serve-web.ts -p ${PORT:-3000}" "$SERVER_NODE worker/index.ts"
