#!/usr/bin/env bash
# Seeds 1,000 and 100,000 couples (SIZES to change) with `mend admin seed`, then measures the home
# dashboard with wrk (Debian package `wrk`): the JSON API and the server-rendered page, on SQLite
# and, when MEND_BENCH_POSTGRES_URL is set, on PostgreSQL (its public schema is dropped and recreated).
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product mend
BIN="$(swift build -c release --show-bin-path)/mend"
export MEND_PASSWORD_COST=4 MEND_LOG_LEVEL=error MEND_SECRET_KEY="$(head -c 32 /dev/urandom | base64)"
PASSWORD="seeded passphrase for benchmarks"
SIZES="${SIZES:-1000 100000}"
PORT=18090
SERVER=
trap 'if [[ -n "$SERVER" ]]; then kill "$SERVER" 2>/dev/null || true; fi' EXIT

measure() {  # label couples [env...]
  local label=$1 couples=$2
  local data; data=$(mktemp -d)
  local started=$SECONDS
  "$BIN" admin seed --couples "$couples" --password "$PASSWORD" --data-dir "$data" | tail -1
  local size
  if [[ -n "${MEND_DATABASE_URL:-}" ]]; then
    size=$(psql -Atq "$MEND_DATABASE_URL" -c "SELECT pg_size_pretty(pg_database_size(current_database()))")
  else
    size=$(du -sh "$data" | cut -f1)
  fi
  echo "$label: seeded in $((SECONDS - started)) s; database $size"
  "$BIN" --port "$PORT" --data-dir "$data" & SERVER=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done
  python3 Benchmarks/dashboard/dashboard_bench.py --instance "http://127.0.0.1:$PORT" --couples "$couples" \
    --password "$PASSWORD" --label "$label"
  echo "$label: server RSS $(ps -o rss= -p "$SERVER" | awk '{printf "%.0f MiB", $1/1024}')"
  kill "$SERVER"; wait "$SERVER" || true; SERVER=
  rm -rf "$data"
}

for size in $SIZES; do
  unset MEND_DATABASE_URL
  measure "SQLite, $size couples" "$size"
  if [[ -n "${MEND_BENCH_POSTGRES_URL:-}" ]]; then
    psql -q "$MEND_BENCH_POSTGRES_URL" -c "DROP SCHEMA public CASCADE" -c "CREATE SCHEMA public" >/dev/null 2>&1
    export MEND_DATABASE_URL="$MEND_BENCH_POSTGRES_URL"
    measure "PostgreSQL, $size couples" "$size"
    unset MEND_DATABASE_URL
  fi
done
