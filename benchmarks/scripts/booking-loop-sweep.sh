#!/usr/bin/env bash
# The settings the platform runs with, each measured through the whole booking loop in one sitting:
# the connection pool's size, virtual threads, and the PostgreSQL driver's batching and prepared statements.
# Every run is benchmarks/scripts/booking-loop.sh on a fresh database (same jar, same driver options).
# Usage: benchmarks/scripts/booking-loop-sweep.sh [app.jar] [driver options...]   (prints one block per setting)
set -uo pipefail
JAR=${1:-app/target/app-0.1.0-SNAPSHOT.jar}
shift || true
OPTS=("$@")
[ ${#OPTS[@]} -eq 0 ] && OPTS=(--customers=4 --seconds=40 --warmup=30 --pgbench=5)
run() {
  local label=$1
  shift
  echo "=== $label"
  env "$@" benchmarks/scripts/booking-loop.sh "$JAR" "${OPTS[@]}" --label="$label" 2>&1 | grep -E '^(instances|loops/s|per loop|CPU per loop|\| (submit|accept|slot-search|worker-offers) )'
  sleep 5
}
run "pool 10, virtual threads, driver defaults"
run "pool 4" APP_OPTS=--spring.datasource.hikari.maximum-pool-size=4
run "pool 20" APP_OPTS=--spring.datasource.hikari.maximum-pool-size=20
run "platform threads (virtual threads off)" APP_OPTS=--spring.threads.virtual.enabled=false
run "reWriteBatchedInserts=true" DB_PARAMS=reWriteBatchedInserts=true
run "prepareThreshold=1 (server-side prepared from the first use)" DB_PARAMS=prepareThreshold=1
run "pool 10, virtual threads, driver defaults (again)"
