#!/usr/bin/env bash
# Keycloak for a local KLOSS-Net network: the identity provider of realm `kloss` (deploy/keycloak/kloss-realm.json).
#
#   keycloak.sh fetch                      download the Keycloak distribution into $KLOSS_DIST (once)
#   keycloak.sh start                      start Keycloak for $KLOSS_PROFILE and wait until realm kloss answers
#   keycloak.sh stop                       stop it
#   keycloak.sh status                     say whether it runs, and where
#   keycloak.sh token <username> [pw]      print an access token (password grant through client kloss-gateway;
#                                          the password defaults to `demo`, the demo users' password)
#   keycloak.sh reset                      stop it and empty this profile's Keycloak database, so the next start
#                                          imports the realm file afresh
#
# The distribution under $KLOSS_DIST is shared by the profiles and never written to. Each profile gets its own small
# Keycloak home under $KLOSS_RUN/keycloak: a copy of bin/kc.sh, conf/ and the re-augmentation output (lib/quarkus,
# about 5 MB), a link to the distribution's jars (lib/lib) and its own data/ (import directory, transaction logs).
# Keycloak's store is the database kloss_keycloak on the profile's PostgreSQL, so `dev` and `test` can run at once
# without sharing one.
#
# The realm file is imported with --import-realm on every start; Keycloak skips a realm that already exists, so a
# restart keeps the data and changes to the realm file need `reset`. The client secrets in the realm file are
# placeholders (${KLOSS_GATEWAY_CLIENT_SECRET}, ${KLOSS_KTH_SYSTEMS_SECRET}, ${KLOSS_MAU_SYSTEMS_SECRET},
# ${KLOSS_LU_SYSTEMS_SECRET}) that Keycloak resolves from its environment when it imports the realm; the local defaults
# below apply when they are not set. The test profile re-imports by itself when the realm file has changed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

KEYCLOAK_DIST_DIR="$KLOSS_DIST/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_HOME="$KLOSS_RUN/keycloak"
KEYCLOAK_REALM="kloss"
KEYCLOAK_REALM_FILE="$KLOSS_ROOT/deploy/keycloak/kloss-realm.json"
KEYCLOAK_URL="http://$KLOSS_HOST:$KEYCLOAK_PORT"
KEYCLOAK_ISSUER="$KEYCLOAK_URL/realms/$KEYCLOAK_REALM"

# Local, not secret (loopback only). Set these in the environment to use other values; they take effect when the
# realm is imported, i.e. on the first start of a profile or after `reset`.
KLOSS_GATEWAY_CLIENT_SECRET="${KLOSS_GATEWAY_CLIENT_SECRET:-gateway-local-secret}"
KLOSS_KTH_SYSTEMS_SECRET="${KLOSS_KTH_SYSTEMS_SECRET:-kth-systems-local-secret}"
KLOSS_MAU_SYSTEMS_SECRET="${KLOSS_MAU_SYSTEMS_SECRET:-mau-systems-local-secret}"
KLOSS_LU_SYSTEMS_SECRET="${KLOSS_LU_SYSTEMS_SECRET:-lu-systems-local-secret}"

kc_ready() { http_ok "$KEYCLOAK_ISSUER/.well-known/openid-configuration"; }

# Unpacks ZIP into DIR with whatever this machine has: unzip, python3's zipfile or the JDK's jar.
extract_zip() {
  local zip="$1" dir="$2"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$dir"
  elif command -v python3 >/dev/null 2>&1; then
    python3 -m zipfile -e "$zip" "$dir"
  elif command -v jar >/dev/null 2>&1; then
    (cd "$dir" && jar xf "$zip")
  else
    die "Cannot unpack $zip: install unzip (apt-get install unzip) or python3"
  fi
}

kc_fetch() {
  if [ -x "$KEYCLOAK_DIST_DIR/bin/kc.sh" ]; then
    ok "Keycloak $KEYCLOAK_VERSION is in $KEYCLOAK_DIST_DIR"
    return 0
  fi
  step "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central (about 176 MB)"
  use_jdk
  local tmp="$KLOSS_DIST/.keycloak-$KEYCLOAK_VERSION.partial"
  local zip="$tmp/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  # Run Maven where there is no pom.xml: dependency:copy needs no project, and the project's reactor is not involved.
  (cd "$tmp" && mvnw dependency:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      "-DoutputDirectory=$tmp") || die "Could not download org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip"
  [ -f "$zip" ] || die "Maven did not leave $zip"
  extract_zip "$zip" "$tmp"
  rm -f "$zip"
  [ -f "$tmp/keycloak-$KEYCLOAK_VERSION/bin/kc.sh" ] || die "The Keycloak zip did not contain keycloak-$KEYCLOAK_VERSION/bin/kc.sh"
  chmod +x "$tmp/keycloak-$KEYCLOAK_VERSION"/bin/*.sh   # python3 and jar do not keep the file modes
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_DIST_DIR"
  rm -rf "$tmp"
  ok "Keycloak $KEYCLOAK_VERSION unpacked into $KEYCLOAK_DIST_DIR"
}

# The profile's Keycloak home (see the header). Rebuilt, except data/, when the distribution changes.
kc_prepare_home() {
  local home="$KEYCLOAK_HOME" dist="$KEYCLOAK_DIST_DIR"
  if [ "$(cat "$home/.dist" 2>/dev/null || true)" != "$dist" ] || [ ! -x "$home/bin/kc.sh" ]; then
    rm -rf "$home/bin" "$home/lib" "$home/conf" "$home/providers" "$home/themes" "$home/.dist"
    mkdir -p "$home/bin" "$home/lib"
    cp "$dist/bin/kc.sh" "$home/bin/kc.sh"   # kc.sh takes its home from its own (resolved) location
    ln -s "$dist/lib/lib" "$home/lib/lib"   # the jars: read only
    cp -R "$dist/lib/quarkus" "$dist/lib/app" "$dist/lib/quarkus-run.jar" "$home/lib/"   # rewritten by the build
    cp -R "$dist/conf" "$dist/providers" "$dist/themes" "$home/"
    echo "$dist" > "$home/.dist"
  fi
  mkdir -p "$home/data/import"
  cp "$KEYCLOAK_REALM_FILE" "$home/data/import/$KEYCLOAK_REALM-realm.json"
}

kc_start() {
  if is_running keycloak; then
    if kc_ready; then
      ok "Keycloak already running at $KEYCLOAK_URL (pid $(cat "$(pid_file keycloak)"))"
      return 0
    fi
    step "Keycloak is running but realm $KEYCLOAK_REALM does not answer yet; waiting"
    wait_for keycloak 180 kc_ready
    return 0
  fi
  [ -f "$KEYCLOAK_REALM_FILE" ] || die "Realm file $KEYCLOAK_REALM_FILE is missing"
  if port_open "$KEYCLOAK_PORT"; then die "Port $KEYCLOAK_PORT is taken by a process this tool did not start"; fi
  if port_open "$KEYCLOAK_MANAGEMENT_PORT"; then die "Port $KEYCLOAK_MANAGEMENT_PORT is taken by a process this tool did not start"; fi
  kc_fetch
  use_jdk
  # Keycloak skips a realm that exists, so the test profile, whose Keycloak holds nothing but the import, starts
  # afresh when the realm file changed since it was imported (new demo users or clients); other profiles keep theirs.
  local imported="$KLOSS_RUN/keycloak-realm.sha256"
  if [ "$KLOSS_PROFILE" = test ] && [ "$(sha256sum < "$KEYCLOAK_REALM_FILE")" != "$(cat "$imported" 2>/dev/null)" ]; then
    step "The realm file differs from the one this profile's Keycloak imported; importing it afresh"
    kc_reset
  fi
  kc_prepare_home
  "$(dirname "${BASH_SOURCE[0]}")/postgres.sh" start   # Keycloak's store; idempotent when it runs already

  step "Starting Keycloak $KEYCLOAK_VERSION ($KLOSS_PROFILE) on $KEYCLOAK_URL"
  export KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER"
  export KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD"
  export KLOSS_GATEWAY_CLIENT_SECRET KLOSS_KTH_SYSTEMS_SECRET KLOSS_MAU_SYSTEMS_SECRET KLOSS_LU_SYSTEMS_SECRET
  # Keycloak's store is the profile's PostgreSQL (database kloss_keycloak), as in production; the password goes
  # through the environment, not the command line.
  export KC_DB=postgres KC_DB_URL="jdbc:postgresql://$KLOSS_HOST:$POSTGRES_PORT/$KEYCLOAK_DATABASE"
  export KC_DB_USERNAME="$POSTGRES_SUPERUSER" KC_DB_PASSWORD="$POSTGRES_PASSWORD"
  start_bg keycloak "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
    --http-host="$KLOSS_HOST" \
    --http-port="$KEYCLOAK_PORT" \
    --http-management-host="$KLOSS_HOST" \
    --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
    --health-enabled=true \
    --import-realm
  wait_for keycloak 180 kc_ready
  sha256sum < "$KEYCLOAK_REALM_FILE" > "$imported"
  ok "Realm $KEYCLOAK_REALM: $KEYCLOAK_ISSUER  (admin console $KEYCLOAK_URL/admin, user $KEYCLOAK_ADMIN_USER)"
  ok "Health: http://$KLOSS_HOST:$KEYCLOAK_MANAGEMENT_PORT/health/ready  Log: $(log_file keycloak)"
}

kc_stop() {
  if is_running keycloak; then
    stop_bg keycloak
  else
    rm -f "$(pid_file keycloak)"
    ok "Keycloak ($KLOSS_PROFILE) is not running"
  fi
}

kc_status() {
  if is_running keycloak; then
    if kc_ready; then ok "Keycloak ($KLOSS_PROFILE) runs at $KEYCLOAK_URL, pid $(cat "$(pid_file keycloak)")"
    else warn "Keycloak ($KLOSS_PROFILE) runs (pid $(cat "$(pid_file keycloak)")) but realm $KEYCLOAK_REALM does not answer"; return 1; fi
  else
    ok "Keycloak ($KLOSS_PROFILE) is not running"; return 3
  fi
}

kc_reset() {
  kc_stop
  "$(dirname "${BASH_SOURCE[0]}")/postgres.sh" start
  use_jdk
  local driver
  driver=$(ls "$KEYCLOAK_DIST_DIR"/lib/lib/main/org.postgresql.postgresql-*.jar 2>/dev/null | head -n 1)
  [ -n "$driver" ] || die "no PostgreSQL JDBC driver in $KEYCLOAK_DIST_DIR (run $(basename "$0") fetch)"
  "$JAVA_HOME/bin/java" -cp "$driver" "$(dirname "${BASH_SOURCE[0]}")/postgres/Sql.java" \
      "jdbc:postgresql://$KLOSS_HOST:$POSTGRES_PORT/postgres" "$POSTGRES_SUPERUSER" "$POSTGRES_PASSWORD" \
      "DROP DATABASE IF EXISTS $KEYCLOAK_DATABASE WITH (FORCE)" "CREATE DATABASE $KEYCLOAK_DATABASE OWNER $POSTGRES_SUPERUSER"
  rm -rf "$KEYCLOAK_HOME/data"
  ok "Emptied Keycloak's database of profile $KLOSS_PROFILE; the next start imports $KEYCLOAK_REALM_FILE"
}

# token USERNAME [PASSWORD]: the access token only, on stdout.
kc_token() {
  local username="${1:-}" password="${2:-demo}" response token
  [ -n "$username" ] || die "usage: $(basename "$0") token <username> [password]"
  response=$(curl -sS --max-time 15 \
    --data-urlencode grant_type=password \
    --data-urlencode client_id=kloss-gateway \
    --data-urlencode "client_secret=$KLOSS_GATEWAY_CLIENT_SECRET" \
    --data-urlencode "username=$username" \
    --data-urlencode "password=$password" \
    --data-urlencode scope=openid \
    "$KEYCLOAK_ISSUER/protocol/openid-connect/token") || die "Keycloak does not answer at $KEYCLOAK_URL (is it started? $(basename "$0") start)"
  token=$(printf '%s' "$response" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || die "No token for $username: $response"
  printf '%s\n' "$token"
}

case "${1:-}" in
  fetch) kc_fetch ;;
  start) kc_start ;;
  stop) kc_stop ;;
  status) kc_status ;;
  reset) kc_reset ;;
  token) shift; kc_token "$@" ;;
  *) echo "usage: $(basename "$0") fetch|start|stop|status|reset|token <username> [password]" >&2; exit 2 ;;
esac
