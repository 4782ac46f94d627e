#!/usr/bin/env bash
# bench/apply — 1,000 small migrations applied to a fresh database by Lockstep, dbmate and node-pg-migrate
# in one run (wall time, REPS repetitions, median), then `lockstep status` with 1,000 applied (STATUS_RUNS
# runs, median). Migrations come from ../shared/bench/gen-peers.sh. Run: npm run bench:apply
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
N=${N:-1000}
REPS=${REPS:-3}
STATUS_RUNS=${STATUS_RUNS:-5}
OUT=$WORK/apply
need_shared gen-peers.sh
prepare_tools
rm -rf "$OUT" && mkdir -p "$OUT/logs"
bash "$SHARED_BENCH/gen-peers.sh" "$N" "$OUT/migrations"
M=$OUT/migrations
MACHINE=$(machine)

# BENCH_TOOLS (space-separated) picks some of them (keep lockstep, dbmate and node-pg-migrate); name | what it runs (each on its own fresh database $db; the URL is $url)
TOOLS=(${BENCH_TOOLS:-lockstep lockstep-up-layout lockstep-single-tx dbmate node-pg-migrate node-pg-migrate-per-tx})
describe() {
  case $1 in
    lockstep) echo 'lockstep up (dbmate layout; one transaction per migration, the default)' ;;
    lockstep-up-layout) echo 'lockstep up (`-- UP` layout; one transaction per migration)' ;;
    lockstep-single-tx) echo 'lockstep up --single-transaction (dbmate layout)' ;;
    dbmate) echo 'dbmate up (one transaction per migration, its default)' ;;
    node-pg-migrate) echo 'node-pg-migrate up (all in one transaction, its default)' ;;
    node-pg-migrate-per-tx) echo 'node-pg-migrate up --no-single-transaction' ;;
  esac
}
command_for() { # tool url
  case $1 in
    lockstep) echo "node dist/cli/main.js up --dir $M/dbmate --url $2" ;;
    lockstep-up-layout) echo "node dist/cli/main.js up --dir $M/seed --url $2" ;;
    lockstep-single-tx) echo "node dist/cli/main.js up --single-transaction --dir $M/dbmate --url $2" ;;
    dbmate) echo "bench/node_modules/.bin/dbmate --url $2?sslmode=disable --migrations-dir $M/dbmate --no-dump-schema up" ;;
    node-pg-migrate) echo "DATABASE_URL=$2 bench/node_modules/.bin/node-pg-migrate up -m $M/npm" ;;
    node-pg-migrate-per-tx) echo "DATABASE_URL=$2 bench/node_modules/.bin/node-pg-migrate up --no-single-transaction -m $M/npm" ;;
  esac
}

declare -A WALL CPU
run_tool() { # tool rep
  local db=bench_apply_${1//-/_} url t0 t1 tables cpu
  url=$PG_BASE/$db
  fresh_db "$db"
  t0=$(now)
  # /usr/bin/time: the tool's own CPU time (user + sys, children included), which other load on the machine barely moves.
  (cd "$REPO" && /usr/bin/time -f '%U %S' -o "$OUT/logs/$1-$2.cpu" bash -c "$(command_for "$1" "$url")") > "$OUT/logs/$1-$2.log" 2>&1 \
    || die "$1 failed (rep $2); see $OUT/logs/$1-$2.log"
  t1=$(now)
  cpu=$(awk '{ printf "%.2f", $1 + $2 }' "$OUT/logs/$1-$2.cpu")
  CPU[$1]+="$cpu "
  tables=$(scalar "$db" "select count(*) from pg_tables where schemaname = 'public' and tablename ~ '^t_[0-9]+$'")
  [ "$tables" = "$N" ] || die "$1 created $tables tables, expected $N"
  WALL[$1]+="$(elapsed "$t0" "$t1") "
  printf '  %-24s %8.3f s  (cpu %s s)\n' "$1" "$(elapsed "$t0" "$t1")" "$cpu"
  # Keep Lockstep's database of the last repetition for the status benchmark.
  [ "$1" = lockstep ] && [ "$2" = "$REPS" ] || drop_db "$db"
}

echo "bench/apply: $N migrations, $REPS repetitions; $MACHINE"
for rep in $(seq 1 "$REPS"); do
  echo "repetition $rep"
  # Rotate the order each repetition so background load on a shared machine hits every tool alike.
  for i in "${!TOOLS[@]}"; do run_tool "${TOOLS[$(( (i + rep - 1) % ${#TOOLS[@]} ))]}" "$rep"; done
done

status_db=bench_apply_lockstep
STATUS=""
for i in $(seq 1 "$STATUS_RUNS"); do
  t0=$(now)
  (cd "$REPO" && "${LOCKSTEP[@]}" status --dir "$M/dbmate" --url "$PG_BASE/$status_db") > "$OUT/logs/status-$i.log" 2>&1 || die "lockstep status failed; see $OUT/logs/status-$i.log"
  t1=$(now)
  STATUS+="$(elapsed "$t0" "$t1") "
done
# Where status spends its time, phase by phase (same database, same files).
node "$BENCH/apply/status-phases.mjs" "$M/dbmate" "$PG_BASE/$status_db" "$STATUS_RUNS" > "$OUT/status-phases.md"
applied=$(scalar "$status_db" "select count(*) from lockstep.migrations where status = 'applied'")
[ "$applied" = "$N" ] || die "lockstep history has $applied applied rows, expected $N"
drop_db "$status_db"

# Report.
fastest_peer=""; fastest=""
{
  echo "## apply: $N small migrations to a fresh database"
  echo
  echo "Command: \`npm run bench:apply\` (\`bash bench/apply/run.sh\`; N=$N, REPS=$REPS, STATUS_RUNS=$STATUS_RUNS${BENCH_TOOLS:+, BENCH_TOOLS=\"$BENCH_TOOLS\"}). Date: $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Machine: $MACHINE."
  echo "Migrations: \`../shared/bench/gen-peers.sh $N\` (one \`CREATE TABLE\` each, with its \`DROP TABLE\` down). Each tool runs on its own fresh database; wall time of the whole command, process start included; order rotated each repetition."
  echo
  echo "| tool | command | wall time, median (s) | fastest run (s) | runs (s) | client CPU, median (s) |"
  echo "| --- | --- | ---: | ---: | --- | ---: |"
  for t in "${TOOLS[@]}"; do
    med=$(echo "${WALL[$t]}" | median)
    min=$(echo "${WALL[$t]}" | tr ' ' '\n' | grep -v '^$' | sort -g | head -1)
    echo "| $t | $(describe "$t") | $med | $min | ${WALL[$t]% } | $(echo "${CPU[$t]}" | median) |"
  done
  echo
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared; wall times move with other work, client CPU much less)."
  echo
  smed=$(echo "$STATUS" | median)
  echo "\`lockstep status\` with $N applied: median **$smed s** of $STATUS_RUNS runs (${STATUS% }); target under 0.5 s."
  echo
  echo "Where \`status\` spends its time (\`node bench/apply/status-phases.mjs\`, run by this script on the same database):"
  echo
  cat "$OUT/status-phases.md"
} > "$OUT/section.md"
# Verdicts: Lockstep's default against the faster of the two peers' defaults.
l=$(echo "${WALL[lockstep]}" | median); d=$(echo "${WALL[dbmate]}" | median); p=$(echo "${WALL[node-pg-migrate]}" | median)
read -r fastest_peer fastest < <(awk -v d="$d" -v p="$p" 'BEGIN { if (d < p) print "dbmate", d; else print "node-pg-migrate", p }')
verdict=$(awk -v l="$l" -v f="$fastest" 'BEGIN { print (l <= f ? "met" : "missed") }')
sverdict=$(awk -v s="$(echo "$STATUS" | median)" 'BEGIN { print (s < 0.5 ? "met" : "missed") }')
{
  echo
  echo "Target \"Lockstep no slower than the fastest peer\": **$verdict** (lockstep $l s vs $fastest_peer $fastest s, both in their default transaction mode). Target \"status under 0.5 s\": **$sverdict**."
} >> "$OUT/section.md"
cat "$OUT/section.md"
update_results apply < "$OUT/section.md"
echo "bench/apply: section 'apply' of bench/RESULTS.md updated"
