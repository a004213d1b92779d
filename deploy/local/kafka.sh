#!/usr/bin/env bash
# Kafka for a local KLOSS-Net network: one combined broker+controller node in KRaft mode, run from the Maven Central
# jars (no distribution tarball, no Docker).
#
#   kafka.sh fetch     copy the broker's jars into $KLOSS_DIST/kafka-<version>/lib (once)
#   kafka.sh start     format the storage on first use, start, wait until the listener accepts connections
#   kafka.sh stop
#   kafka.sh status
#   kafka.sh kill      kill -9 the broker, as a crash would (chaos and autonomy tests; `start` brings it back)
#   kafka.sh pause     SIGSTOP the broker: it holds its connections but answers nothing
#   kafka.sh resume    SIGCONT after pause
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

KAFKA_DIST_DIR="$KLOSS_DIST/kafka-$KAFKA_VERSION"
KAFKA_HOME="$KLOSS_RUN/kafka"
KAFKA_CONFIG="$KAFKA_HOME/server.properties"
KAFKA_LAYOUT=2  # 2: SASL/SCRAM with an admin user formatted in

kafka_fetch() {
  if [ -f "$KAFKA_DIST_DIR/.complete" ]; then
    ok "Kafka $KAFKA_VERSION jars in $KAFKA_DIST_DIR/lib"
    return 0
  fi
  step "Fetching Kafka $KAFKA_VERSION jars from Maven Central"
  use_jdk
  rm -rf "$KAFKA_DIST_DIR"
  mvnw -f "$KLOSS_ROOT/deploy/local/kafka/pom.xml" dependency:copy-dependencies \
      -DoutputDirectory="$KAFKA_DIST_DIR/lib" -DincludeScope=runtime
  touch "$KAFKA_DIST_DIR/.complete"
  ok "$(ls "$KAFKA_DIST_DIR/lib" | wc -l) jars in $KAFKA_DIST_DIR/lib"
}

# The java command line of the broker's tools and server (an array, so start_bg can run it).
kafka_java_cmd() {
  KAFKA_JAVA=("$JAVA_HOME/bin/java" -Xms256m -Xmx512m -XX:+UseG1GC
    -Dlog4j2.configurationFile="$KLOSS_ROOT/deploy/local/kafka/log4j2.properties"
    -cp "$KAFKA_DIST_DIR/lib/*")
}
kafka_java() { kafka_java_cmd; "${KAFKA_JAVA[@]}" "$@"; }

kafka_configure() {
  mkdir -p "$KAFKA_HOME"
  cat > "$KAFKA_CONFIG" <<CONF
# Written by deploy/local/kafka.sh for profile $KLOSS_PROFILE; edits are overwritten at the next start.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$KLOSS_HOST:$KAFKA_CONTROLLER_PORT
# Clients authenticate with SASL/SCRAM; the controller listener stays on loopback without authentication.
listeners=SASL_PLAINTEXT://$KLOSS_HOST:$KAFKA_PORT,CONTROLLER://$KLOSS_HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=SASL_PLAINTEXT://$KLOSS_HOST:$KAFKA_PORT
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$(kafka_password admin)";
# Each node may write only its own institutions' topics (ACLs by KafkaSetup.java). ANONYMOUS is the controller
# listener's principal.
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin;User:ANONYMOUS
allow.everyone.if.no.acl.found=false
log.dirs=$KAFKA_HOME/data
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
min.insync.replicas=1
group.initial.rebalance.delay.ms=0
# Event topics are the network's history: the national hub rebuilds its projections from them.
log.retention.ms=-1
# Topics are created by KafkaSetup.java with their partitions and retention, never by accident.
auto.create.topics.enable=false
CONF
}

kafka_ready() { port_open "$KAFKA_PORT"; }

kafka_start() {
  if is_running kafka && kafka_ready; then
    ok "Kafka already running on $KLOSS_HOST:$KAFKA_PORT"
    return 0
  fi
  kafka_fetch
  use_jdk
  port_open "$KAFKA_PORT" && die "port $KAFKA_PORT is taken by another process; stop it or set KLOSS_PORT_OFFSET"
  kafka_configure
  # The storage is formatted with the admin's SCRAM credentials; storage from before SASL (layout 1) can't be used.
  if [ -f "$KAFKA_HOME/data/meta.properties" ] && [ "$(cat "$KAFKA_HOME/layout" 2>/dev/null)" != "$KAFKA_LAYOUT" ]; then
    warn "Kafka storage of an older local layout; formatting it afresh (local data only)"
    rm -rf "$KAFKA_HOME/data"
  fi
  if [ ! -f "$KAFKA_HOME/data/meta.properties" ]; then
    step "Formatting Kafka storage (KRaft)"
    local cluster_id
    cluster_id=$(kafka_java kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    kafka_java kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_CONFIG" \
        --add-scram "SCRAM-SHA-512=[name=admin,password=$(kafka_password admin)]" >>"$(log_file kafka)" 2>&1 \
      || { tail -n 20 "$(log_file kafka)"; die "formatting Kafka storage failed"; }
    echo "$KAFKA_LAYOUT" > "$KAFKA_HOME/layout"
  fi
  step "Starting Kafka $KAFKA_VERSION on $KLOSS_HOST:$KAFKA_PORT"
  kafka_java_cmd
  start_bg kafka "${KAFKA_JAVA[@]}" kafka.Kafka "$KAFKA_CONFIG"
  wait_for kafka 90 kafka_ready
  kafka_setup
}

# SCRAM users of the nodes and the hub, topics with retention, ACLs. Idempotent; runs at every start so that a node
# added to KLOSS_NODES gets its principal, topics and ACLs.
kafka_setup() {
  local nodes="" node
  for node in $(node_names); do nodes="$nodes${nodes:+;}$node:$(node_institutions "$node")"; done
  kafka_java -Dlog4j2.level=warn "$KLOSS_ROOT/deploy/local/kafka/KafkaSetup.java" "$KLOSS_HOST:$KAFKA_PORT" \
      "$(kafka_password admin)" "$nodes" "$KLOSS_HUB" "$(scram_users)" >>"$(log_file kafka-setup)" 2>&1 \
    || { tail -n 20 "$(log_file kafka-setup)"; die "Kafka setup (users, topics, ACLs) failed"; }
  ok "Kafka: $(grep -E "SCRAM users" "$(log_file kafka-setup)" | tail -n 1)"
}

# "user=password;..." for every node principal and the hub.
scram_users() {
  local users="" node
  for node in $(node_names); do users="$users${users:+;}node-$node=$(kafka_password "node-$node")"; done
  echo "$users;$KLOSS_HUB=$(kafka_password "$KLOSS_HUB")"
}

case "${1:-}" in
  fetch) kafka_fetch ;;
  start) kafka_start ;;
  stop) stop_bg kafka ;;
  kill) kill_bg kafka ;;
  pause) signal_bg kafka STOP ;;
  resume) signal_bg kafka CONT ;;
  status) if is_running kafka && kafka_ready; then ok "Kafka on $KLOSS_HOST:$KAFKA_PORT"; else echo "Kafka: stopped"; exit 1; fi ;;
  *) echo "usage: $(basename "$0") fetch|start|stop|status|kill|pause|resume" >&2; exit 2 ;;
esac
