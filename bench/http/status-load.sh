#!/usr/bin/env bash
# bench/http/status-load.sh — GET /v1/status under load: `lockstep serve` on 127.0.0.1 in front of one
# PostgreSQL database with N applied migrations, driven by wrk (Debian's package) with C connections on
# T threads for D (default 30s). Records requests/s and latency percentiles in bench/http/RESULTS-http.md.
# Loopback only; the server, the database and the scratch folder are removed at the end.
# Run: bash bench/http/status-load.sh   (N=50 C=16 T=2 D=30s PORT=18181 BENCH_NO_BUILD=1 to skip the build)
set -euo pipefail
REPO=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
N=${N:-50}
C=${C:-16}
T=${T:-2}
D=${D:-30s}
PORT=${PORT:-18181}
PG=${BENCH_PG:-postgres://postgres@127.0.0.1:5432}
DB=lockstep_bench_http
OUT=$REPO/bench/http/RESULTS-http.md
TOKEN=bench-read-token-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
WORK=$(mktemp -d)
SERVER_PID=

cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  psql -X -q "$PG/postgres" -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 1; }
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then (cd "$REPO" && npm run -s build); fi

psql -X -q "$PG/postgres" -c "drop database if exists $DB with (force)" -c "create database $DB" >/dev/null
mkdir -p "$WORK/migrations"
for i in $(seq 1 "$N"); do
  v=$(printf '%04d' "$i")
  printf -- '-- UP\nCREATE TABLE t%s (id bigint PRIMARY KEY, note text);\nCREATE INDEX t%s_note ON t%s (note);\n\n-- DOWN\nDROP TABLE t%s;\n' "$i" "$i" "$i" "$i" > "$WORK/migrations/${v}_t$i.sql"
done
cat > "$WORK/lockstep.config.json" <<JSON
{ "environments": { "bench": "$PG/$DB" },
  "serve": { "tokens": [{ "name": "bench", "tokenEnv": "BENCH_TOKEN", "scope": "read", "environments": ["bench"] }] } }
JSON
(cd "$WORK" && node "$REPO/dist/cli/main.js" up --env bench >/dev/null)

(cd "$WORK" && BENCH_TOKEN=$TOKEN exec node "$REPO/dist/cli/main.js" serve --host 127.0.0.1 --port "$PORT" 2>"$WORK/serve.log") &
SERVER_PID=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.1; done
URL="http://127.0.0.1:$PORT/v1/status?env=bench"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$URL")" = 200 ] || { echo "GET /v1/status does not answer 200" >&2; cat "$WORK/serve.log" >&2; exit 1; }

wrk -t"$T" -c"$C" -d"$D" --latency -H "Authorization: Bearer $TOKEN" "$URL" | tee "$WORK/wrk.txt"
RPS=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.txt")
P50=$(awk '$1=="50%" {print $2}' "$WORK/wrk.txt")
P99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")
TOTAL=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
BAD=$(awk '/Non-2xx/ {print $NF}' "$WORK/wrk.txt"); BAD=${BAD:-0}
ERRS=$(awk '/Socket errors/ {print $0}' "$WORK/wrk.txt"); ERRS=${ERRS:-none}
CPU=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
PGV=$(psql -X -At "$PG/postgres" -c 'show server_version')

cat > "$OUT" <<MD
# HTTP: GET /v1/status under load

\`bash bench/http/status-load.sh\` — \`lockstep serve\` on 127.0.0.1 with one environment (a PostgreSQL
database with $N applied migrations, each file parsed on every request), one JSON access-log line per
request to a file, driven by \`wrk -t$T -c$C -d$D --latency\` with a read token.

| requests/s | p50 | p99 | requests | non-2xx | socket errors |
| --- | --- | --- | --- | --- | --- |
| $RPS | $P50 | $P99 | $TOTAL | $BAD | $ERRS |

Machine: $(nproc) cores ($CPU), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM, Node $(node --version),
PostgreSQL $PGV on the same machine; $(date -u +%Y-%m-%d).

Every request opens its own database session (at most 8 at once per environment; the rest queue in the
server), reads the history table and the migration files, and answers the full status JSON. The server,
wrk and PostgreSQL share the $(nproc) cores.
MD
echo "wrote $OUT"
