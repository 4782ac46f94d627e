#!/usr/bin/env bash
# bench/memory/run.sh — peak memory of one large migration file (issue 13: a 50 MB file took 1.2 GB).
#
#   bash bench/memory/run.sh                      # this build (dist/), MB=50
#   BASE_CLI=/path/to/other/dist/cli/main.js bash bench/memory/run.sh   # and another build, interleaved
#
# Writes a data migration of MB megabytes (one INSERT of 100 rows per line), then measures peak RSS
# (`/usr/bin/time -v`, "Maximum resident set size") and wall time of `lockstep status`, `lockstep lint` and
# `lockstep up` (lint gate included) against a fresh database, and of `status` on a one-line migration (the fixed
# cost of starting the CLI). REPS (default 1) repetitions, the builds alternating. Rewrites its section of
# bench/RESULTS.md. BENCH_NO_BUILD=1 measures the dist/ already there.
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
MB=${MB:-50}
REPS=${REPS:-1}
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then (cd "$REPO" && npm run -s build) || die "npm run build failed"; fi
CLIS=("$REPO/dist/cli/main.js")
[ -n "${BASE_CLI:-}" ] && CLIS+=("$BASE_CLI")
DIR=$WORK/memory
rm -rf "$DIR" && mkdir -p "$DIR/big/migrations" "$DIR/small/migrations"
trap 'rm -rf "$DIR"; drop_db bench_memory' EXIT
node -e '
const fs = require("node:fs");
const [path, mb] = [process.argv[1], Number(process.argv[2])];
const out = fs.openSync(path, "w");
fs.writeSync(out, "-- UP\nCREATE TABLE big (id bigint PRIMARY KEY, name text);\n");
let bytes = 0;
for (let i = 0; bytes < mb * 1024 * 1024; i++) {
  const rows = Array.from({ length: 100 }, (_, j) => `(${i * 100 + j}, ${JSON.stringify(`name number ${i * 100 + j} lorem ipsum dolor sit amet`).replace(/"/g, "\x27")})`);
  const line = `INSERT INTO big (id, name) VALUES ${rows.join(",")};\n`;
  fs.writeSync(out, line);
  bytes += line.length;
}
fs.writeSync(out, "-- DOWN\nDROP TABLE big;\n");
fs.closeSync(out);
' "$DIR/big/migrations/001_big.sql" "$MB"
printf -- '-- UP\nCREATE TABLE small (id bigint PRIMARY KEY);\n-- DOWN\nDROP TABLE small;\n' > "$DIR/small/migrations/001_small.sql"
SIZE=$(du -m "$DIR/big/migrations/001_big.sql" | cut -f1)
URL=$PG_BASE/bench_memory
rows=$DIR/rows
: > "$rows"
measure() { # label cli project command...
  local label=$1 cli=$2 project=$3; shift 3
  [ "$1" = status ] || fresh_db bench_memory
  (cd "$DIR/$project" && /usr/bin/time -v -o "$DIR/time" node "$cli" "$@" --url "$URL" >/dev/null 2>"$DIR/err") || echo "  ($label $* exited non-zero: $(head -c 300 "$DIR/err"))" >&2
  local rss wall
  rss=$(awk -F': ' '/Maximum resident/ {printf "%d", $2 / 1024}' "$DIR/time")
  wall=$(awk -F': ' '/Elapsed/ {print $2}' "$DIR/time")
  echo "| $label | \`$*\` on $project | $rss | $wall |" | tee -a "$rows"
}
fresh_db bench_memory
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for rep in $(seq 1 "$REPS"); do
  for cmd in "status" "lint" "up"; do
    for i in "${!CLIS[@]}"; do
      label=$([ "$i" = 0 ] && echo this || echo base)
      [ "$cmd" = status ] && measure "$label" "${CLIS[$i]}" small status
      measure "$label" "${CLIS[$i]}" big $cmd
    done
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "## memory: one ${SIZE} MB migration file"
  echo
  echo "Command: \`bash bench/memory/run.sh\` (MB=$MB, REPS=$REPS${BASE_CLI:+, BASE_CLI=$BASE_CLI}). Date: $(date -u '+%Y-%m-%d %H:%M UTC'). Machine: $(nproc) CPUs, load average $LOAD_BEFORE before, $LOAD_AFTER after. Lockstep: $(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet HEAD -- src || echo ' + uncommitted changes') (\`this\`)."
  echo
  echo "| build | command | peak RSS (MB) | wall |"
  echo "| --- | --- | --- | --- |"
  cat "$rows"
} | node "$BENCH/lib/update-results.mjs" "$BENCH/RESULTS.md" memory
echo "bench: wrote the memory section of bench/RESULTS.md"
