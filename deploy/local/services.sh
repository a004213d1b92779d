#!/usr/bin/env bash
# The KLOSS-Net services of a local network, run from their built jars (target/quarkus-app).
#
#   services.sh start [service...]    start (all by default) and wait until each is healthy
#   services.sh stop [service...]
#   services.sh status
#
# At this stage one node serves kth and mau (call, exchange, followup, gateway) and the national hub runs
# reporting. Each service gets its own database on the profile's PostgreSQL.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ALL_SERVICES="call-service exchange-service followup-service reporting-service gateway"
NODE_INSTITUTIONS="${KLOSS_NODE_INSTITUTIONS:-kth,mau}"

service_port() {
  case "$1" in
    call-service) echo "$CALL_PORT" ;;
    exchange-service) echo "$EXCHANGE_PORT" ;;
    followup-service) echo "$FOLLOWUP_PORT" ;;
    reporting-service) echo "$REPORTING_PORT" ;;
    gateway) echo "$GATEWAY_PORT" ;;
    *) die "unknown service $1 (one of: $ALL_SERVICES)" ;;
  esac
}

service_database() {
  case "$1" in
    gateway) echo kloss_gateway ;;
    *) echo "kloss_${1%-service}" ;;
  esac
}

service_institutions() {
  case "$1" in
    reporting-service) echo national ;;
    *) echo "$NODE_INSTITUTIONS" ;;
  esac
}

service_jar() { echo "$KLOSS_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }
service_healthy() { http_ok "http://$KLOSS_HOST:$(service_port "$1")/q/health/ready"; }

service_start() {
  local name="$1" port jar
  port=$(service_port "$name")
  jar=$(service_jar "$name")
  if is_running "$name" && service_healthy "$name"; then
    ok "$name already running on port $port"
    return 0
  fi
  [ -f "$jar" ] || die "$jar is missing; build first (./kloss build)"
  port_open "$port" && die "port $port is taken by another process; stop it or set KLOSS_PORT_OFFSET"
  use_jdk
  # Configuration through the environment, so the same jar runs in every profile and in Kubernetes.
  start_bg "$name" env \
      QUARKUS_HTTP_PORT="$port" \
      QUARKUS_HTTP_HOST="$KLOSS_HOST" \
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$KLOSS_HOST:$POSTGRES_PORT/$(service_database "$name")" \
      QUARKUS_DATASOURCE_USERNAME="$POSTGRES_SUPERUSER" \
      QUARKUS_DATASOURCE_PASSWORD="$POSTGRES_PASSWORD" \
      KAFKA_BOOTSTRAP_SERVERS="$KLOSS_HOST:$KAFKA_PORT" \
      QUARKUS_OIDC_AUTH_SERVER_URL="http://$KLOSS_HOST:$KEYCLOAK_PORT/realms/kloss" \
      KLOSS_NODE_INSTITUTIONS="$(service_institutions "$name")" \
      "$JAVA_HOME/bin/java" -Xms64m -Xmx320m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
      -Djava.io.tmpdir="$KLOSS_RUN/tmp" -jar "$jar"
}

services_start() {
  local names=("$@") name
  [ ${#names[@]} -gt 0 ] || read -r -a names <<< "$ALL_SERVICES"
  mkdir -p "$KLOSS_RUN/tmp"
  step "Starting ${names[*]}"
  for name in "${names[@]}"; do service_start "$name"; done
  for name in "${names[@]}"; do wait_for "$name" 120 service_healthy "$name"; done
}

services_stop() {
  local names=("$@") name
  [ ${#names[@]} -gt 0 ] || read -r -a names <<< "$ALL_SERVICES"
  for name in "${names[@]}"; do stop_bg "$name"; done
}

services_status() {
  local name
  for name in $ALL_SERVICES; do
    if is_running "$name" && service_healthy "$name"; then
      ok "$name on http://$KLOSS_HOST:$(service_port "$name")"
    elif is_running "$name"; then
      warn "$name running (pid $(cat "$(pid_file "$name")")) but not healthy"
    else
      echo "    - $name: stopped"
    fi
  done
}

case "${1:-}" in
  start) shift; services_start "$@" ;;
  stop) shift; services_stop "$@" ;;
  status) services_status ;;
  *) echo "usage: $(basename "$0") start|stop [service...] | status" >&2; exit 2 ;;
esac
