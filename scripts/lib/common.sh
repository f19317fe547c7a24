# Shared helpers for scripts/start.sh, scripts/test.sh and scripts/dev.sh. Sourced, not run.
# Every step is idempotent: running a script twice in a row does the same thing as running it once.

say() { printf '\033[1;34m[timetabler]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[timetabler] error:\033[0m %s\n' "$*" >&2; exit 1; }

export NEXT_TELEMETRY_DISABLED=1

# How every Node process that runs our TypeScript starts: as a React server, so lib/server's
# `import "server-only"` loads (see scripts/lib/server-node-args.ts for why).
SERVER_NODE="node --conditions=react-server --import tsx"
export CHECKPOINT_DISABLE=1
export PRISMA_SCHEMA_ENGINE_BINARY=/bin/false

is_root() { [ "$(id -u)" = "0" ]; }

require_node() {
  command -v node >/dev/null 2>&1 || die "Node.js 20 or newer is required (https://nodejs.org); it was not found on PATH."
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || die "Node.js 20 or newer is required; found $(node --version)."
}

# npm install when node_modules is missing or older than package.json / package-lock.json.
# (npm ci is not used: a lockfile made on one platform lacks other platforms' optional packages.)
ensure_node_modules() {
  local stamp=node_modules/.timetabler-installed
  if [ ! -f "$stamp" ] || [ package.json -nt "$stamp" ] || { [ -f package-lock.json ] && [ package-lock.json -nt "$stamp" ]; }; then
    say "Installing npm dependencies"
    npm install --no-audit --no-fund || die "npm install failed (see above)."
    touch "$stamp"
  fi
}

# Create .env from .env.example once, with a fresh NEXTAUTH_SECRET, then export its variables.
load_env() {
  if [ ! -f .env ]; then
    say "Creating .env from .env.example"
    local secret
    secret=$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))')
    sed "s|^NEXTAUTH_SECRET=.*|NEXTAUTH_SECRET=${secret}|" .env.example > .env
  fi
  # Like dotenv: a variable already set in the environment wins over the file.
  local line key
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in ''|'#'*) continue;; esac
    key=${line%%=*}
    [ -n "${!key+x}" ] || export "$line"
  done < .env
}

# host and port of a postgres:// or redis:// URL (defaults for local use).
url_host() { node -e 'const u=new URL(process.argv[1]);console.log(u.hostname||"127.0.0.1")' "$1"; }
url_port() { node -e 'const u=new URL(process.argv[1]);console.log(u.port||process.argv[2])' "$1" "$2"; }
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
is_local_host() { case "$1" in 127.*|localhost|::1|"[::1]") return 0;; *) return 1;; esac; }

apt_install() {
  is_root || return 1
  command -v apt-get >/dev/null 2>&1 || return 1
  if [ ! -f /tmp/.timetabler-apt-updated ]; then
    say "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && touch /tmp/.timetabler-apt-updated
  fi
  say "Installing Debian packages: $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

wait_for_port() {
  local host=$1 port=$2 name=$3 i
  for i in $(seq 1 60); do port_open "$host" "$port" && return 0; sleep 0.5; done
  die "$name did not start listening on $host:$port."
}
