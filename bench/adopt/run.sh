#!/usr/bin/env bash
# bench/adopt/run.sh [NAME] — issue 16's speed check on a real project (default: crates.io's 285 diesel migrations,
# see projects.sh for where its folder comes from): `lockstep up` on a fresh database against the same files applied
# by psql in ONE session, in diesel's order and way (each file in its own transaction unless its metadata.toml says
# run_in_transaction = false), interleaved (the order rotates every repetition); then `lockstep status` with
# everything applied. Target: up within 20 % of psql. REPS (default 5) repetitions, medians; `up --no-lint` is
# measured too, to show what the lint gate costs. Writes its section of bench/RESULTS.md.
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
source "$BENCH/adopt/projects.sh"
NAME=${1:-cratesio}
REPS=${REPS:-5}
OUT=$WORK/adopt-speed
rm -rf "$OUT" && mkdir -p "$OUT"
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then (cd "$REPO" && npm run -s build) || die "npm run build failed"; fi
TOOL=$(project_field "$NAME" 1)
read -r -a DIRS <<< "$(dir_args "$NAME")"
[ -d "$(dir_list "$NAME" | cut -d' ' -f1)" ] || die "$(dir_list "$NAME") missing: bring the project's folder there first (projects.sh)"
MACHINE=$(machine)

# The psql session: every migration the tool would run, in its order, each wrapped as the tool wraps it.
node "$BENCH/adopt/tool-order.mjs" "$TOOL" $(dir_list "$NAME") > "$OUT/steps.json"
node -e '
  const steps = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const out = ["\\set ON_ERROR_STOP 1", "SET client_min_messages = warning;"];
  for (const s of steps) {
    if (s.mode === "stop") break;
    const tx = s.mode.startsWith("tx-");
    if (tx) out.push("BEGIN;");
    out.push("\\i \x27" + s.file.replace(/\x27/g, "\x27\x27") + "\x27");
    if (tx) out.push("COMMIT;");
  }
  console.log(out.join("\n"));' "$OUT/steps.json" > "$OUT/session.sql"
COUNT=$(grep -c '^\\i ' "$OUT/session.sql")

declare -A TIMES
run() { # what rep
  local db=bench_adopt_${1//-/_} t0 t1
  fresh_db "$db"
  t0=$(now)
  case $1 in
    psql) psql -X -q -d "$db" -f "$OUT/session.sql" > "$OUT/$1-$2.log" 2>&1 ;;
    lockstep-up) "${LOCKSTEP[@]}" up "${DIRS[@]}" --url "$PG_BASE/$db" > "$OUT/$1-$2.log" 2>&1 ;;
    lockstep-up-no-lint) "${LOCKSTEP[@]}" up --no-lint "${DIRS[@]}" --url "$PG_BASE/$db" > "$OUT/$1-$2.log" 2>&1 ;;
    node-pg-floor) node "$BENCH/adopt/floor.mjs" "$PG_BASE/$db" "$OUT/steps.json" > "$OUT/$1-$2.log" 2>&1 ;;
    node-pg-floor-grouped) node "$BENCH/adopt/floor.mjs" "$PG_BASE/$db" "$OUT/steps.json" --grouped > "$OUT/$1-$2.log" 2>&1 ;;
  esac || die "$1 failed (rep $2): see $OUT/$1-$2.log"
  t1=$(now)
  TIMES[$1]+="$(elapsed "$t0" "$t1") "
  printf '  %-22s %7.3f s\n' "$1" "$(elapsed "$t0" "$t1")"
  if [ "$1" = lockstep-up ]; then
    t0=$(now)
    "${LOCKSTEP[@]}" status "${DIRS[@]}" --url "$PG_BASE/$db" > "$OUT/status-$2.log" 2>&1 || die "status failed: $OUT/status-$2.log"
    t1=$(now)
    TIMES[status]+="$(elapsed "$t0" "$t1") "
    printf '  %-22s %7.3f s\n' 'lockstep status' "$(elapsed "$t0" "$t1")"
  fi
  drop_db "$db"
}

echo "bench/adopt: $NAME ($TOOL, $COUNT migrations), $REPS repetitions; $MACHINE"
ORDER=(psql lockstep-up lockstep-up-no-lint)
# The one-message floor (floor.mjs) exists only for tools that send each migration as one message.
if ! grep -q '"mode": "\(tx-\)\?script"' "$OUT/steps.json"; then ORDER+=(node-pg-floor node-pg-floor-grouped); fi
N=${#ORDER[@]}
for rep in $(seq 1 "$REPS"); do
  echo "rep $rep"
  for i in $(seq 0 $((N - 1))); do run "${ORDER[$(( (i + rep) % N ))]}" "$rep"; done
done

PSQL=$(echo "${TIMES[psql]}" | median)
UP=$(echo "${TIMES[lockstep-up]}" | median)
NOLINT=$(echo "${TIMES[lockstep-up-no-lint]}" | median)
STATUS=$(echo "${TIMES[status]}" | median)
FLOOR=$(if [ -n "${TIMES[node-pg-floor]:-}" ]; then echo "${TIMES[node-pg-floor]}" | median; else echo n/a; fi)
GROUPED=$(if [ -n "${TIMES[node-pg-floor-grouped]:-}" ]; then echo "${TIMES[node-pg-floor-grouped]}" | median; else echo n/a; fi)
FLOOR_RATIO=$(awk -v a="$FLOOR" -v b="$PSQL" 'BEGIN { if (a == "n/a") print "n/a"; else printf "%.2f", a / b }')
RATIO=$(awk -v a="$UP" -v b="$PSQL" 'BEGIN { printf "%.2f", a / b }')
VERDICT=$(awk -v r="$RATIO" 'BEGIN { print (r <= 1.2 ? "met" : "missed") }')
echo "median: psql $PSQL s, lockstep up $UP s (x$RATIO, target 1.20 $VERDICT), up --no-lint $NOLINT s, status $STATUS s, node+pg floor $FLOOR s (x$FLOOR_RATIO), grouped $GROUPED s"

update_results adopt <<EOF
## Adopting a real project: $NAME ($COUNT migrations)

Command: \`bash bench/adopt/run.sh $NAME\` (REPS=$REPS, order rotated every repetition, a fresh database per run). Date: $(date -u '+%Y-%m-%d %H:%M UTC').
Machine: $MACHINE.

| what | median (s) | all runs (s) |
| --- | --- | --- |
| psql, one session, the tool's order, each file in its own transaction as the tool runs it | $PSQL | ${TIMES[psql]} |
| \`lockstep up\` (lint gate included) | $UP | ${TIMES[lockstep-up]} |
| \`lockstep up --no-lint\` | $NOLINT | ${TIMES[lockstep-up-no-lint]} |
| \`lockstep status\`, all $COUNT applied | $STATUS | ${TIMES[status]} |
| floor of any Node.js runner on pg (bench/adopt/floor.mjs: connect, one message per migration, nothing else) | $FLOOR | ${TIMES[node-pg-floor]:-} |
| the same floor with consecutive transactional migrations grouped in one message (\`floor.mjs --grouped\`) | $GROUPED | ${TIMES[node-pg-floor-grouped]:-} |

\`lockstep up\` / psql = **$RATIO** (target 1.20: $VERDICT); the Node.js + pg floor / psql = $FLOOR_RATIO.
EOF
