# shellcheck shell=bash
# Throwaway PostgreSQL and Redis for the test suites, on free local ports.
# Source this file, call start_services (exports TEST_DATABASE_URL / TEST_REDIS_URL unless already set)
# and make sure stop_services runs on exit: `trap stop_services EXIT`.

SERVICES_PG_DIR=""
SERVICES_PG_BIN=""
SERVICES_REDIS_DIR=""
SERVICES_REDIS_PORT=""

# Highest installed PostgreSQL major version, e.g. /usr/lib/postgresql/15/bin.
postgres_bin_dir() {
  local initdb
  initdb=$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1)
  [[ -n "$initdb" ]] && dirname "$initdb"
}

# Two distinct free ports, held open together so the kernel cannot hand out the same one twice.
free_ports() {
  node -e '
    const net = require("net");
    const servers = [0, 1].map(() => net.createServer());
    Promise.all(servers.map((s) => new Promise((ok) => s.listen(0, "127.0.0.1", ok)))).then(() => {
      console.log(servers.map((s) => s.address().port).join(" "));
      servers.forEach((s) => s.close());
    });'
}

# initdb and pg_ctl refuse to run as root, so as root they run as the postgres user.
as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start_postgres() {
  local port=$1
  SERVICES_PG_BIN=$(postgres_bin_dir)
  SERVICES_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/daikou-pg.XXXXXX")
  if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$SERVICES_PG_DIR"; fi
  as_postgres "$SERVICES_PG_BIN/initdb" -D "$SERVICES_PG_DIR/data" -U postgres --auth=trust -E UTF8 --no-locale \
    >"$SERVICES_PG_DIR/initdb.log" 2>&1 || { cat "$SERVICES_PG_DIR/initdb.log" >&2; return 1; }
  # fsync off: a test database that is thrown away needs no durability, and tests run faster.
  as_postgres "$SERVICES_PG_BIN/pg_ctl" -D "$SERVICES_PG_DIR/data" -l "$SERVICES_PG_DIR/server.log" \
    -o "-p $port -k $SERVICES_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
    -w start >/dev/null || { cat "$SERVICES_PG_DIR/server.log" >&2; return 1; }
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
}

start_redis() {
  SERVICES_REDIS_PORT=$1
  SERVICES_REDIS_DIR=$(mktemp -d "${TMPDIR:-/tmp}/daikou-redis.XXXXXX")
  redis-server --port "$SERVICES_REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
    --pidfile "$SERVICES_REDIS_DIR/redis.pid" --logfile "$SERVICES_REDIS_DIR/redis.log" --dir "$SERVICES_REDIS_DIR"
  for _ in $(seq 50); do
    redis-cli -p "$SERVICES_REDIS_PORT" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  redis-cli -p "$SERVICES_REDIS_PORT" ping >/dev/null 2>&1 || { cat "$SERVICES_REDIS_DIR/redis.log" >&2; return 1; }
  export TEST_REDIS_URL="redis://127.0.0.1:$SERVICES_REDIS_PORT"
}

start_services() {
  local ports
  read -r -a ports < <(free_ports)
  if [[ -z "${TEST_DATABASE_URL:-}" ]]; then
    start_postgres "${ports[0]}"
    echo "PostgreSQL for tests: $TEST_DATABASE_URL"
  fi
  if [[ -z "${TEST_REDIS_URL:-}" ]]; then
    start_redis "${ports[1]}"
    echo "Redis for tests: $TEST_REDIS_URL"
  fi
}

stop_postgres() {
  [[ -n "$SERVICES_PG_DIR" ]] || return 0
  if [[ -f "$SERVICES_PG_DIR/data/postmaster.pid" ]]; then
    as_postgres "$SERVICES_PG_BIN/pg_ctl" -D "$SERVICES_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$SERVICES_PG_DIR"
  SERVICES_PG_DIR=""
}

stop_redis() {
  [[ -n "$SERVICES_REDIS_DIR" ]] || return 0
  local pid_file="$SERVICES_REDIS_DIR/redis.pid" pid
  if [[ -f "$pid_file" ]]; then
    pid=$(cat "$pid_file")
    kill "$pid" 2>/dev/null || true
    # Wait for it to exit so its directory can go and its port is free again.
    for _ in $(seq 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
  fi
  rm -rf "$SERVICES_REDIS_DIR"
  SERVICES_REDIS_DIR=""
}

# Safe to call more than once and after a partial start.
stop_services() {
  stop_postgres
  stop_redis
}
