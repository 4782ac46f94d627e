#!/usr/bin/env bash
# bench/fleet — issue 15: TARGETS tenant schemas (default 1,000) of one database × 5 small migrations, migrated by
# RUNNERS `lockstep fleet up` processes (default 4, each with --concurrency CONCURRENCY, default 4) sharing one
# coordinator database: wall time (target ≤ 60 s). Against it, the shell loop teams write today: `lockstep up
# --schema <s>` once per target, one after the other (target: fleet ≤ 0.2 × loop). The two alternate in one run
# (fleet, loop, fleet, loop … REPS rounds, default 1), each on a freshly created database, with the load average
# printed beside every figure. LOOP_TARGETS=n times the loop on the first n targets only and scales its time
# linearly to TARGETS (the results say so); default: all of them.
# Run from the repository root: bash bench/fleet/run.sh   (BENCH_NO_BUILD=1 measures the dist/ already there)
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
TARGETS=${TARGETS:-1000}
RUNNERS=${RUNNERS:-4}
CONCURRENCY=${CONCURRENCY:-4}
REPS=${REPS:-1}
LOOP_TARGETS=${LOOP_TARGETS:-$TARGETS}
OUT=$WORK/fleet
DB=bench_fleet_tenants
COORD=bench_fleet_coordinator
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then (cd "$REPO" && npm run -s build) || die "npm run build failed"; fi
rm -rf "$OUT" && mkdir -p "$OUT/migrations" "$OUT/logs"
M=$OUT/migrations
# Five small migrations, each writing a row to a log table in the tenant's schema (unqualified names: search_path).
printf -- '-- UP\nCREATE TABLE mig_log (id text NOT NULL);\nINSERT INTO mig_log VALUES (%s);\n-- DOWN\nDROP TABLE mig_log;\n' "'001'" > "$M/001_log.sql"
printf -- '-- UP\nCREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);\nINSERT INTO mig_log VALUES (%s);\n-- DOWN\nDROP TABLE accounts;\n' "'002'" > "$M/002_accounts.sql"
printf -- '-- UP\nALTER TABLE accounts ADD COLUMN email text;\nINSERT INTO mig_log VALUES (%s);\n-- DOWN\nALTER TABLE accounts DROP COLUMN email;\n' "'003'" > "$M/003_email.sql"
printf -- '-- UP\nCREATE TABLE invoices (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id));\nINSERT INTO mig_log VALUES (%s);\n-- DOWN\nDROP TABLE invoices;\n' "'004'" > "$M/004_invoices.sql"
printf -- '-- UP\nCREATE INDEX invoices_account ON invoices (account_id);\nINSERT INTO mig_log VALUES (%s);\n-- DOWN\nDROP INDEX invoices_account;\n' "'005'" > "$M/005_index.sql"
for i in $(seq 1 "$TARGETS"); do printf 'tenant_%04d\n' "$i"; done > "$OUT/targets.txt"
URL=$PG_BASE/$DB
MACHINE=$(machine)

load() { cut -d' ' -f1 /proc/loadavg; }

# Every tenant has exactly five log rows, one per migration: the run is checked, not only timed.
check() { # expected-schemas
  local rows
  rows=$(scalar "$DB" "select count(*) from pg_namespace where nspname like 'tenant\_%' and (xpath('/table/row/n/text()', query_to_xml(format('select count(distinct id) as n from %I.mig_log', nspname), false, false, '')))[1]::text::int = 5")
  [ "$rows" = "$1" ] || die "expected $1 tenants with all 5 migrations logged once, found $rows"
}

run_fleet() { # round
  fresh_db "$DB"; fresh_db "$COORD"
  local start end pids=() load0
  load0=$(load); start=$(now)
  for r in $(seq 1 "$RUNNERS"); do
    "${LOCKSTEP[@]}" fleet up --dir "$M" --url "$URL" --targets "$OUT/targets.txt" --coordinator "$PG_BASE/$COORD" --concurrency "$CONCURRENCY" \
      >"$OUT/logs/fleet-$1-$r.out" 2>"$OUT/logs/fleet-$1-$r.err" & pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || die "a fleet runner failed: see $OUT/logs/fleet-$1-*.err"; done
  end=$(now)
  check "$TARGETS"
  echo "$(elapsed "$start" "$end") $load0 $(load)"
}

run_loop() { # round
  fresh_db "$DB"
  local start end load0
  load0=$(load); start=$(now)
  head -n "$LOOP_TARGETS" "$OUT/targets.txt" | while read -r s; do
    "${LOCKSTEP[@]}" up --dir "$M" --url "$URL" --schema "$s" >>"$OUT/logs/loop-$1.out" 2>>"$OUT/logs/loop-$1.err" || die "lockstep up --schema $s failed"
  done
  end=$(now)
  check "$LOOP_TARGETS"
  echo "$(elapsed "$start" "$end") $load0 $(load)"
}

FLEET=() LOOP=() ROWS=''
for round in $(seq 1 "$REPS"); do
  read -r f fl0 fl1 <<<"$(run_fleet "$round")"
  echo "round $round: fleet $f s (load $fl0 → $fl1)" >&2
  read -r l ll0 ll1 <<<"$(run_loop "$round")"
  scaled=$(awk -v t="$l" -v n="$LOOP_TARGETS" -v all="$TARGETS" 'BEGIN { printf "%.1f", t * all / n }')
  echo "round $round: loop $l s over $LOOP_TARGETS targets → $scaled s for $TARGETS (load $ll0 → $ll1)" >&2
  FLEET+=("$f") LOOP+=("$scaled")
  ROWS+="| $round | $f | $fl0 → $fl1 | $l ($LOOP_TARGETS targets) | $scaled | $ll0 → $ll1 | $(awk -v a="$f" -v b="$scaled" 'BEGIN { printf "%.3f", a / b }') |"$'\n'
done
drop_db "$DB"; drop_db "$COORD"
FM=$(echo "${FLEET[*]}" | median); LM=$(echo "${LOOP[*]}" | median)
RATIO=$(awk -v a="$FM" -v b="$LM" 'BEGIN { printf "%.3f", a / b }')
update_results fleet <<MD
### Fleet: $TARGETS tenant schemas × 5 migrations

Command: \`bash bench/fleet/run.sh\` (TARGETS=$TARGETS RUNNERS=$RUNNERS CONCURRENCY=$CONCURRENCY REPS=$REPS LOOP_TARGETS=$LOOP_TARGETS). Date: $(date -u '+%Y-%m-%d %H:%M UTC').
Machine: $MACHINE.

$RUNNERS \`lockstep fleet up\` processes (\`--concurrency $CONCURRENCY\` each, one coordinator database) against a shell loop of
\`lockstep up --schema <s>\` over the same targets, alternating, each on a fresh database; every run is checked (each tenant
has its five log rows, once). $( [ "$LOOP_TARGETS" = "$TARGETS" ] || echo "The loop ran over the first $LOOP_TARGETS targets; its time is scaled linearly to $TARGETS.")

| round | fleet wall (s) | load avg | loop wall (s) | loop for $TARGETS (s) | load avg | fleet / loop |
| --- | --- | --- | --- | --- | --- | --- |
$ROWS
Median: fleet **$FM s** (target ≤ 60 s), loop $LM s, ratio **$RATIO** (target ≤ 0.2).
MD
echo "fleet median $FM s, loop median $LM s, ratio $RATIO" >&2
