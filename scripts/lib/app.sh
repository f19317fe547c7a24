# What npm start and npm run dev share: prepare the database, then run web and worker together.
# Sourced after common.sh and services.sh.

# Prisma client, migrations, demo data (the seed leaves a database that has data alone).
prepare_database() {
  say "Generating the Prisma client"
  npm run --silent db:generate >/dev/null
  say "Applying database migrations"
  npm run --silent db:migrate
  say "Loading demo data (skipped when the database already has data)"
  npm run --silent db:seed
}

# run_web_and_worker "<web command>" "<worker command>": both in the foreground until Ctrl-C, which
# stops both cleanly; if either exits on its own, the other is stopped too and its code returned.
run_web_and_worker() {
  bash -c "exec $1" &
  local web=$!
  bash -c "exec $2" &
  local worker=$!
  # shellcheck disable=SC2064 # expand the pids now
  trap "trap - INT TERM; say 'Stopping web and worker'; kill -TERM $web $worker 2>/dev/null; wait $web $worker 2>/dev/null; exit 0" INT TERM
  set +e
  wait -n "$web" "$worker"
  local code=$?
  say "A process exited (code $code); stopping the other"
  kill -TERM "$web" "$worker" 2>/dev/null
  wait
  exit "$code"
}
