#!/usr/bin/env bash
# bench/stall — the lock-queue incident, measured with ../shared/bench/stall.sh for Lockstep, node-pg-migrate
# and dbmate in one run; the longest writer stall each tool caused and whether its change was made.
#   add-column: 200,000 rows, a 6 s report transaction, ALTER TABLE accounts ADD COLUMN metadata jsonb
#   index:      3,000,000 rows, no reader, an index built by Lockstep's recommended path (CONCURRENTLY)
#               against node-pg-migrate's plain CREATE INDEX
#   backfill:   see bench/stall/backfill.sh (1,000,000 rows with writers running)
# Run: npm run bench:stall [-- SCENARIO...]   (default: add-column index backfill)
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
REPS=${REPS:-3}
DB=bench_stall
URL=$PG_BASE/$DB
OUT=$WORK/stall
need_shared stall.sh
prepare_tools
mkdir -p "$OUT"
MACHINE=$(machine)
SCENARIOS=("$@")
[ ${#SCENARIOS[@]} -gt 0 ] || SCENARIOS=(add-column index backfill)

# migration_dir TOOL NAME UP DOWN [DIRECTIVE] — one migration in the tool's own layout.
migration_dir() {
  local dir=$OUT/migrations/$2-$1
  rm -rf "$dir" && mkdir -p "$dir"
  case $1 in
    lockstep*) printf -- '%s-- UP\n%s\n\n-- DOWN\n%s\n' "${5:+$5
}" "$3" "$4" > "$dir/20240101000001_$2.sql" ;;
    node-pg-migrate) printf -- '-- Up Migration\n%s\n\n-- Down Migration\n%s\n' "$3" "$4" > "$dir/1700000000001_$2.sql" ;;
    dbmate) printf -- '-- migrate:up\n%s\n\n-- migrate:down\n%s\n' "$3" "$4" > "$dir/20240101000001_$2.sql" ;;
  esac
  echo "$dir"
}

# tool_command TOOL DIR LOG — the command stall.sh runs (its output goes to LOG; stall.sh discards its own copy),
# with bench/lib/wait-sampler.mjs watching the writers meanwhile (LOG.waits.json).
tool_command() {
  echo "( node $BENCH/lib/wait-sampler.mjs $URL $3.waits.json & ws=\$!; $(migrate_command "$@"); rc=\$?; kill \$ws; wait \$ws; exit \$rc )"
}
migrate_command() {
  case $1 in
    lockstep*) echo "node $REPO/dist/cli/main.js up --dir $2 --url $URL > $3 2>&1" ;;
    node-pg-migrate) echo "env DATABASE_URL=$URL $PEERS/node-pg-migrate up -m $2 > $3 2>&1" ;;
    dbmate) echo "$PEERS/dbmate --url $URL?sslmode=disable --migrations-dir $2 --no-dump-schema up > $3 2>&1" ;;
    none) echo "sleep 3 > $3 2>&1" ;;
  esac
}

# stall_run TOOL DIR CHECK_SQL REP — one stall.sh run; prints "stall_ms migrate_s writer_tx done exit".
stall_run() {
  local log=$OUT/logs/$SCENARIO-$1-$4.log out ms s tx done rc
  mkdir -p "$OUT/logs"
  rm -f "$log.waits.json"
  out=$(STALL_DB=$DB PGURL=$URL bash "$SHARED_BENCH/stall.sh" "$(tool_command "$1" "$2" "$log")" 2>&1) || die "stall.sh failed: $out"
  ms=$(sed -n 's/.*max_writer_latency_ms=\([0-9]*\).*/\1/p' <<< "$out")
  s=$(sed -n 's/.*migrate_s=\([0-9.]*\).*/\1/p' <<< "$out")
  tx=$(sed -n 's/.*writer_tx=\([0-9]*\).*/\1/p' <<< "$out")
  rc=$(sed -n 's/.*migrate command exited \([0-9]*\).*/\1/p' <<< "$out"); rc=${rc:-0}
  [ -n "$ms" ] || die "no figures from stall.sh: $out"
  done=$(scalar "$DB" "$3")
  echo "$ms $s $tx $done $rc"
}

# scenario TITLE CHECK_SQL TOOL... — runs each tool REPS times, rotating the order; writes rows to $OUT/$SCENARIO.rows.
scenario() {
  local check=$1; shift
  local tools=("$@") rep i t r
  : > "$OUT/$SCENARIO.rows"
  for rep in $(seq 1 "$REPS"); do
    for i in "${!tools[@]}"; do
      t=${tools[$(( (i + rep - 1) % ${#tools[@]} ))]}
      r=$(stall_run "$t" "${DIRS[$t]}" "$check" "$rep")
      printf '  %-28s rep %d: stall %5s ms, migrate %6s s, writer tx %6s, done %s, exit %s\n' "$t" "$rep" $r
      echo "$t $r" >> "$OUT/$SCENARIO.rows"
    done
  done
}

# table TARGET_MS DESCRIBE_FN — markdown rows per tool: worst and median stall, each run, done in every run.
table() {
  local target=$1 describe=$2 t
  echo "| tool | migration | longest writer stall, worst of runs (ms) | median (ms) | each run: stall ms / migrate s / exit | change made | writers seen during the migration, each run: longest running statement by state (ms) |"
  echo "| --- | --- | ---: | ---: | --- | --- | --- |"
  for t in $(awk '{ print $1 }' "$OUT/$SCENARIO.rows" | awk '!seen[$0]++'); do
    local stalls runs made worst med
    stalls=$(awk -v t="$t" '$1 == t { print $2 }' "$OUT/$SCENARIO.rows" | tr '\n' ' ')
    worst=$(tr ' ' '\n' <<< "$stalls" | grep -v '^$' | sort -n | tail -1)
    med=$(median <<< "$stalls")
    runs=$(awk -v t="$t" '$1 == t { printf "%s%s / %s / %s", sep, $2, $3, $6; sep = "; " }' "$OUT/$SCENARIO.rows")
    made=$(awk -v t="$t" '$1 == t { n++; if ($5 == "1") y++ } END { printf "%d of %d runs", y, n }' "$OUT/$SCENARIO.rows")
    [ "$t" = none ] && made='n/a'
    waits=$(for f in "$OUT"/logs/"$SCENARIO-$t"-[0-9]*.log.waits.json; do waits_of "$f"; done | paste -sd ';' | sed 's/;/; /g')
    echo "| $t | $($describe "$t") | $worst | $med | $runs | $made | $waits |"
  done
}

# verdict TOOL TARGET_MS — "met" when every run of TOOL stalled writers at most TARGET_MS and made its change.
verdict() {
  awk -v t="$1" -v max="$2" '$1 == t { n++; if ($2 > max || $5 != "1") bad++ } END { print (n > 0 && !bad ? "met" : "missed") }' "$OUT/$SCENARIO.rows"
}

header() {
  echo "Command: \`npm run bench:stall -- $SCENARIO\` (\`bash bench/stall/run.sh $SCENARIO\`; REPS=$REPS runs per tool, order rotated). Date: $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Machine: $MACHINE."
}

# ---- add-column ------------------------------------------------------------------------------------
describe_add_column() {
  [ "$1" = none ] && { describe_none; return; }
  echo '`ALTER TABLE accounts ADD COLUMN metadata jsonb`'
}
# The baseline: the same load with no migration at all; its "stall" is this machine's writer latency floor.
describe_none() { echo "no migration (\`sleep 3\`): the writers' worst latency without any migration, for reference"; }
run_add_column() {
  local up='ALTER TABLE accounts ADD COLUMN metadata jsonb;' down='ALTER TABLE accounts DROP COLUMN metadata;' t
  declare -gA DIRS=([none]=-)
  for t in lockstep node-pg-migrate dbmate; do DIRS[$t]=$(migration_dir "$t" add_metadata "$up" "$down"); done
  echo "add-column: 200,000 rows, 6 s reader, 4 writers"
  ROWS=200000 READER_S=6 scenario \
    "select count(*) from information_schema.columns where table_schema = 'public' and table_name = 'accounts' and column_name = 'metadata'" \
    lockstep node-pg-migrate dbmate none
  local retries
  # Lockstep's summary line: "applied in 5.64s after 5 lock retries".
  retries=$(cat "$OUT"/logs/add-column-lockstep-*.log | sed -n 's/.*applied in [^ ]* after \([0-9]*\) lock retr.*/\1/p' | tr '\n' ' ')
  {
    echo "## stall / add-column: the lock-queue incident"
    echo
    header
    echo "Scenario: \`../shared/bench/stall.sh\` with ROWS=200000 READER_S=6: four pgbench writers (\`UPDATE accounts\` by random id) for 12 s, a report transaction holding \`ACCESS SHARE\` on \`accounts\` for 6 s, then the migration. Each tool runs its default settings (Lockstep: lock_timeout 100ms with attempts starting at initialLockTimeout 10ms, 30 retries, 5 min deadline). Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    table 150 describe_add_column
    echo
    echo "Lockstep's lock retries per run (each attempt waits its lock_timeout in the queue, 10 ms while the report transaction holds its lock, then waits for it outside the queue): ${retries:-none reported}. Logs: bench/.work/stall/logs/."
    echo
    floor=$(awk '$1 == "none" { if ($2 > m) m = $2 } END { print m + 0 }' "$OUT/$SCENARIO.rows")
    echo "Target \"Lockstep's longest stall within 20 ms of the same run's no-migration floor (worst of the \`none\` runs, $floor ms), so at most $((floor + 20)) ms, and the column added\": **$(verdict lockstep $((floor + 20)))**; at most 30 ms: **$(verdict lockstep 30)**."
  } > "$OUT/add-column.md"
  update_results stall-add-column < "$OUT/add-column.md"
  cat "$OUT/add-column.md"
}

# ---- index -----------------------------------------------------------------------------------------
describe_index() {
  case $1 in
    lockstep) echo '`-- lockstep:no-transaction` + `CREATE INDEX CONCURRENTLY` (the recommended path)' ;;
    lockstep-plain) echo 'plain `CREATE INDEX` under Lockstep, default settings (its pre-apply lint refuses it: `require-concurrent-index`, exit 1, nothing applied)' ;;
    node-pg-migrate) echo 'plain `CREATE INDEX` (a SQL migration, its default transaction)' ;;
    none) describe_none ;;
  esac
}
run_index() {
  local down='DROP INDEX accounts_balance_idx;'
  declare -gA DIRS=([none]=-)
  DIRS[lockstep]=$(migration_dir lockstep index_balance 'CREATE INDEX CONCURRENTLY accounts_balance_idx ON accounts (balance);' \
    'DROP INDEX CONCURRENTLY accounts_balance_idx;' '-- lockstep:no-transaction')
  DIRS[lockstep-plain]=$(migration_dir lockstep-plain index_balance 'CREATE INDEX accounts_balance_idx ON accounts (balance);' "$down")
  DIRS[node-pg-migrate]=$(migration_dir node-pg-migrate index_balance 'CREATE INDEX accounts_balance_idx ON accounts (balance);' "$down")
  echo "index: 3,000,000 rows, no reader, 4 writers"
  ROWS=3000000 READER_S=0 scenario \
    "select count(*) from pg_index i join pg_class c on c.oid = i.indexrelid where c.relname = 'accounts_balance_idx' and i.indisvalid" \
    lockstep node-pg-migrate lockstep-plain none
  {
    echo "## stall / index: an index on 3,000,000 rows with writers running"
    echo
    header
    echo "Scenario: \`../shared/bench/stall.sh\` with ROWS=3000000 READER_S=0: four pgbench writers for 12 s and an index on \`accounts (balance)\`; \"change made\" means a valid index exists afterwards."
    echo
    table 100 describe_index
    echo
    echo "Target \"Lockstep's recommended path stalls writers at most 100 ms\": **$(verdict lockstep 100)**."
  } > "$OUT/index.md"
  update_results stall-index < "$OUT/index.md"
  cat "$OUT/index.md"
}

echo "bench/stall: $MACHINE"
for SCENARIO in "${SCENARIOS[@]}"; do
  case $SCENARIO in
    add-column) run_add_column ;;
    index) run_index ;;
    backfill) bash "$BENCH/stall/backfill.sh" ;;
    *) die "unknown scenario $SCENARIO (add-column, index, backfill)" ;;
  esac
done
drop_db "$DB"
echo "bench/stall: bench/RESULTS.md updated"
