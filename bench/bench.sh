#!/usr/bin/env bash
# ./kloss bench [--quick]: the platform's figures, each beside a physical baseline measured in the same run, as a
# Markdown table (see README.md, "./kloss bench"). Full runs write bench/results/<date>-<host>.md; --quick runs
# every row with small counts, checks only that each figure was produced, and writes $KLOSS_RUN/bench-quick.md.
#
# It starts its own network (profile bench, one node kth and the hub) from empty data and stops it at the end. With
# KLOSS_BENCH_REUSE=1 it uses the running network of the current profile instead (./kloss test runs --quick against
# its test network that way) and leaves it up. KLOSS_BENCH_ONLY=ingest, =rebuild or =network runs only that part.
set -euo pipefail
export KLOSS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$KLOSS_ROOT/bench"
LOCAL="$KLOSS_ROOT/deploy/local"

QUICK=0
case "${1:-}" in
  --quick) QUICK=1 ;;
  "") ;;
  *) echo "usage: ./kloss bench [--quick]" >&2; exit 2 ;;
esac
REUSE="${KLOSS_BENCH_REUSE:-}"
if [ -z "$REUSE" ]; then
  export KLOSS_PROFILE=bench
  export KLOSS_NODES="${KLOSS_BENCH_NODES:-kth:kth}"
  # Load tests from one user: the gateway's per-user rate limit (600/min) would answer 429 to most of them.
  export KLOSS_GATEWAY_RATE_LIMIT_PER_USER_PERMITS=100000000 KLOSS_GATEWAY_RATE_LIMIT_PER_CLIENT_PERMITS=100000000
fi
source "$LOCAL/common.sh"
use_jdk

# Sizes: full / quick.
if [ "$QUICK" = 1 ]; then
  INGEST_EVENTS=5000; REBUILD_EVENTS=5000; REBUILD_HEAP=-Xmx768m; PGBENCH_SECONDS=3; WARMUP=1s; DURATION=2s; CONCURRENCY=4; RELAY_EVENTS=2000
  LATENCY_SAMPLES=5; LATENCY_WARMUP=2; E2E_RECORDS=200; GATEWAY_DURATION=1s; GATEWAY_CONCURRENCY=1
else
  INGEST_EVENTS="${KLOSS_BENCH_EVENTS:-1000000}"; PGBENCH_SECONDS=30
  REBUILD_EVENTS="${KLOSS_BENCH_REBUILD_EVENTS:-10000000}"
  REBUILD_HEAP="-Xmx$((1 + REBUILD_EVENTS / 3000000))g" WARMUP=10s; DURATION=30s; CONCURRENCY=8
  RELAY_EVENTS=100000; LATENCY_SAMPLES=200; LATENCY_WARMUP=20; E2E_RECORDS=5000; GATEWAY_DURATION=30s
  GATEWAY_CONCURRENCY=8
fi

OUT="$KLOSS_RUN/bench"
rm -rf "$OUT"; mkdir -p "$OUT"
KAFKA_TOOLS="$KLOSS_DIST/kafka-tools-4.3.0/lib"
ROWS=()       # Markdown rows of the table
REBUILD_ROW=""  # measured with the ingest, shown after the latency row
NOTES=()      # lines under the table
MISSING=()    # figures that were not produced

row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 | $6 |"); }
note() { NOTES+=("$*"); }
missing() { MISSING+=("$1"); row "$1" "not measured" "—" "—" "$2" "no"; note "- **$1** not measured: $3"; }
num() { LC_ALL=C printf '%.0f' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "—" }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }
met() { if ge "$1" "$2"; then echo yes; else echo "**no**"; fi; }
prop() { sed -n "s/^$1=//p" "$2" | head -n 1; }

# --- what the machine needs ----------------------------------------------------------------------------------------

ensure_tools() {
  local need=()
  command -v wrk >/dev/null || need+=(wrk)
  command -v pgbench >/dev/null || need+=(postgresql-client)
  command -v psql >/dev/null || need+=(postgresql-client)
  if [ ${#need[@]} -gt 0 ]; then
    step "Installing ${need[*]} (Debian packages)"
    [ "$(id -u)" = 0 ] || die "need root to apt-get install ${need[*]}"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
  if [ ! -f "$KAFKA_TOOLS/../.complete" ]; then
    step "Fetching Kafka's performance tools (kafka-tools) from Maven Central"
    rm -rf "$KAFKA_TOOLS"
    mvnw -f "$BENCH/kafka-tools/pom.xml" dependency:copy-dependencies -DoutputDirectory="$KAFKA_TOOLS" -DincludeScope=runtime
    touch "$KAFKA_TOOLS/../.complete"
  fi
  ok "wrk $(wrk -v 2>&1 | head -n 1 | awk '{print $2}'), $(pgbench --version), Kafka tools in $KAFKA_TOOLS"
}

kafka_tool() { "$JAVA_HOME/bin/java" -Xmx512m -Dlog4j2.level=warn -cp "$KAFKA_TOOLS/*" "$@"; }
admin_config() {
  cat > "$OUT/admin.properties" <<CONF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$(kafka_password admin)";
CONF
  echo "$OUT/admin.properties"
}
pg() { local db="$1"; shift; PGPASSWORD="$POSTGRES_PASSWORD" psql -h "$KLOSS_HOST" -p "$POSTGRES_PORT" -U "$POSTGRES_SUPERUSER" -d "$db" -v ON_ERROR_STOP=1 -qtAX "$@"; }
pgb() { local db="$1"; shift; PGPASSWORD="$POSTGRES_PASSWORD" pgbench -h "$KLOSS_HOST" -p "$POSTGRES_PORT" -U "$POSTGRES_SUPERUSER" -n "$@" "$db"; }

# Percentile P (0-100) of the latencies (µs, column 3) in pgbench's per-transaction logs, in ms.
pgbench_percentile() {
  cat "$1".* | awk '{print $3}' | sort -n | awk -v p="$2" '{ v[NR] = $1 } END { i = int(p / 100 * NR + 0.999); if (i < 1) i = 1; printf "%.2f", v[i] / 1000 }'
}

# wrk's latency in ms from "50%  1.23ms" style lines.
wrk_latency() {
  awk -v q="$2" '$1 == q { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }' "$1"
}
wrk_rps() { awk '/^Requests\/sec:/ {print $2}' "$1"; }
wrk_errors() { awk '/Non-2xx or 3xx responses:/ {print $5}' "$1" | grep . || echo 0; }

token() { "$LOCAL/keycloak.sh" token "$1"; }

# CPU time of the whole machine (user, nice, system, irq, softirq; in clock ticks), and per event since TICKS, in µs.
cpu_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
pid_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }  # user + system of one process
cpu_us_per_event() {
  awk -v t0="$1" -v t1="$(cpu_ticks)" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", (t1 - t0) * 1e6 / hz / n }'
}

# --- 1. reporting ingest --------------------------------------------------------------------------------------------

bench_ingest() {
  step "1. Reporting ingest of $INGEST_EVENTS events (reporting-service's IngestThroughputBenchmark, embedded broker and database)"
  local log="$OUT/ingest.log" props="$KLOSS_ROOT/reporting-service/target/ingest-benchmark.properties"
  rm -f "$props"
  if ! "$KLOSS_ROOT/mvnw" -B -ntp -f "$KLOSS_ROOT/pom.xml" verify -pl reporting-service -am -Dgroups=benchmark \
      -Dkloss.test.excludedGroups=none -Dtest=IngestThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
      -Dkloss.bench.events="$INGEST_EVENTS" -Dkloss.bench.kafka-tools="$KAFKA_TOOLS" \
      -Dkloss.bench.pgbench="$(command -v pgbench)" -Dkloss.bench.pgbench-seconds="$PGBENCH_SECONDS" \
      > "$log" 2>&1 || [ ! -f "$props" ]; then
    missing "reporting ingest, events/s" "≥ 0.10 × (a), ≥ 0.5 × (b)" "the harness failed (log: $log)"
    missing "projection rebuild, 10 M events" "< 300 s" "the ingest harness, which measures it, failed"
    return 0
  fi
  sed -n '/^ingest benchmark/,/^$/p' "$KLOSS_ROOT/reporting-service/target/ingest-benchmark.txt" | sed 's/^/    /'
  local eps kafka pgbench events rebuild
  events=$(prop events "$props"); eps=$(prop ingest_events_per_s "$props")
  kafka=$(prop kafka_consumer_records_per_s "$props"); pgbench=$(prop pgbench_upsert_events_per_s "$props")
  row "reporting ingest, events/s ($events events)" "$eps" "(a) Kafka ConsumerPerformance $kafka records/s" \
    "$(ratio "$eps" "$kafka")" "≥ 0.10" "$(met "$(ratio "$eps" "$kafka")" 0.10)"
  row "" "" "(b) pgbench upsert $pgbench events/s" "$(ratio "$eps" "$pgbench")" "≥ 0.5" "$(met "$(ratio "$eps" "$pgbench")" 0.5)"
  note "- Ingest: $events distinct events ($(prop records "$props") records with repeats) of 10 institutions produced into the broker while the hub runs; the clock runs from the first send to the last event in the live projection ($(prop ingest_seconds "$props") s). Baselines on the same embedded broker and database right after: ConsumerPerformance reading the same topics; pgbench, 1 client (the hub has one consumer thread), one transaction per event with the rows the projection writes (bench/pgbench/ingest-upsert.sql)."
  note "  The same harness then rebuilt the projection from those topics (the live consumer running, idle by then): $(prop rebuild_records "$props") records in $(prop rebuild_seconds "$props") s = $(prop rebuild_records_per_s "$props") records/s. The hub's ingest writes per event one seen-row and its fact upserts (no platform inbox row: the seen-row de-duplicates), in transactions of up to 500 events with multi-row upserts, the next batch decoded on a second thread."
}

# --- 1b. projection rebuild -------------------------------------------------------------------------------------------

bench_rebuild() {
  step "1b. Projection rebuild of $REBUILD_EVENTS events (reporting-service's RebuildBenchmark, embedded broker and database)"
  local log="$OUT/rebuild.log" props="$KLOSS_ROOT/reporting-service/target/rebuild-benchmark.properties"
  rm -f "$props"
  # A JVM of its own (fresh broker and database); the generator keeps every fact of the stream for the expected
  # figures, about 2.5 GB of heap at 10 M events.
  if ! "$KLOSS_ROOT/mvnw" -B -ntp -f "$KLOSS_ROOT/pom.xml" verify -pl reporting-service -am -Dgroups=benchmark \
      -Dkloss.test.excludedGroups=none -Dtest=RebuildBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
      -Dkloss.bench.rebuild-events="$REBUILD_EVENTS" -Dkloss.test.argLine="$REBUILD_HEAP" \
      > "$log" 2>&1 || [ ! -f "$props" ]; then
    missing "projection rebuild, $(millions "$REBUILD_EVENTS") events" "< 300 s" "the rebuild harness failed (log: $log)"
    return 0
  fi
  sed -n '/^rebuild benchmark/,/^$/p' "$KLOSS_ROOT/reporting-service/target/rebuild-benchmark.txt" | sed 's/^/    /'
  local records seconds rate
  records=$(prop rebuild_records "$props"); seconds=$(prop rebuild_seconds "$props"); rate=$(prop rebuild_records_per_s "$props")
  local verdict
  if ! ge "$records" 10000000; then verdict="— (fewer than 10 M)"; elif ge 300 "$seconds"; then verdict=yes; else verdict="**no**"; fi
  REBUILD_ROW="| projection rebuild, $(millions "$records") events (measured) | $(num "$seconds") s at $rate records/s | — | — | < 300 s for 10 M | $verdict |"
  note "- Rebuild: $records records of 10 institutions put on the topics first (generator and producer in the test JVM, $(prop produce_seconds "$props") s) with the hub's live consumer off, then POST /national/projections/rebuild; the clock runs from the request until the new version is live ($seconds s = $rate records/s, batches of 2000 records a transaction); the rebuilt figures equal the generator's. Measured, not extrapolated; the size is KLOSS_BENCH_REBUILD_EVENTS."
}
millions() { awk -v n="$1" 'BEGIN { if (n >= 1000000) printf "%.1f M", n / 1000000; else printf "%d", n }'; }

# --- the network ----------------------------------------------------------------------------------------------------

NODE=""; CALL=""; GATEWAY=""; REPORTING=""; CALL_DB=""
network_up() {
  if [ -n "$REUSE" ]; then
    step "Using the running $KLOSS_PROFILE network"
  else
    step "Starting a network of its own (profile $KLOSS_PROFILE, nodes $KLOSS_NODES; ports +$KLOSS_PORT_OFFSET)"
    # From empty data every run: the list counts and health figures the rows read grow with what earlier runs wrote
    # (a kept bench network had 1.4 M outbox and seen rows after a few runs, and its figures fell run by run).
    # Keycloak's re-augmented home is kept (it holds no data; its realm lives in PostgreSQL and is imported again).
    "$KLOSS_ROOT/kloss" down > "$OUT/down-before.log" 2>&1 || true
    rm -rf "$KLOSS_RUN/postgres" "$KLOSS_RUN/kafka" "$KLOSS_RUN/keycloak-realm.sha256" "$KLOSS_RUN/tmp" "$KLOSS_RUN/logs"
    # A loaded machine can take longer than up's own waits (Keycloak's first start): a second up waits again.
    "$KLOSS_ROOT/kloss" up > "$OUT/up.log" 2>&1 || "$KLOSS_ROOT/kloss" up >> "$OUT/up.log" 2>&1 \
      || { tail -n 30 "$OUT/up.log" >&2; die "the bench network did not start (log: $OUT/up.log)"; }
    ok "up ($(grep -o 'network up in [0-9]*s' "$OUT/up.log" || true))"
  fi
  NODE=$(node_names | head -n 1)
  CALL="http://$KLOSS_HOST:$(service_port "$NODE" call-service)"
  GATEWAY="http://$KLOSS_HOST:$(service_port "$NODE" gateway)"
  REPORTING="http://$KLOSS_HOST:$REPORTING_PORT"
  CALL_DB=$(service_database "$NODE" call-service)
  http_ok "$CALL/q/health/ready" || die "$CALL is not ready"
  pg "$CALL_DB" -f "$BENCH/pgbench/node-setup.sql" >/dev/null
}

network_down() {
  [ -n "$REUSE" ] && return 0
  "$KLOSS_ROOT/kloss" down > "$OUT/down.log" 2>&1 || true
}

# --- 2. REST create -------------------------------------------------------------------------------------------------

bench_create() {
  step "2. REST create through the call-service, $CONCURRENCY connections, vs pgbench with the same two INSERTs"
  local tok; tok=$(token "$(node_institutions "$NODE" | cut -d, -f1)-coordinator")
  TOKEN="$tok" wrk -t2 -c"$CONCURRENCY" -d"$WARMUP" -s "$BENCH/wrk/post-programme.lua" "$CALL/programmes" > "$OUT/create-warmup.txt"
  local ticks service_ticks service_pid; service_pid=$(cat "$(pid_file "$NODE-call-service")")
  ticks=$(cpu_ticks); service_ticks=$(pid_ticks "$service_pid")
  TOKEN="$tok" wrk -t2 -c"$CONCURRENCY" -d"$DURATION" --latency -s "$BENCH/wrk/post-programme.lua" "$CALL/programmes" > "$OUT/create.txt"
  local rps p50 p99 errors requests machine_cpu service_cpu
  rps=$(wrk_rps "$OUT/create.txt"); p50=$(wrk_latency "$OUT/create.txt" 50%); p99=$(wrk_latency "$OUT/create.txt" 99%)
  errors=$(wrk_errors "$OUT/create.txt")
  requests=$(awk '/requests in/ {print $1}' "$OUT/create.txt")
  machine_cpu=$(cpu_us_per_event "$ticks" "${requests:-1}")
  service_cpu=$(awk -v t0="$service_ticks" -v t1="$(pid_ticks "$service_pid")" -v n="${requests:-1}" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", (t1 - t0) * 1e6 / hz / n }')
  [ -n "$rps" ] || { missing "REST create, req/s" "≥ 0.5" "wrk printed no rate ($OUT/create.txt)"; return 0; }
  pgb "$CALL_DB" -c "$CONCURRENCY" -j 2 -M prepared -T "${WARMUP%s}" -f "$BENCH/pgbench/create.sql" > /dev/null 2>&1
  ticks=$(cpu_ticks)
  (cd "$OUT" && pgb "$CALL_DB" -c "$CONCURRENCY" -j 2 -M prepared -T "${DURATION%s}" -l --log-prefix=create-pgbench \
      -f "$BENCH/pgbench/create.sql" > "$OUT/create-pgbench.txt" 2>&1)
  local tps pg50 pg99 pg_cpu
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/create-pgbench.txt" | head -n 1)
  local transactions; transactions=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$OUT/create-pgbench.txt")
  pg_cpu=$(cpu_us_per_event "$ticks" "${transactions:-1}")
  pg50=$(pgbench_percentile "$OUT/create-pgbench" 50); pg99=$(pgbench_percentile "$OUT/create-pgbench" 99)
  row "REST create, req/s at $CONCURRENCY connections (p50 / p99)" "$(num "$rps") ($p50 / $p99 ms)" \
    "pgbench 2 INSERTs: $(num "$tps") tps ($pg50 / $pg99 ms)" "$(ratio "$rps" "$tps")" "≥ 0.5" "$(met "$(ratio "$rps" "$tps")" 0.5)"
  note "- REST create: wrk, 2 threads, $CONCURRENCY connections, $DURATION after a $WARMUP warm-up, POST /programmes with a bearer token (bench/wrk/post-programme.lua); $errors non-2xx answers. wrk is closed-loop (the Debian package has no constant-rate mode, wrk2 is not packaged), so its percentiles are service times at that concurrency and **understate coordinated omission**. pgbench: the same concurrency, one transaction with the programme INSERT and the outbox INSERT (bench/pgbench/create.sql), on scratch copies of the service's tables."
  note "  CPU of the whole machine per request: REST create $machine_cpu µs (the call-service's JVM $service_cpu µs of it; the rest is PostgreSQL, the relay's publishing, Kafka, wrk, and the node's exchange- and followup-service and the hub consuming the new events meanwhile), pgbench's transaction $pg_cpu µs."
}

# --- 3. outbox relay ------------------------------------------------------------------------------------------------

bench_relay() {
  step "3. Outbox relay: $RELAY_EVENTS waiting rows published, vs Kafka ProducerPerformance (acks=all) and pgbench claim-and-mark"
  local last size
  last=$(pg "$CALL_DB" -c "SELECT coalesce(max(position), 0) FROM kloss_outbox")
  [ "$(pg "$CALL_DB" -c "SELECT count(*) FROM kloss_outbox")" -gt 0 ] || { missing "outbox relay, events/s" "≥ 0.8" "no outbox row to copy"; return 0; }
  size=$(pg "$CALL_DB" -c "SELECT avg(octet_length(payload::text))::int FROM kloss_outbox")
  # The copies go to a topic of the institution's that nothing consumes, as ProducerPerformance's does: on the
  # domain topic, the node's exchange- and followup-service and the hub would ingest the backlog meanwhile, on the same
  # cores, and the row would measure them too. The node's principal may write every kloss.<institution>.* topic.
  local inst topic admin; inst=$(node_institutions "$NODE" | cut -d, -f1); topic="kloss.$inst.relay-bench.v1"
  admin=$(admin_config)
  kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KLOSS_HOST:$KAFKA_PORT" --command-config "$admin" \
    --create --if-not-exists --topic "$topic" --partitions 3 --replication-factor 1 > /dev/null 2>&1
  # Copies of the newest real event under new event and aggregate ids (keys spread over the partitions, as the
  # node's many aggregates do), committed at once: the relay sees a backlog of RELAY_EVENTS.
  pg "$CALL_DB" -c "INSERT INTO kloss_outbox (event_id, topic, aggregate_id, event_type, source, institution, schema_version, occurred_at, payload)
      SELECT gen_random_uuid(), '$topic', gen_random_uuid()::text, event_type, source, institution, schema_version, occurred_at, payload
        FROM (SELECT * FROM kloss_outbox ORDER BY position DESC LIMIT 1) r, generate_series(1, $RELAY_EVENTS)" >/dev/null
  local waited=0 ticks relay_cpu producer_cpu claim_cpu
  ticks=$(cpu_ticks)
  while [ "$(pg "$CALL_DB" -c "SELECT count(*) FROM kloss_outbox WHERE position > $last AND published_at IS NULL")" != 0 ]; do
    sleep 0.2; waited=$((waited + 1))
    [ "$waited" -lt 3000 ] || { missing "outbox relay, events/s" "≥ 0.8" "the relay did not drain the backlog in 10 minutes"; return 0; }
  done
  relay_cpu=$(cpu_us_per_event "$ticks" "$RELAY_EVENTS")
  local relay
  relay=$(pg "$CALL_DB" -c "SELECT round(count(*) / extract(epoch FROM max(published_at) - min(recorded_at))) FROM kloss_outbox WHERE position > $last")
  kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KLOSS_HOST:$KAFKA_PORT" --command-config "$admin" \
    --create --if-not-exists --topic bench.producer-perf --partitions 3 --replication-factor 1 > /dev/null 2>&1
  # The tool's own start (a JVM) is measured with one record and taken off its CPU figure.
  local records
  for records in 1 "$RELAY_EVENTS"; do
    ticks=$(cpu_ticks)
    kafka_tool org.apache.kafka.tools.ProducerPerformance --topic bench.producer-perf --num-records "$records" \
      --record-size "$size" --throughput -1 --command-config "$admin" \
      --producer-props bootstrap.servers="$KLOSS_HOST:$KAFKA_PORT" acks=all enable.idempotence=true linger.ms=5 > "$OUT/producer-perf.txt" 2>&1
    [ "$records" = 1 ] && producer_cpu=$(( $(cpu_ticks) - ticks ))
  done
  producer_cpu=$(cpu_us_per_event "$((ticks + producer_cpu))" "$RELAY_EVENTS")
  local producer
  producer=$(grep 'records sent' "$OUT/producer-perf.txt" | tail -n 1 | sed -n 's/.* records sent, \([0-9.]*\) records\/sec.*/\1/p')
  pg "$CALL_DB" -c "TRUNCATE bench_relay; INSERT INTO bench_relay (event_id, topic, aggregate_id, event_type, source, institution, schema_version, occurred_at, payload)
      SELECT gen_random_uuid(), topic, aggregate_id, event_type, source, institution, schema_version, occurred_at, payload
        FROM (SELECT * FROM kloss_outbox ORDER BY position DESC LIMIT 1) r, generate_series(1, $RELAY_EVENTS)" >/dev/null
  pg "$CALL_DB" -c "VACUUM ANALYZE bench_relay" >/dev/null
  ticks=$(cpu_ticks)
  pgb "$CALL_DB" -c 1 -M prepared -t $(( (RELAY_EVENTS + 499) / 500 )) -f "$BENCH/pgbench/relay-claim.sql" > "$OUT/relay-pgbench.txt" 2>&1
  claim_cpu=$(cpu_us_per_event "$ticks" "$RELAY_EVENTS")
  local claim
  claim=$(awk '/^tps = / {printf "%.0f", $3 * 500; exit}' "$OUT/relay-pgbench.txt")
  if [ -z "$producer" ] || [ -z "$claim" ]; then
    missing "outbox relay, events/s" "≥ 0.8" "a baseline tool printed no rate ($OUT/producer-perf.txt, $OUT/relay-pgbench.txt)"; return 0
  fi
  local base; base=$(awk -v a="$producer" -v b="$claim" 'BEGIN { printf "%.0f", (a < b ? a : b) }')
  row "outbox relay, events/s" "$relay" "min(ProducerPerformance acks=all $(num "$producer"); pgbench claim-and-mark $claim) = $base" \
    "$(ratio "$relay" "$base")" "≥ 0.8" "$(met "$(ratio "$relay" "$base")" 0.8)"
  note "- Relay: $RELAY_EVENTS copies of the newest real event (new event and aggregate ids, topic $topic, which nothing consumes) committed at once into the call-service's outbox; rate = rows / (last published_at − recorded_at). ProducerPerformance: same count, $size-byte records, idempotent, acks=all, to a 3-partition topic as the node's principal would. pgbench: the relay's SQL per batch of 500 (lock, read oldest unpublished with payloads, mark; bench/pgbench/relay-claim.sql), rate = tps × 500."
  # Each baseline has the machine to itself; the relay does both jobs on the same cores. The CPU each takes per event
  # (the whole machine's, from /proc/stat) bounds what doing both can reach.
  local bound; bound=$(awk -v p="$producer_cpu" -v c="$claim_cpu" -v n="$(nproc)" 'BEGIN { if (p + c > 0) printf "%.0f", n * 1e6 / (p + c) }')
  note "  CPU of the whole machine per event: relay $relay_cpu µs, ProducerPerformance $producer_cpu µs (its JVM's start taken off), pgbench claim-and-mark $claim_cpu µs. Doing both jobs as cheaply as the two tools would take $producer_cpu + $claim_cpu µs an event, which $(nproc) fully busy cores allow $bound times a second; the relay reached $(ratio "$relay" "$bound") of that."
}

# --- 4. commit → national -------------------------------------------------------------------------------------------

bench_latency() {
  step "4. Commit at a node → visible in the national API ($LATENCY_SAMPLES samples), vs Kafka EndToEndLatency p99 + pgbench single-insert p99"
  local inst result
  inst=$(node_institutions "$NODE" | cut -d, -f1)
  if ! result=$("$JAVA_HOME/bin/java" "$BENCH/java/CommitToNational.java" "$CALL" "$REPORTING" "$(token "$inst-coordinator")" \
      "$(token analyst)" "$inst" "$LATENCY_SAMPLES" "$LATENCY_WARMUP" 2> "$OUT/latency.err"); then
    missing "commit → national API, p50 / p99" "p99 < 300 ms" "$(tail -n 3 "$OUT/latency.err" | tr '\n' ' ')"; return 0
  fi
  echo "$result" > "$OUT/latency.txt"
  local p50 p99; p50=$(echo "$result" | sed -n 's/.*p50_ms=\([0-9.]*\).*/\1/p'); p99=$(echo "$result" | sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p')
  local admin; admin=$(admin_config)
  kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KLOSS_HOST:$KAFKA_PORT" --command-config "$admin" \
    --create --if-not-exists --topic bench.e2e --partitions 1 --replication-factor 1 > /dev/null 2>&1
  kafka_tool org.apache.kafka.tools.EndToEndLatency --bootstrap-server "$KLOSS_HOST:$KAFKA_PORT" --topic bench.e2e \
    --num-records "$E2E_RECORDS" --producer-acks all --record-size 500 --command-config "$admin" > "$OUT/e2e.txt" 2>&1
  local kafka99; kafka99=$(sed -n 's/.*99th = \([0-9.]*\).*/\1/p' "$OUT/e2e.txt" | head -n 1)
  (cd "$OUT" && pgb "$CALL_DB" -c 1 -M prepared -T "$PGBENCH_SECONDS" -l --log-prefix=single-pgbench \
      -f "$BENCH/pgbench/single-insert.sql" > "$OUT/single-pgbench.txt" 2>&1)
  local pg99; pg99=$(pgbench_percentile "$OUT/single-pgbench" 99)
  [ -n "$kafka99" ] || { missing "commit → national API, p50 / p99" "p99 < 300 ms" "EndToEndLatency printed no percentiles ($OUT/e2e.txt)"; return 0; }
  local base; base=$(awk -v a="$kafka99" -v b="$pg99" 'BEGIN { printf "%.2f", a + b }')
  row "commit at a node → visible in the national API, p50 / p99" "$p50 / $p99 ms" \
    "EndToEndLatency p99 $kafka99 ms + pgbench single-insert p99 $pg99 ms = $base ms" "$(ratio "$p99" "$base")" "p99 < 300 ms" \
    "$(if awk -v a="$p99" 'BEGIN { exit !(a < 300) }'; then echo yes; else echo "**no**"; fi)"
  note "- Commit → national: one sample at a time (bench/java/CommitToNational.java): POST /programmes at the node, from its 201 (after the commit) until /national/health counts the event, polled every 2 ms; $LATENCY_WARMUP warm-up samples dropped. The path is outbox relay (idle poll 100 ms) → Kafka → hub consumer → projection. EndToEndLatency: $E2E_RECORDS records of 500 bytes, acks=all."
}

# --- 6. start time and idle memory ----------------------------------------------------------------------------------

rss_mb() { awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

# Starts a jar as services.sh does (same JVM flags), returns "wall-clock-ms quarkus-started-s rss-mb" once URL answers.
time_start() {
  local name="$1" url="$2"; shift 2
  local log="$OUT/$name.log" start pid ready started rss i
  start=$(date +%s%N)
  setsid "$@" > "$log" 2>&1 < /dev/null &
  pid=$!
  for i in $(seq 1 1200); do
    curl -fsS -o /dev/null --max-time 1 "$url" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || { echo "$name exited: $(tail -n 5 "$log")" >&2; return 1; }
    sleep 0.05
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  started=$(grep -o 'started in [0-9.]*s' "$log" | head -n 1 | grep -o '[0-9.]*')
  sleep 5 # idle
  rss=$(rss_mb "$pid")
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$ready $started $rss"
}

bench_start() {
  step "6. Service start time and idle RSS vs an empty Quarkus REST app on the same JVM"
  local empty="$KLOSS_ROOT/bench/empty-app/target/quarkus-app/quarkus-run.jar"
  if [ ! -f "$empty" ]; then
    mvnw -f "$KLOSS_ROOT/bench/empty-app/pom.xml" package -DskipTests
  fi
  local port_base=$(( $(service_port "$NODE" gateway) + 6 ))
  # Both with the flags of deploy/local/services.sh (service_jvm_flags; with KLOSS_CDS=1 each with a class-data archive
  # of its own, which the first start writes); each is started twice and the second start is measured.
  local empty_flags=() service_flags=()
  rm -f "$KLOSS_RUN/cds/bench-empty-app.jsa" "$KLOSS_RUN/cds/bench-call-service.jsa"
  mapfile -t empty_flags < <(service_jvm_flags bench-empty-app)
  mapfile -t service_flags < <(service_jvm_flags bench-call-service)
  local jvm_env=(); mapfile -t jvm_env < <(service_jvm_env)
  local e s inst principal round
  for round in archive measure; do
  e=$(time_start empty-app "http://$KLOSS_HOST:$port_base/hello" env "${jvm_env[@]}" QUARKUS_HTTP_PORT="$port_base" \
      "$JAVA_HOME/bin/java" "${empty_flags[@]}" -jar "$empty") || { missing "service start time and idle RSS" "≤ 2.5× start, ≤ 2× RSS" "the empty app did not start"; return 0; }
  inst=$(node_institutions "$NODE")
  principal="node-$NODE"
  # A second call-service of the node, configured as services.sh configures the node's own (same database, Kafka
  # principal, consumer groups): the full service, started alone while the network idles.
  s=$(time_start call-service "http://$KLOSS_HOST:$((port_base + 1))/q/health/ready" env "${jvm_env[@]}" \
      QUARKUS_HTTP_PORT="$((port_base + 1))" QUARKUS_HTTP_HOST="$KLOSS_HOST" \
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$KLOSS_HOST:$POSTGRES_PORT/$CALL_DB" \
      QUARKUS_DATASOURCE_USERNAME="$POSTGRES_SUPERUSER" QUARKUS_DATASOURCE_PASSWORD="$POSTGRES_PASSWORD" \
      KAFKA_BOOTSTRAP_SERVERS="$KLOSS_HOST:$KAFKA_PORT" QUARKUS_OIDC_AUTH_SERVER_URL="http://$KLOSS_HOST:$KEYCLOAK_PORT/realms/kloss" \
      KLOSS_NODE_INSTITUTIONS="$inst" KLOSS_NODE_ID="$NODE" \
      "$JAVA_HOME/bin/java" "${service_flags[@]}" -Dkafka.security.protocol=SASL_PLAINTEXT -Dkafka.sasl.mechanism=SCRAM-SHA-512 \
      "-Dkafka.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$principal\" password=\"$(kafka_password "$principal")\";" \
      -Djava.io.tmpdir="$KLOSS_RUN/tmp" -jar "$KLOSS_ROOT/call-service/target/quarkus-app/quarkus-run.jar") \
      || { missing "service start time and idle RSS" "≤ 2.5× start, ≤ 2× RSS" "the call-service did not start"; return 0; }
  done
  local e_ms e_q e_rss s_ms s_q s_rss
  read -r e_ms e_q e_rss <<< "$e"; read -r s_ms s_q s_rss <<< "$s"
  local node_rss=0 service pidf
  for service in $NODE_SERVICES; do
    pidf=$(pid_file "$NODE-$service")
    [ -f "$pidf" ] && node_rss=$((node_rss + $(rss_mb "$(cat "$pidf")")))
  done
  row "service start (call-service), to ready" "$s_ms ms (Quarkus: ${s_q}s)" "empty Quarkus REST app $e_ms ms (Quarkus: ${e_q}s)" \
    "$(ratio "$s_ms" "$e_ms")" "≤ 2.5" "$(if ge 2.5 "$(ratio "$s_ms" "$e_ms")"; then echo yes; else echo "**no**"; fi)"
  row "idle RSS (call-service)" "$s_rss MB" "empty app $e_rss MB" "$(ratio "$s_rss" "$e_rss")" "≤ 2" \
    "$(if ge 2 "$(ratio "$s_rss" "$e_rss")"; then echo yes; else echo "**no**"; fi)"
  row "RSS of node $NODE (gateway + call + exchange + followup)" "$node_rss MB" "—" "—" "< 1024 MB" \
    "$(if [ "$node_rss" -lt 1024 ]; then echo yes; else echo "**no**"; fi)"
  note "- Start: wall-clock from launching the JVM to the first 200 of /q/health/ready (the service: database, Flyway, Kafka clients, OIDC) or /hello (the empty app, bench/empty-app), both alone with the flags of deploy/local/services.sh ($(echo "${service_flags[*]}" | sed "s|$KLOSS_RUN/||g")), each started once before the measured start; RSS after 5 s idle. Node RSS: the node's four running services after the load above."
}

# --- 7. gateway overhead --------------------------------------------------------------------------------------------

bench_gateway() {
  step "7. Gateway overhead: GET /programmes through the node's gateway vs straight to the call-service"
  local tok; tok=$(token "$(node_institutions "$NODE" | cut -d, -f1)-coordinator")
  local path="programmes?size=20"
  if [ "$QUICK" = 0 ]; then
    TOKEN="$tok" wrk -t2 -c"$GATEWAY_CONCURRENCY" -d"$WARMUP" -s "$BENCH/wrk/get-with-token.lua" "$GATEWAY/call/$path" > /dev/null
    TOKEN="$tok" wrk -t2 -c"$GATEWAY_CONCURRENCY" -d"$WARMUP" -s "$BENCH/wrk/get-with-token.lua" "$CALL/$path" > /dev/null
  fi
  TOKEN="$tok" wrk -t1 -c"$GATEWAY_CONCURRENCY" -d"$GATEWAY_DURATION" --latency -s "$BENCH/wrk/get-with-token.lua" "$CALL/$path" > "$OUT/direct.txt"
  TOKEN="$tok" wrk -t1 -c"$GATEWAY_CONCURRENCY" -d"$GATEWAY_DURATION" --latency -s "$BENCH/wrk/get-with-token.lua" "$GATEWAY/call/$path" > "$OUT/gateway.txt"
  local d g d99 g99
  d=$(wrk_rps "$OUT/direct.txt"); g=$(wrk_rps "$OUT/gateway.txt")
  d99=$(wrk_latency "$OUT/direct.txt" 99%); g99=$(wrk_latency "$OUT/gateway.txt" 99%)
  [ -n "$d" ] && [ -n "$g" ] || { missing "gateway overhead" "≥ 0.8× throughput, ≤ 1.25× p99" "wrk printed no rate"; return 0; }
  row "gateway: throughput, req/s" "$(num "$g")" "straight to the service $(num "$d")" "$(ratio "$g" "$d")" "≥ 0.8" "$(met "$(ratio "$g" "$d")" 0.8)"
  row "gateway: p99" "$g99 ms" "straight to the service $d99 ms" "$(ratio "$g99" "$d99")" "≤ 1.25" \
    "$(if ge 1.25 "$(ratio "$g99" "$d99")"; then echo yes; else echo "**no**"; fi)"
  note "- Gateway: wrk, $GATEWAY_CONCURRENCY connections, $GATEWAY_DURATION each, GET /programmes?size=20 with the same bearer token, through $GATEWAY/call/ and straight to $CALL/; non-2xx: gateway $(wrk_errors "$OUT/gateway.txt"), direct $(wrk_errors "$OUT/direct.txt")."
}

# --- the report -----------------------------------------------------------------------------------------------------

report() {
  local file pg_version kafka_version
  if [ "$QUICK" = 1 ]; then file="$KLOSS_RUN/bench-quick.md"; else
    mkdir -p "$BENCH/results"; file="$BENCH/results/$(date -u +%Y-%m-%d)-$(hostname -s).md"
  fi
  pg_version=$(pg "$CALL_DB" -c "SHOW server_version" 2>/dev/null || echo "?")
  kafka_version=$KAFKA_VERSION
  {
    echo "# ./kloss bench$( [ "$QUICK" = 1 ] && echo " --quick") — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Machine: $(hostname -s), $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
    echo "JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1). Kafka $kafka_version (broker; tools 4.3.0). PostgreSQL $pg_version (network) and $ZONKY_PG_VERSION (embedded, ingest row), $(pgbench --version | awk '{print $3}') (pgbench). wrk $(wrk -v 2>&1 | head -n 1 | awk '{print $2}')."
    echo
    echo "| Figure | Project | Baseline (same run) | Ratio | Target | Met |"
    echo "|---|---|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "How each figure was measured:"
    echo
    printf '%s\n' "${NOTES[@]}"
  } > "$file"
  echo
  cat "$file"
  echo
  ok "written to $file"
}

main() {
  local start=$SECONDS
  local only="${KLOSS_BENCH_ONLY:-}"
  ensure_tools
  [ "$only" = network ] || [ "$only" = rebuild ] || bench_ingest
  [ "$only" = network ] || [ "$only" = ingest ] || bench_rebuild
  if [ "$only" = ingest ] || [ "$only" = rebuild ]; then
    [ -z "$REBUILD_ROW" ] || ROWS+=("$REBUILD_ROW")
    report; return 0
  fi
  trap 'network_down' EXIT
  network_up
  bench_create
  bench_relay
  bench_latency
  [ -z "$REBUILD_ROW" ] || ROWS+=("$REBUILD_ROW")
  bench_start
  bench_gateway
  report
  network_down
  trap - EXIT
  if [ ${#MISSING[@]} -gt 0 ]; then
    die "not produced: ${MISSING[*]}"
  fi
  ok "every figure produced in $((SECONDS - start))s"
}

main
