#!/usr/bin/env bash
# npm run dev: like npm start, but `next dev` with hot reload and the worker restarted on change.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh
. scripts/lib/services.sh
. scripts/lib/app.sh

require_node
ensure_node_modules
load_env
ensure_services
prepare_database

say "Starting next dev on http://localhost:${PORT:-3000} and a watched worker (Ctrl-C stops both)"
run_web_and_worker "node node_modules/next/dist/bin/next dev -p ${PORT:-3000}" "$SERVER_NODE --watch worker/index.ts"
