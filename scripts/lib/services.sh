# Make sure PostgreSQL and Redis are reachable: start the local servers if they are installed but
# stopped, install them from Debian's packages when run as root, and otherwise say what is missing.
# Sourced after common.sh and load_env.

ensure_postgres() {
  local host port
  host=$(url_host "$DATABASE_URL"); port=$(url_port "$DATABASE_URL" 5432)
  port_open "$host" "$port" && return 0
  is_local_host "$host" || die "PostgreSQL at $host:$port (DATABASE_URL) is not reachable."

  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    apt_install postgresql || die "PostgreSQL is not running on $host:$port and is not installed.
  Install PostgreSQL 15 or newer (Debian: sudo apt-get install postgresql), or run: docker compose up -d postgres redis"
    say "Installed PostgreSQL; setting the postgres user's password to 'postgres' (as in .env.example)"
    local fresh=1
  fi
  say "Starting the local PostgreSQL cluster"
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  if is_root || [ "$(id -un)" = postgres ]; then
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || pg_ctlcluster "$version" main start
  else
    die "PostgreSQL is installed but not running. Start it (sudo pg_ctlcluster $version main start) and try again."
  fi
  wait_for_port "$host" "$port" PostgreSQL
  if [ "${fresh:-0}" = 1 ]; then
    su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
  fi
}

ensure_redis() {
  local host port
  host=$(url_host "$REDIS_URL"); port=$(url_port "$REDIS_URL" 6379)
  port_open "$host" "$port" && return 0
  is_local_host "$host" || die "Redis at $host:$port (REDIS_URL) is not reachable."
  if ! command -v redis-server >/dev/null 2>&1; then
    apt_install redis-server || die "Redis is not running on $host:$port and is not installed.
  Install Redis 7 (Debian: sudo apt-get install redis-server), or run: docker compose up -d postgres redis"
  fi
  say "Starting a local Redis server on port $port"
  mkdir -p .run
  redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save "" --appendonly no \
    --dir "$PWD/.run" --logfile "$PWD/.run/redis.log" || die "redis-server failed to start (see .run/redis.log)."
  wait_for_port "$host" "$port" Redis
}

ensure_services() {
  ensure_postgres
  ensure_redis
}
