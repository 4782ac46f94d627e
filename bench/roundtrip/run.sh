#!/usr/bin/env bash
# bench/roundtrip — `lockstep test` (up, down, up again, schema compared after each step) over N generated
# real-sized migrations, on the embedded PGlite shadow and on a server shadow (a scratch database on the
# local server). REPS repetitions each, median; plus the shadow start time alone (START_RUNS starts).
# Writes bench/roundtrip/RESULTS-roundtrip.md. Run: bash bench/roundtrip/run.sh   (N=300 REPS=3 by default)
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
N=${N:-300}
REPS=${REPS:-3}
START_RUNS=${START_RUNS:-5}
OUT=$WORK/roundtrip
HERE=$BENCH/roundtrip
RESULTS=$HERE/RESULTS-roundtrip.md

if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then (cd "$REPO" && npm run -s build) || die "npm run build failed"; fi
rm -rf "$OUT" && mkdir -p "$OUT/logs"
SUMMARY=$(node "$HERE/generate.mjs" "$N" "$OUT/migrations")
MACHINE=$(machine)
echo "bench/roundtrip: $SUMMARY; $REPS repetitions; $MACHINE"

# The shadow's own start: PGlite from the cached template (the first start ever builds it), and a scratch server database.
node "$HERE/shadow-start.mjs" "$START_RUNS" "$PG_BASE/postgres" > "$OUT/start.json" || die "shadow-start.mjs failed"

declare -A WALL CPU
run_one() { # shadow rep
  local args=(test --dir "$OUT/migrations" --url pglite://memory --json) t0 t1
  [ "$1" = server ] && args+=(--shadow-url "$PG_BASE/postgres")
  t0=$(now)
  # /usr/bin/time: CPU of the whole process tree (PGlite runs inside the Node process; a server shadow's backend does not count).
  /usr/bin/time -f '%U %S' -o "$OUT/logs/$1-$2.cpu" "${LOCKSTEP[@]}" "${args[@]}" > "$OUT/$1-$2.json" 2> "$OUT/logs/$1-$2.log" \
    || die "lockstep test failed on the $1 shadow (rep $2); see $OUT/$1-$2.json and $OUT/logs/$1-$2.log"
  t1=$(now)
  WALL[$1]+="$(elapsed "$t0" "$t1") "
  CPU[$1]+="$(awk '{ printf "%.2f", $1 + $2 }' "$OUT/logs/$1-$2.cpu") "
  printf '  %-7s rep %s  %8.2f s wall, %6.2f s cpu\n' "$1" "$2" "$(elapsed "$t0" "$t1")" "$(awk '{ printf "%.2f", $1 + $2 }' "$OUT/logs/$1-$2.cpu")"
}

for rep in $(seq 1 "$REPS"); do
  for shadow in pglite server; do run_one "$shadow" "$rep"; done
done

{
  echo "## lockstep test: round trip of $N migrations"
  echo
  echo "$(date -u +%Y-%m-%d) · $MACHINE"
  echo
  echo "Migrations: $SUMMARY (bench/roundtrip/generate.mjs). Each one: schema snapshot, up, snapshot, down, snapshot (compared with the first), up again, snapshot (compared with the second); the last snapshot of one migration is the first of the next."
  echo
  node "$HERE/summarise.mjs" "$OUT" "$REPS" "${WALL[pglite]}" "${CPU[pglite]}" "${WALL[server]}" "${CPU[server]}"
} > "$OUT/section.md"
node "$BENCH/lib/update-results.mjs" "$RESULTS" roundtrip < "$OUT/section.md"
cat "$OUT/section.md"
