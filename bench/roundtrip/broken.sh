#!/usr/bin/env bash
# bench/roundtrip/broken.sh — `lockstep test` over N generated migrations of which every BROKEN_EVERY-th has a broken
# down section (bench/roundtrip/generate.mjs), on the PGlite shadow and on a throwaway server of the local server's
# major version (--pg-version), REPS repetitions interleaved with the same set without broken downs. Checks that every
# migration gets a verdict (none "not run") and that exactly the planted ones fail; records medians in
# bench/roundtrip/RESULTS-roundtrip.md. Run: bash bench/roundtrip/broken.sh   (N=300 BROKEN_EVERY=10 REPS=3)
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
N=${N:-300}
BROKEN_EVERY=${BROKEN_EVERY:-10}
REPS=${REPS:-3}
OUT=$WORK/roundtrip-broken
HERE=$BENCH/roundtrip
RESULTS=$HERE/RESULTS-roundtrip.md

if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then (cd "$REPO" && npm run -s build) || die "npm run build failed"; fi
rm -rf "$OUT" && mkdir -p "$OUT/logs"
SUMMARY=$(node "$HERE/generate.mjs" "$N" "$OUT/broken" "$BROKEN_EVERY")
node "$HERE/generate.mjs" "$N" "$OUT/clean" > /dev/null
MAJOR=$(psql "$PG_BASE/postgres" -Atc 'show server_version_num' | cut -c1-2)
MACHINE=$(machine)
echo "bench/roundtrip/broken: $SUMMARY; shadows PGlite and PostgreSQL $MAJOR; $REPS repetitions; $MACHINE"

run_one() { # set shadow rep
  local args=(test --dir "$OUT/$1" --url pglite://memory --json) t0 t1
  [ "$2" = local ] && args+=(--pg-version "$MAJOR")
  t0=$(now)
  # Exit 1 is the expected answer for the broken set (migrations failed); anything else is a failure of the bench.
  "${LOCKSTEP[@]}" "${args[@]}" > "$OUT/$1-$2-$3.json" 2> "$OUT/logs/$1-$2-$3.log" || [ $? -eq 1 ] || die "lockstep test failed ($1, $2, rep $3); see $OUT/logs/$1-$2-$3.log"
  t1=$(now)
  echo "$(elapsed "$t0" "$t1")" > "$OUT/$1-$2-$3.wall"
  printf '  %-6s %-6s rep %s  %8.2f s wall\n' "$1" "$2" "$3" "$(elapsed "$t0" "$t1")"
}

for rep in $(seq 1 "$REPS"); do
  for shadow in pglite local; do for set in broken clean; do run_one "$set" "$shadow" "$rep"; done; done
done

{
  echo "## lockstep test: $N migrations, every $BROKEN_EVERY-th with a broken down"
  echo
  echo "$(date -u +%Y-%m-%d) · $MACHINE"
  echo
  echo "Command: \`bash bench/roundtrip/broken.sh\` (N=$N BROKEN_EVERY=$BROKEN_EVERY REPS=$REPS). Migrations: $SUMMARY (bench/roundtrip/generate.mjs); the clean set is the same without the broken downs. Each shadow: \`lockstep test --dir … --url pglite://memory --json\`, plus \`--pg-version $MAJOR\` for the throwaway local server."
  echo
  node "$HERE/summarise-broken.mjs" "$OUT" "$REPS" "$OUT/broken.planted.json"
} > "$OUT/section.md" || die "summarise-broken.mjs failed"
node "$BENCH/lib/update-results.mjs" "$RESULTS" roundtrip-broken < "$OUT/section.md"
cat "$OUT/section.md"
