#!/usr/bin/env bash
# bench/apply/statements.sh — how many statements (client round trips) each tool sends per migration, from
# the server's own log: a load-independent view of bench/apply. Sets log_min_duration_statement = 0 on its
# own throwaway databases only, and reads the server log (LOG, default the Debian cluster's file).
# Run: bash bench/apply/statements.sh   (N=100 migrations by default)
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
N=${N:-100}
LOG=${LOG:-/var/log/postgresql/postgresql-$(scalar postgres 'show server_version_num' | cut -c1-2)-main.log}
[ -r "$LOG" ] || die "cannot read the server log $LOG (set LOG=...)"
OUT=$WORK/statements
need_shared gen-peers.sh
prepare_tools
rm -rf "$OUT" && mkdir -p "$OUT"
bash "$SHARED_BENCH/gen-peers.sh" "$N" "$OUT/migrations"
M=$OUT/migrations

declare -A CMD=(
  [lockstep]="node dist/cli/main.js up --dir $M/dbmate --url @URL@"
  [lockstep-single-tx]="node dist/cli/main.js up --single-transaction --dir $M/dbmate --url @URL@"
  [dbmate]="bench/node_modules/.bin/dbmate --url @URL@?sslmode=disable --migrations-dir $M/dbmate --no-dump-schema up"
  [node-pg-migrate]="env DATABASE_URL=@URL@ bench/node_modules/.bin/node-pg-migrate up -m $M/npm"
  [node-pg-migrate-per-tx]="env DATABASE_URL=@URL@ bench/node_modules/.bin/node-pg-migrate up --no-single-transaction -m $M/npm"
)
MACHINE=$(machine)
{
echo "## apply / statements: what each tool sends per migration"
echo
echo "Command: \`bash bench/apply/statements.sh\` (N=$N). Date: $(date -u '+%Y-%m-%d %H:%M UTC'). Machine: $MACHINE."
echo "Counted in the server log (\`log_min_duration_statement = 0\` set on each throwaway database): one \"statement:\" or \"execute\" entry per statement the client sent, set-up queries included. Every statement is a client-server round trip, so this count is what wall time scales with on a loaded machine."
echo
echo "| tool | statements sent for $N migrations | per migration | of which CREATE TABLE t_ | server time, all (ms) | in CREATE TABLE t_ (ms) | in COMMIT (ms) | in everything else (ms) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for t in lockstep lockstep-single-tx dbmate node-pg-migrate node-pg-migrate-per-tx; do
  db=bench_stmts_${t//-/_}
  fresh_db "$db"
  psql_q -d postgres -c "alter database $db set log_min_duration_statement = 0"
  from=$(wc -l < "$LOG")
  (cd "$REPO" && eval "${CMD[$t]//@URL@/$PG_BASE/$db}") > "$OUT/$t.log" 2>&1 || die "$t failed; see $OUT/$t.log"
  sleep 0.5
  # One logged "statement:" (simple protocol) or "execute" (extended protocol) line per round trip.
  # Keep this database's entries with their continuation lines (multi-line statements).
  tail -n +"$((from + 1))" "$LOG" | awk -v tag="@$db " '/^[0-9][0-9][0-9][0-9]-/ { keep = index($0, tag) > 0 } keep' > "$OUT/$t.server.log"
  total=$(grep -cE 'duration: [0-9.]+ ms  (statement|execute)' "$OUT/$t.server.log" || true)
  # A migration's own CREATE TABLE, not its text quoted as a literal in a history row (E'CREATE TABLE t_…).
  creates=$(grep -E "(^|[^'])CREATE TABLE t_" "$OUT/$t.server.log" | grep -vc 'DETAIL:' || true)
  # Server-side time from the same entries (parse + bind + execute for the extended protocol), by what they ran.
  read -r all create commit < <(awk '
    function flush() {
      if (!have) return
      all += d
      if (text ~ /(^|[^\047])CREATE TABLE t_/) create += d
      else if (text ~ /(statement|execute[^:]*): (commit|COMMIT)/) commit += d
      else if (text ~ /\n[ \t]*(commit|COMMIT);?[ \t]*$/) commit += d
      have = 0
    }
    /^[0-9][0-9][0-9][0-9]-/ {
      flush()
      if (match($0, /duration: [0-9.]+ ms/)) { have = 1; d = substr($0, RSTART + 10, RLENGTH - 13) + 0; text = $0 }
      next
    }
    have { text = text "\n" $0 }
    END { flush(); printf "%.0f %.0f %.0f\n", all, create, commit }' "$OUT/$t.server.log")
  echo "| $t | $total | $(awk -v a="$total" -v n="$N" 'BEGIN { printf "%.1f", a / n }') | $creates | $all | $create | $commit | $((all - create - commit)) |"
  drop_db "$db"
done 
echo
echo "A message that ends with \`commit\` counts as COMMIT (Lockstep sends a migration as \`begin; set local …; savepoint …; <the migration>\` and then its history row and event with \`commit\`, so its COMMIT column holds that history write too); a migration's text quoted as a literal in a history row is not a CREATE TABLE."
} | tee "$OUT/section.md"
update_results apply-statements < "$OUT/section.md"
