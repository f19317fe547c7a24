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

# supervise NAME COMMAND: runs COMMAND and restarts it when it crashes (exits non-zero or is
# killed), after a back-off that doubles from SUPERVISOR_BACKOFF_MS (1 s) up to 30 s and starts
# again from 1 s once the process has stayed up for the crash window. A crash loop
# (SUPERVISOR_CRASH_LIMIT crashes, 5, within SUPERVISOR_CRASH_WINDOW_S, 60 s) gives up: exit 3.
# A process that exits with 0 has finished on purpose and is not restarted (exit 0).
# SIGTERM/SIGINT stop the process (TERM, so it shuts down cleanly) and return 0; so does the
# process ending by SIGINT itself.
supervise() {
  local name=$1 cmd=$2
  local first_backoff_ms=${SUPERVISOR_BACKOFF_MS:-1000} max_backoff_ms=30000
  local limit=${SUPERVISOR_CRASH_LIMIT:-5} window=${SUPERVISOR_CRASH_WINDOW_S:-60}
  local backoff_ms=$first_backoff_ms child='' stopping=0 code started now recent t
  local -a crashes=()
  trap 'stopping=1; [ -n "$child" ] && kill -TERM "$child" 2>/dev/null' INT TERM
  while :; do
    started=$(date +%s)
    bash -c "exec $cmd" &
    child=$!
    wait "$child"; code=$?
    # A trapped signal ends `wait` early: wait again until the process itself has exited.
    while kill -0 "$child" 2>/dev/null; do wait "$child"; code=$?; done
    # 130: interrupted by Ctrl-C, which reaches every process of the terminal's group at once.
    [ "$stopping" = 1 ] || [ "$code" = 130 ] && return 0
    if [ "$code" = 0 ]; then say "$name exited normally; not restarting it"; return 0; fi
    now=$(date +%s)
    [ $((now - started)) -ge "$window" ] && backoff_ms=$first_backoff_ms
    recent=()
    for t in "${crashes[@]}" "$now"; do [ $((now - t)) -lt "$window" ] && recent+=("$t"); done
    crashes=("${recent[@]}")
    if [ "${#crashes[@]}" -ge "$limit" ]; then
      say "$name crashed ${#crashes[@]} times within ${window} s (last exit code $code); giving up on it. See its output above."
      return 3
    fi
    say "$name crashed (exit code $code); restarting it in $((backoff_ms / 1000)).$(printf '%03d' $((backoff_ms % 1000))) s"
    sleep "$((backoff_ms / 1000)).$(printf '%03d' $((backoff_ms % 1000)))" &
    child=$!
    wait "$child"
    [ "$stopping" = 1 ] && return 0
    backoff_ms=$((backoff_ms * 2 > max_backoff_ms ? max_backoff_ms : backoff_ms * 2))
  done
}

# run_web_and_worker "<web command>" "<worker command>": both in the foreground until Ctrl-C, which
# stops both cleanly. Each is supervised on its own: a crash restarts that process only (the
# other keeps serving); if one crash-loops, both are stopped and the script exits non-zero.
run_web_and_worker() {
  supervise web "$1" &
  local web=$!
  supervise worker "$2" &
  local worker=$!
  # shellcheck disable=SC2064 # expand the pids now
  trap "trap - INT TERM; say 'Stopping web and worker'; kill -TERM $web $worker 2>/dev/null; wait $web $worker 2>/dev/null; exit 0" INT TERM
  set +e
  local running=("$web" "$worker") code finished
  while [ "${#running[@]}" -gt 0 ]; do
    wait -n -p finished "${running[@]}"; code=$?
    [ -z "$finished" ] && continue # a signal interrupted the wait; the trap has run
    running=("${running[@]/$finished/}"); running=(${running[@]})
    if [ "$code" != 0 ]; then
      say "Stopping everything: a process could not be kept running"
      kill -TERM "${running[@]}" 2>/dev/null
      wait
      exit "$code"
    fi
  done
  exit 0
}
