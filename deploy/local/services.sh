#!/usr/bin/env bash
# The KLOSS-Net services of a local network, run from their built jars (target/quarkus-app).
#
#   services.sh start [node|hub ...]   start the services of the given nodes (all nodes and the hub by default)
#                                      and wait until each is healthy
#   services.sh stop [node|hub ...]
#   services.sh status
#   services.sh kill NODE [SERVICE ...]   kill -9 the services of NODE (all by default), as a crash would (chaos tests)
#   services.sh start-one NODE SERVICE    start one service of NODE (again) and wait until it is healthy
#
# Each institution node (KLOSS_NODES in common.sh) runs gateway, call-, exchange- and followup-service; the national
# hub runs its gateway and the reporting-service. Every service has its own database, and each node talks to Kafka
# as its own principal (node-<name>), which may write only its institutions' topics.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

process_name() { echo "$1-$2"; }
service_jar() { echo "$KLOSS_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }
service_url() { echo "http://$KLOSS_HOST:$(service_port "$1" "$2")"; }
service_healthy() { http_ok "$(service_url "$1" "$2")/q/health/ready"; }
services_of() { if [ "$1" = "$KLOSS_HUB" ]; then echo "$HUB_SERVICES"; else echo "$NODE_SERVICES"; fi; }

# The institutions a service serves: the node's, or `national` at the hub (analysts' tokens carry it).
served_institutions() {
  if [ "$1" = "$KLOSS_HUB" ]; then echo national; else node_institutions "$1"; fi
}

kafka_principal() { if [ "$1" = "$KLOSS_HUB" ]; then echo "$KLOSS_HUB"; else echo "node-$1"; fi; }

# Settings that only some services need, as extra JVM system properties (one per line).
extra_properties() {
  local node="$1" service="$2"
  case "$service" in
    gateway) gateway_routes "$node"; gateway_test_limits ;;
    # Issue 10 (docs/privacy.md): the call-service is the node's person register and privacy coordinator.
    call-service) for s in exchange followup; do
        echo "-Dkloss.privacy.parts.$s=$(service_url "$node" "$s-service")"; done ;;
    exchange-service|followup-service) echo "-Dkloss.person-register.url=$(service_url "$node" call-service)" ;;
  esac
}

# The gateway's routing table (gateway/README.md): at a node its call, exchange and followup services under /call,
# /exchange, /followup; at the hub the reporting-service's API under /reporting, and the national dashboard, which a
# browser opens after logging in (code flow) and whose script calls /national with the session. Plus the secret of
# the confidential client kloss-gateway for that login (keycloak.sh imports the realm with the same default).
gateway_routes() {
  local node="$1" s reporting
  if [ "$node" = "$KLOSS_HUB" ]; then
    reporting=$(service_url "$node" reporting-service)
    echo "-Dkloss.gateway.routes.reporting.upstream=$reporting"
    for s in dashboard national webjars public; do
      echo "-Dkloss.gateway.routes.$s.upstream=$reporting"
      echo "-Dkloss.gateway.routes.$s.strip-prefix=false"
      echo "-Dkloss.gateway.routes.$s.openapi=false"
      echo "-Dkloss.gateway.routes.$s.health=false"
    done
    echo "-Dkloss.gateway.routes.dashboard.browser=true"
    echo "-Dkloss.gateway.routes.webjars.browser=true"
    # open without a token: the suppressed public summary and the register's lists (role-table.yaml: public)
    echo "-Dkloss.gateway.routes.public.public-paths=/summary"
    echo "-Dkloss.gateway.routes.national.public-paths=/institutions,/regions"
  else
    for s in call exchange followup; do
      echo "-Dkloss.gateway.routes.$s.upstream=$(service_url "$node" "$s-service")"
    done
    # open without a token: published calls, and the token links of host contacts who have no account
    echo "-Dkloss.gateway.routes.call.public-paths=/public/*"
    echo "-Dkloss.gateway.routes.exchange.public-paths=/signing/*"
    echo "-Dkloss.gateway.routes.followup.public-paths=/survey-links/*"
  fi
  echo "-Dquarkus.oidc.web.credentials.secret=${KLOSS_GATEWAY_CLIENT_SECRET:-gateway-local-secret}"
}

# The test network (KLOSS_PROFILE=test) gives one institution system, mau-systems, a small per-client rate limit of
# its own (40 requests per 30 seconds), so that GatewaySystemTest can exceed it in a burst, and the bucket is full
# again before the other system tests (the demo history, the matrices) call as mau-systems. A client-credentials
# client has one token subject, so the common per-client limit (6000/min) is never reached before its per-user one
# (600/min). Every other client and every other profile keeps the defaults of gateway/.../application.properties.
gateway_test_limits() {
  if [ "$KLOSS_PROFILE" = test ]; then
    echo "-Dkloss.gateway.rate-limit.clients.mau-systems.permits=${KLOSS_TEST_CLIENT_PERMITS:-40}"
    echo "-Dkloss.gateway.rate-limit.clients.mau-systems.period=30s"
  fi
}

service_start() {
  local node="$1" service="$2" name port jar principal
  name=$(process_name "$node" "$service")
  port=$(service_port "$node" "$service")
  jar=$(service_jar "$service")
  if is_running "$name" && service_healthy "$node" "$service"; then
    ok "$name already running on port $port"
    return 0
  fi
  if is_running "$name"; then
    # e.g. reconnecting after its database restarted: the callers wait until it is healthy
    ok "$name running (pid $(cat "$(pid_file "$name")")) but not healthy yet"
    return 0
  fi
  [ -f "$jar" ] || die "$jar is missing; build first (./kloss build)"
  port_open "$port" && die "port $port is taken by another process; stop it or set KLOSS_PORT_OFFSET"
  use_jdk
  principal=$(kafka_principal "$node")
  local extra=() jvm=()
  mapfile -t extra < <(extra_properties "$node" "$service")
  mapfile -t jvm < <(service_jvm_flags "$name")
  mapfile -t jvm_env < <(service_jvm_env)
  # Configuration through the environment and system properties, so the same jar runs in every profile and node.
  start_bg "$name" env "${jvm_env[@]}" \
      QUARKUS_HTTP_PORT="$port" \
      QUARKUS_HTTP_HOST="$KLOSS_HOST" \
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$KLOSS_HOST:$POSTGRES_PORT/$(service_database "$node" "$service")" \
      QUARKUS_DATASOURCE_USERNAME="$POSTGRES_SUPERUSER" \
      QUARKUS_DATASOURCE_PASSWORD="$POSTGRES_PASSWORD" \
      KAFKA_BOOTSTRAP_SERVERS="$KLOSS_HOST:$KAFKA_PORT" \
      QUARKUS_OIDC_AUTH_SERVER_URL="http://$KLOSS_HOST:$KEYCLOAK_PORT/realms/kloss" \
      KLOSS_NODE_INSTITUTIONS="$(served_institutions "$node")" \
      KLOSS_NODE_ID="$node" \
      "$JAVA_HOME/bin/java" "${jvm[@]}" \
      -Dkafka.security.protocol=SASL_PLAINTEXT -Dkafka.sasl.mechanism=SCRAM-SHA-512 \
      "-Dkafka.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$principal\" password=\"$(kafka_password "$principal")\";" \
      "${extra[@]}" \
      -Djava.io.tmpdir="$KLOSS_RUN/tmp" -jar "$jar"
}

targets() {
  if [ $# -gt 0 ]; then echo "$@"; else echo "$(node_names | tr '\n' ' ')$KLOSS_HUB"; fi
}

services_start() {
  local node service
  mkdir -p "$KLOSS_RUN/tmp"
  for node in $(targets "$@"); do
    step "Starting node $node ($(served_institutions "$node")): $(services_of "$node")"
    for service in $(services_of "$node"); do service_start "$node" "$service"; done
  done
  for node in $(targets "$@"); do
    for service in $(services_of "$node"); do
      wait_for "$(process_name "$node" "$service")" 180 service_healthy "$node" "$service"
    done
  done
}

services_stop() {
  local node service
  for node in $(targets "$@"); do
    for service in $(services_of "$node"); do stop_bg "$(process_name "$node" "$service")"; done
  done
}

# kill -9 by the pid this profile recorded, never by name: the chaos and autonomy tests crash one service at a time.
services_kill() {
  local node="${1:?usage: services.sh kill NODE [SERVICE ...]}" service
  shift
  for service in ${*:-$(services_of "$node")}; do
    case " $(services_of "$node") " in *" $service "*) ;; *) die "node $node runs no $service" ;; esac
    kill_bg "$(process_name "$node" "$service")"
  done
}

service_start_one() {
  local node="${1:?usage: services.sh start-one NODE SERVICE}" service="${2:?usage: services.sh start-one NODE SERVICE}"
  case " $(services_of "$node") " in *" $service "*) ;; *) die "node $node runs no $service" ;; esac
  mkdir -p "$KLOSS_RUN/tmp"
  service_start "$node" "$service"
  wait_for "$(process_name "$node" "$service")" 180 service_healthy "$node" "$service"
}

services_status() {
  local node service name
  for node in $(targets); do
    for service in $(services_of "$node"); do
      name=$(process_name "$node" "$service")
      if is_running "$name" && service_healthy "$node" "$service"; then
        ok "$name on $(service_url "$node" "$service")"
      elif is_running "$name"; then
        warn "$name running (pid $(cat "$(pid_file "$name")")) but not healthy"
      else
        echo "    - $name: stopped"
      fi
    done
  done
}

case "${1:-}" in
  start) shift; services_start "$@" ;;
  stop) shift; services_stop "$@" ;;
  status) services_status ;;
  kill) shift; services_kill "$@" ;;
  start-one) shift; service_start_one "$@" ;;
  *) echo "usage: $(basename "$0") start|stop [node|hub ...] | status | kill NODE [SERVICE ...] | start-one NODE SERVICE" >&2; exit 2 ;;
esac
