#!/usr/bin/env bash
# Shared by every script under deploy/local: where things live, which ports they use, how a background
# process is started, recorded and stopped. Source it; do not run it.
#
# Profiles keep a developer's running network (`dev`) apart from the one the tests start (`test`): each has its
# own state directory and a port offset, so `./kloss test` can run while `./kloss up` is up.

KLOSS_ROOT="${KLOSS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
KLOSS_PROFILE="${KLOSS_PROFILE:-dev}"
KLOSS_STATE="${KLOSS_STATE:-$KLOSS_ROOT/.kloss}"
KLOSS_DIST="$KLOSS_STATE/dist"                 # downloaded distributions, shared by the profiles
KLOSS_RUN="$KLOSS_STATE/run/$KLOSS_PROFILE"    # data, logs and pids of one profile
KLOSS_LOGS="$KLOSS_RUN/logs"
KLOSS_PIDS="$KLOSS_RUN/pids"

case "$KLOSS_PROFILE" in
  dev) KLOSS_PORT_OFFSET="${KLOSS_PORT_OFFSET:-0}" ;;
  test) KLOSS_PORT_OFFSET="${KLOSS_PORT_OFFSET:-1000}" ;;
  *) KLOSS_PORT_OFFSET="${KLOSS_PORT_OFFSET:-2000}" ;;
esac

# Everything binds to loopback.
KLOSS_HOST=127.0.0.1
KAFKA_PORT=$((9092 + KLOSS_PORT_OFFSET))
KAFKA_CONTROLLER_PORT=$((9093 + KLOSS_PORT_OFFSET))
POSTGRES_PORT=$((15432 + KLOSS_PORT_OFFSET))
KEYCLOAK_PORT=$((8180 + KLOSS_PORT_OFFSET))
KEYCLOAK_MANAGEMENT_PORT=$((9000 + KLOSS_PORT_OFFSET))
# The national hub: its gateway and the reporting-service.
HUB_GATEWAY_PORT=$((8080 + KLOSS_PORT_OFFSET))
REPORTING_PORT=$((8090 + KLOSS_PORT_OFFSET))
# Institution node i (0, 1, 2, ... in KLOSS_NODES order) has a block of ten ports from 8100 + 10 i:
# gateway +0, call-service +1, exchange-service +2, followup-service +3.
NODE_PORT_BASE=$((8100 + KLOSS_PORT_OFFSET))

KAFKA_VERSION=4.4.0
KEYCLOAK_VERSION=26.7.3
ZONKY_PG_VERSION=17.6.0

# The local network: nodes (name:institutions, ';'-separated) and the national hub. A node with several institutions
# runs in hosted mode. ./kloss up starts three nodes; ./kloss test two and the hub to save time: one hosting kth and
# mau (so object-level isolation between institutions on one node is tested) and one for lu (isolation between
# nodes).
if [ -z "${KLOSS_NODES:-}" ]; then
  case "$KLOSS_PROFILE" in
    test) KLOSS_NODES="kth:kth,mau;lu:lu" ;;
    *) KLOSS_NODES="kth:kth;mau:mau;lu:lu" ;;
  esac
fi
KLOSS_HUB=hub
node_names() { echo "$KLOSS_NODES" | tr ';' '\n' | cut -d: -f1; }
node_institutions() { echo "$KLOSS_NODES" | tr ';' '\n' | awk -F: -v n="$1" '$1 == n {print $2}'; }
node_index() { node_names | awk -v n="$1" '$0 == n {print NR - 1}'; }
NODE_SERVICES="gateway call-service exchange-service followup-service"
HUB_SERVICES="gateway reporting-service"

# service_port NODE SERVICE (NODE is a node name or the hub)
service_port() {
  local node="$1" service="$2" base
  if [ "$node" = "$KLOSS_HUB" ]; then
    case "$service" in gateway) echo "$HUB_GATEWAY_PORT" ;; reporting-service) echo "$REPORTING_PORT" ;; *) return 1 ;; esac
    return 0
  fi
  base=$((NODE_PORT_BASE + 10 * $(node_index "$node")))
  case "$service" in
    gateway) echo "$base" ;;
    call-service) echo $((base + 1)) ;;
    exchange-service) echo $((base + 2)) ;;
    followup-service) echo $((base + 3)) ;;
    *) return 1 ;;
  esac
}

# Keycloak keeps its own data (realm, users, sessions) in PostgreSQL too.
KEYCLOAK_DATABASE=kloss_keycloak

# Each service of each node has its own database: kloss_<node>_<service without -service>.
service_database() { local s="${2%-service}"; echo "kloss_${1}_${s}"; }

all_databases() {
  local node service
  for node in $(node_names); do for service in $NODE_SERVICES; do service_database "$node" "$service"; done; done
  for service in $HUB_SERVICES; do service_database "$KLOSS_HUB" "$service"; done
  echo "$KEYCLOAK_DATABASE"
}

# Kafka principals (SASL/SCRAM): admin for the scripts, node-<name> per node, and the hub.
kafka_password() { echo "${KLOSS_KAFKA_SECRET_PREFIX:-local}-$1-kafka"; }

# Local, not secret: these only guard processes on 127.0.0.1 of a demo or test network. Real deployments take
# every secret from the environment or a Kubernetes Secret (deploy/k8s).
POSTGRES_SUPERUSER=kloss
POSTGRES_PASSWORD="${KLOSS_POSTGRES_PASSWORD:-kloss-local}"
KEYCLOAK_ADMIN_USER=admin
KEYCLOAK_ADMIN_PASSWORD="${KLOSS_KEYCLOAK_ADMIN_PASSWORD:-admin-local}"

mkdir -p "$KLOSS_DIST" "$KLOSS_LOGS" "$KLOSS_PIDS"

if [ -t 1 ]; then
  _B=$'\e[1m'; _G=$'\e[32m'; _R=$'\e[31m'; _Y=$'\e[33m'; _0=$'\e[0m'
else
  _B=; _G=; _R=; _Y=; _0=
fi
step() { printf '%s==>%s %s\n' "$_B" "$_0" "$*"; }
ok()   { printf '    %s✔%s %s\n' "$_G" "$_0" "$*"; }
warn() { printf '    %s!%s %s\n' "$_Y" "$_0" "$*" >&2; }
die()  { printf '%s✘ %s%s\n' "$_R" "$*" "$_0" >&2; exit 1; }

# A JDK >= 21: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1; }
find_jdk() {
  local candidate major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(java_major "$JAVA_HOME")
    if [ "${major:-0}" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [ -x "$candidate/bin/java" ] || continue
    major=$(java_major "$candidate")
    if [ "${major:-0}" -ge 21 ]; then echo "$candidate"; return 0; fi
  done
  return 1
}
use_jdk() {
  local jdk
  if [ -n "${KLOSS_JAVA_MAJOR:-}" ] && [ -n "${KLOSS_JVM_TRIMS:-}" ] && [ "${KLOSS_JDK:-}" = "${JAVA_HOME:-}" ]; then return 0; fi
  jdk=$(find_jdk) || die "No JDK 21 or newer found. Set JAVA_HOME to one, or install one under /usr/lib/jvm (e.g. apt-get install openjdk-21-jdk-headless, or Temurin 21+)."
  export JAVA_HOME="$jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
  KLOSS_JDK="$jdk"
  KLOSS_JAVA_MAJOR=$(java_major "$jdk")
  # 21.0.0 lacks TrimNativeHeapInterval (service_jvm_flags); asking the JVM is simpler than parsing update versions.
  KLOSS_JVM_TRIMS=no
  "$jdk/bin/java" -XX:TrimNativeHeapInterval=5000 -version >/dev/null 2>&1 && KLOSS_JVM_TRIMS=yes
  export KLOSS_JDK KLOSS_JAVA_MAJOR KLOSS_JVM_TRIMS
}

# The JVM flags of a platform service (one per line), for services.sh and the bench's start measurement.
# - C1 only, the serial collector and a heap that starts small and gives memory back after a collection: a node
#   runs four JVMs on a small machine, and a whole demo network on two cores (bench/results: the RSS rows).
# - Compact object headers (JDK 25+) make every object 4 bytes smaller.
# - With KLOSS_CDS=1, a class-data-sharing archive per process name (ARCHIVE_NAME), written when the JVM exits
#   normally and used by the next start of the same jar: starts about 40 % faster, but the archive is mapped at a
#   relocated address, so its pages (about 90 MB a service) count as private memory. Off by default: a node's
#   memory matters more than 1-2 s of start time (bench/results/2026-11-22-vm-session3.md, analysis).
# - The JVM hands glibc's freed native memory back to the system every 5 s (TrimNativeHeapInterval, JDK 21.0.1+):
#   start-up and bursts of load leave freed malloc chunks behind (5-7 MB a service in the bench network).
service_jvm_flags() {
  local archive_name="$1"
  printf '%s\n' -Xms16m -Xmx320m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC \
    -XX:TieredStopAtLevel=1
  if [ "${KLOSS_JAVA_MAJOR:-0}" -ge 25 ]; then echo "-XX:+UseCompactObjectHeaders"; fi
  if [ "${KLOSS_JVM_TRIMS:-}" = yes ]; then echo "-XX:TrimNativeHeapInterval=5000"; fi
  if [ "${KLOSS_CDS:-0}" = 1 ] && [ -n "$archive_name" ]; then
    mkdir -p "$KLOSS_RUN/cds"
    printf '%s\n' -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$KLOSS_RUN/cds/$archive_name.jsa" -Xshare:auto \
      -Xlog:cds=off -Xlog:cds+dynamic=off
  fi
}

# The environment of a platform JVM, as NAME=VALUE lines for env(1): glibc's malloc keeps at most two arenas. By
# default it opens up to 8 per core for the threads that allocate native memory (Netty, Kafka, JDBC, the JIT), and
# each keeps its own free chunks; two are enough for a small service and save a few MB each.
service_jvm_env() { echo MALLOC_ARENA_MAX=2; }

# Maven through the project's wrapper; quiet unless KLOSS_VERBOSE is set.
mvnw() {
  if [ -n "${KLOSS_VERBOSE:-}" ]; then "$KLOSS_ROOT/mvnw" -B "$@"; else "$KLOSS_ROOT/mvnw" -B -q "$@"; fi
}

pid_file() { echo "$KLOSS_PIDS/$1.pid"; }
log_file() { echo "$KLOSS_LOGS/$1.log"; }

# True when the process recorded for NAME is alive.
is_running() {
  local f; f=$(pid_file "$1")
  [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null
}

# start_bg NAME COMMAND...: starts COMMAND in its own process group, logs to logs/NAME.log, records its pid.
start_bg() {
  local name="$1"; shift
  if is_running "$name"; then ok "$name already running (pid $(cat "$(pid_file "$name")"))"; return 0; fi
  setsid "$@" >>"$(log_file "$name")" 2>&1 < /dev/null &
  echo $! > "$(pid_file "$name")"
}

# stop_bg NAME: ends the process group that start_bg recorded, politely first.
stop_bg() {
  local name="$1" f pid i
  f=$(pid_file "$name")
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      warn "$name did not stop in 30 s; killing it"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
    fi
    ok "stopped $name (pid $pid)"
  fi
  rm -f "$f"
}

# kill_bg NAME: ends the process group that start_bg recorded at once (SIGKILL, no shutdown hooks), as a crash
# would; for the chaos and autonomy tests. Only the pid this profile recorded is touched.
kill_bg() {
  local name="$1" f pid i
  f=$(pid_file "$name")
  [ -f "$f" ] || { warn "$name is not running (no pid file)"; return 0; }
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    ok "killed $name (kill -9, pid $pid)"
  fi
  rm -f "$f"
}

# signal_bg NAME SIGNAL: sends SIGNAL (STOP, CONT) to the process group that start_bg recorded.
signal_bg() {
  local name="$1" signal="$2" f
  f=$(pid_file "$name")
  is_running "$name" || die "$name is not running"
  kill "-$signal" -- "-$(cat "$f")" 2>/dev/null || kill "-$signal" "$(cat "$f")"
  ok "sent SIG$signal to $name (pid $(cat "$f"))"
}

# wait_for NAME SECONDS TEST-COMMAND...: polls until the command succeeds, showing progress; fails with the log tail.
wait_for() {
  local name="$1" seconds="$2"; shift 2
  local start=$SECONDS
  while ! "$@" >/dev/null 2>&1; do
    if [ -f "$(pid_file "$name")" ] && ! is_running "$name"; then
      tail -n 40 "$(log_file "$name")" >&2 || true
      die "$name exited while starting; its log is $(log_file "$name")"
    fi
    if [ $((SECONDS - start)) -ge "$seconds" ]; then
      tail -n 40 "$(log_file "$name")" >&2 || true
      die "$name was not ready after ${seconds}s; its log is $(log_file "$name")"
    fi
    [ -t 1 ] && printf '\r    … waiting for %s (%ss)' "$name" $((SECONDS - start))
    sleep 1
  done
  [ -t 1 ] && printf '\r\e[K'
  ok "$name ready in $((SECONDS - start))s"
}

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1"; }
port_open() { (exec 3<>"/dev/tcp/$KLOSS_HOST/$1") 2>/dev/null; }
