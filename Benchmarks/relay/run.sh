#!/usr/bin/env bash
# Builds mend in release, then measures live relay latency on one instance (SQLite) and across two
# instances sharing PostgreSQL (MEND_BENCH_POSTGRES_URL, for example the one .ci/start-postgres.sh gives).
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product mend
BIN="$(swift build -c release --show-bin-path)/mend"
ulimit -n 65536 || true
export MEND_PASSWORD_COST=4 MEND_LOG_LEVEL=error MEND_SECRET_KEY="$(head -c 32 /dev/urandom | base64)"
SESSIONS="${SESSIONS:-500}"

echo "== one instance (SQLite)"
DATA=$(mktemp -d); "$BIN" --port 18080 --data-dir "$DATA" & ONE=$!
sleep 2
python3 Benchmarks/relay/relay_bench.py --instance http://127.0.0.1:18080 --sessions "$SESSIONS" --pid "$ONE" --spread 5 --spread 0
kill "$ONE"; wait "$ONE" || true

if [[ -n "${MEND_BENCH_POSTGRES_URL:-}" ]]; then
  echo "== two instances sharing PostgreSQL"
  export MEND_DATABASE_URL="$MEND_BENCH_POSTGRES_URL"
  "$BIN" --port 18081 --data-dir "$(mktemp -d)" & A=$!
  sleep 2
  "$BIN" --port 18082 --data-dir "$(mktemp -d)" & B=$!
  sleep 2
  python3 Benchmarks/relay/relay_bench.py --instance http://127.0.0.1:18081 --instance http://127.0.0.1:18082 --sessions "$SESSIONS" --pid "$A" --pid "$B" --spread 5 --spread 0
  kill "$A" "$B"; wait || true
fi
