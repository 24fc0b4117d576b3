#!/usr/bin/env bash
# The booking loop measured end to end: a fresh PostgreSQL database, the packaged platform on it
# (dev,demo profiles, statement counters on, extra demo cleaners, the rate limits still counted but set out of
# the driver's reach: its few addresses stand for many customers), pgbench beside it, then the driver.
# Usage: benchmarks/scripts/booking-loop.sh [app.jar] [driver options...]
# Environment: DB (default shangmen_bench), PORT (8080), JAVA_OPTS (-Xmx2g: a 1 GB heap cost the loop 15–30 % in garbage collection), APP_OPTS (extra --key=value for the platform),
#              LOAD_WORKERS (22), DB_PARAMS (the PostgreSQL driver's URL parameters, e.g. reWriteBatchedInserts=true),
#              HISTORY (0; past orders planted before the run by plant-history.sql, e.g. 100000).
set -euo pipefail
JAR=${1:-app/target/app-0.1.0-SNAPSHOT.jar}
shift || true
DB=${DB:-shangmen_bench}
PORT=${PORT:-8080}
LOAD_WORKERS=${LOAD_WORKERS:-22}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
BENCH=${BENCH:-benchmarks/target/benchmarks.jar}
LOG=${LOG:-/tmp/booking-loop-$DB-$PORT.log}

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is in use (an instance still shutting down?)"; exit 1; fi
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
SPRING_PROFILES_ACTIVE=dev,demo SHANGMEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB${DB_PARAMS:+?$DB_PARAMS}" SHANGMEN_DB_USER=postgres \
  $JAVA ${JAVA_OPTS:--Xmx2g} -jar "$JAR" --server.port=$PORT --shangmen.jdbc.count-statements=true \
  --shangmen.demo.load-workers=$LOAD_WORKERS --shangmen.rate-limit.per-address=1000000 --shangmen.rate-limit.per-account=1000000 \
  ${APP_OPTS:-} >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for i in $(seq 1 300); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; then break; fi
  if ! kill -0 $APP 2>/dev/null; then echo "the platform did not start; see $LOG"; exit 1; fi
  sleep 1
done
# The demo city is seeded after start-up (catalogue, accounts, workers, …): wait for the workers.
until grep -q "demo data ready: DemoWorkers" "$LOG"; do
  if ! kill -0 $APP 2>/dev/null; then echo "the platform stopped; see $LOG"; exit 1; fi
  sleep 2
done
if [ "${HISTORY:-0}" -gt 0 ]; then
  echo "planting $HISTORY past orders"
  psql -q -h 127.0.0.1 -U postgres -d "$DB" -v n="$HISTORY" -f "$(dirname "$0")/plant-history.sql"
fi
$JAVA -cp "$BENCH" org.shangmen.benchmarks.BookingLoopLoad --targets=http://127.0.0.1:$PORT \
  --jdbc="jdbc:postgresql://127.0.0.1:5432/$DB" --app-pid=$APP --workers=$LOAD_WORKERS "$@"
