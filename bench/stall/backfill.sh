#!/usr/bin/env bash
# bench/stall/backfill.sh — a 1,000,000-row backfill with four pgbench writers running: the longest writer
# stall and the backfill's throughput (rows/s), Lockstep's batched backfill (`-- lockstep:backfill`)
# against the one-statement UPDATE a plain migration would run (node-pg-migrate).
# Own harness (stall.sh runs writers for a fixed 12 s; a backfill may take longer): writers run in 2 s
# pgbench slices until the migration ends, each slice logging every transaction's latency.
# Run: npm run bench:stall -- backfill   (or bash bench/stall/backfill.sh)
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
ROWS=${ROWS:-1000000}
REPS=${REPS:-1}
BATCH=${BATCH:-}
LIMIT_S=${LIMIT_S:-600}
BASELINE_S=${BASELINE_S:-10}
DB=bench_backfill
URL=$PG_BASE/$DB
OUT=$WORK/backfill
prepare_tools
rm -rf "$OUT" && mkdir -p "$OUT/logs"
MACHINE=$(machine)
SET='balance_cents = balance * 100'
WHERE='balance_cents IS NULL'
CHECK="select count(*) from accounts where balance_cents is null"

write_migrations() {
  mkdir -p "$OUT/lockstep" "$OUT/node-pg-migrate"
  printf -- '-- lockstep:no-transaction\n-- lockstep:backfill table=accounts set="%s" where="%s"%s\n-- UP\n\n-- DOWN\n-- nothing to undo: the column keeps its values\n' \
    "$SET" "$WHERE" "${BATCH:+ batch-size=$BATCH}" > "$OUT/lockstep/20240101000001_backfill_balance_cents.sql"
  printf -- '-- Up Migration\nUPDATE accounts SET %s WHERE %s;\n\n-- Down Migration\nUPDATE accounts SET balance_cents = NULL;\n' \
    "$SET" "$WHERE" > "$OUT/node-pg-migrate/1700000000001_backfill-balance-cents.sql"
}

command_for() { # tool log
  case $1 in
    lockstep) echo "node $REPO/dist/cli/main.js up --dir $OUT/lockstep --url $URL" ;;
    node-pg-migrate) echo "env DATABASE_URL=$URL $PEERS/node-pg-migrate up -m $OUT/node-pg-migrate" ;;
    none) echo "sleep $BASELINE_S" ;;
  esac
}

setup() {
  fresh_db "$DB"
  psql_q -d "$DB" -c "create table accounts (id bigint primary key, balance bigint not null default 0, balance_cents bigint);
    insert into accounts select g, 0 from generate_series(1, $ROWS) g;" -c "vacuum analyze accounts"
}

# run_once TOOL REP — prints "stall_ms migrate_s rows_per_s writer_tx left exit p99_ms over100".
run_once() {
  local work=$OUT/run-$1-$2 rc=0 t0 t1 s left max_us tx
  mkdir -p "$work"
  printf '\\set id random(1, %d)\nUPDATE accounts SET balance = balance + 1 WHERE id = :id;\n' "$ROWS" > "$work/script.sql"
  setup
  # Writers: 2 s slices until the migration has ended (the flag file), bounded by LIMIT_S.
  ( cd "$work"; k=0; end=$((SECONDS + LIMIT_S + 5))
    while [ ! -f done ] && [ $SECONDS -lt $end ]; do
      pgbench -n -c 4 -j 2 -T 2 -f script.sql -l --log-prefix="w$k" "$URL" > "pgbench-$k.out" 2>&1 || true
      k=$((k + 1))
    done ) &
  local writers=$!
  sleep 1
  # bench/lib/wait-sampler.mjs: what the writers were waiting on while the migration ran.
  node "$BENCH/lib/wait-sampler.mjs" "$URL" "$OUT/logs/$1-$2.waits.json" & local sampler=$!
  t0=$(now)
  timeout "$LIMIT_S" bash -c "$(command_for "$1")" > "$OUT/logs/$1-$2.log" 2>&1 || rc=$?
  t1=$(now)
  kill "$sampler"; wait "$sampler" || true
  touch "$work/done"
  wait "$writers"
  s=$(elapsed "$t0" "$t1")
  left=$(scalar "$DB" "$CHECK")
  # pgbench -l writes <prefix>.<pid>[.<thread>] per slice.
  max_us=$(cat "$work"/w[0-9]*.[0-9]* | awk '{ if ($3 > m) m = $3 } END { print m + 0 }')
  tx=$(cat "$work"/w[0-9]*.[0-9]* | wc -l)
  # Writers' 99th-percentile latency and how many of their transactions took over 100 ms.
  local p99 over
  p99=$(cat "$work"/w[0-9]*.[0-9]* | awk '{ print $3 }' | sort -n | awk '{ v[NR] = $1 } END { printf "%.0f", v[int(NR * 0.99)] / 1000 }')
  over=$(cat "$work"/w[0-9]*.[0-9]* | awk '$3 > 100000 { n++ } END { print n + 0 }')
  echo "$((max_us / 1000)) $s $(awk -v r="$ROWS" -v s="$s" 'BEGIN { printf "%.0f", r / s }') $tx $left $rc $p99 $over"
  rm -rf "$work"
}

describe() {
  case $1 in
    lockstep) echo "\`-- lockstep:no-transaction\` + \`-- lockstep:backfill table=accounts set=\"$SET\" where=\"$WHERE\"${BATCH:+ batch-size=$BATCH}\` (batches in key order, one transaction each)" ;;
    node-pg-migrate) echo "\`UPDATE accounts SET $SET WHERE $WHERE\` (one statement, its default transaction)" ;;
    none) echo "no migration (\`sleep $BASELINE_S\`): the writers' own latency on this machine, for reference" ;;
  esac
}

pending() {
  {
    echo "## stall / backfill: $ROWS rows with writers running"
    echo
    echo "Command: \`npm run bench:stall -- backfill\` (\`bash bench/stall/backfill.sh\`). Date: $(date -u '+%Y-%m-%d %H:%M UTC')."
    echo
    echo "**Pending**: $1"
  } > "$OUT/backfill.md"
  update_results stall-backfill < "$OUT/backfill.md"
  cat "$OUT/backfill.md"
}

write_migrations
# The feature is Lockstep's batched backfill (src/runner/backfill); without it the directive is an unknown directive.
probe=$(cd "$REPO" && "${LOCKSTEP[@]}" up --dry-run --dir "$OUT/lockstep" --url "$PG_BASE/postgres" 2>&1) || {
  pending "\`lockstep up --dry-run\` does not accept the backfill migration yet: $(head -c 300 <<< "$probe" | tr '\n' ' ')"
  exit 0
}

echo "backfill: $ROWS rows, 4 writers; $MACHINE"
: > "$OUT/rows"
for rep in $(seq 1 "$REPS"); do
  for t in lockstep node-pg-migrate none; do
    r=$(run_once "$t" "$rep")
    printf '  %-16s rep %d: stall %s ms, migrate %s s, %s rows/s, writer tx %s, rows left %s, exit %s, p99 %s ms, over 100 ms %s\n' "$t" "$rep" $r
    echo "$t $r" >> "$OUT/rows"
  done
done
drop_db "$DB"

{
  echo "## stall / backfill: $ROWS rows with writers running"
  echo
  echo "Command: \`npm run bench:stall -- backfill\` (\`bash bench/stall/backfill.sh\`; ROWS=$ROWS, REPS=$REPS${BATCH:+, BATCH=$BATCH}). Date: $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Machine: $MACHINE."
  echo "Scenario: \`accounts\` with $ROWS rows and an empty \`balance_cents\` column; four pgbench writers (\`UPDATE accounts\` by random id, in 2 s slices until the migration ends) start 1 s before the migration. Own harness: \`../shared/bench/stall.sh\` runs writers for a fixed 12 s, shorter than a slow backfill."
  echo
  echo "| tool | migration | longest writer stall (ms) | writer p99 (ms) | writer tx over 100 ms | writer tx | migrate (s) | throughput (rows/s) | rate Lockstep reported | rows left unfilled | exit | writers seen: longest running statement by state (ms) |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |"
  rep=0; declare -A seen=()
  while read -r t ms s rps tx left rc p99 over; do
    seen[$t]=$(( ${seen[$t]:-0} + 1 ))
    [ "$t" = lockstep ] && rep=$((rep + 1))
    waits=$(waits_of "$OUT/logs/$t-${seen[$t]}.waits.json")
    reported=$([ "$t" = lockstep ] && sed -n 's/.*finished: .* \([0-9,]* rows\/s\).*/\1/p' "$OUT/logs/lockstep-$rep.log" | tail -1 || true)
    [ "$t" = none ] && { s="($BASELINE_S)"; rps='n/a'; left='n/a'; }
    echo "| $t | $(describe "$t") | $ms | $p99 | $over | $tx | $s | $rps | ${reported:-n/a} | $left | $rc | ${waits:-n/a} |"
  done < "$OUT/rows"
  echo
  echo "Throughput is $ROWS rows over the migration command's wall time (process start included); Lockstep's own figure is the rate its progress line printed at the end. Logs: bench/.work/backfill/logs/."
  echo
  echo "Target \"Lockstep's longest stall at most 100 ms, throughput recorded\": **$(awk '$1 == "lockstep" { n++; if ($2 > 100 || $6 != 0 || $7 != 0) bad++ } END { print (n && !bad ? "met" : "missed") }' "$OUT/rows")**."
} > "$OUT/backfill.md"
update_results stall-backfill < "$OUT/backfill.md"
cat "$OUT/backfill.md"
