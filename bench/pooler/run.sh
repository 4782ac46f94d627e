#!/usr/bin/env bash
# bench/pooler — two to four `lockstep up` processes at once through a real PgBouncer in transaction pooling, TRIALS
# times each way (default 30):
#   pooled:    every runner with DATABASE_URL = the transaction pool (what issue 13 found broken: runs at once,
#              rows inserted twice, an advisory lock stuck on a pooled server session);
#   directUrl: DATABASE_URL still the pool, DIRECT_URL the server itself (the fix Lockstep asks for).
# Each trial: a fresh database, three migrations (a table, an INSERT that must happen once, a concurrent index),
# 2, 3 or 4 runners started together; then counts: exit codes, coded refusals (LOCKSTEP_E_POOLER), runners that
# applied something, rows inserted more than once (duplicates), advisory locks left on the server (stuck locks), and
# whether a following direct `up --lock-wait 2s` succeeds.
# PgBouncer: Debian's package (installed here with apt-get when missing), its own instance from a temporary config on
# a free loopback port, stopped at the end. Run: npm run bench:pooler   (or bash bench/pooler/run.sh)
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
TRIALS=${TRIALS:-30}
OUT=$WORK/pooler
DB=bench_pooler
BOUNCER=/usr/sbin/pgbouncer
[ -x "$BOUNCER" ] || { apt-get install -y pgbouncer >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y pgbouncer >/dev/null); } || die "could not install pgbouncer"
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then (cd "$REPO" && npm run -s build) || die "npm run build failed"; fi
rm -rf "$OUT" && mkdir -p "$OUT/logs" "$OUT/bouncer" "$OUT/migrations"
chmod 755 "$OUT/bouncer"
MACHINE=$(machine)

# ---- PgBouncer on a free loopback port -------------------------------------------------------------------------
PORT=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
printf '"%s" ""\n' "$PG_USER" > "$OUT/bouncer/userlist.txt"
cat > "$OUT/bouncer/pgbouncer.ini" <<EOF
[databases]
$DB = host=$PG_HOST port=$PG_PORT dbname=$DB pool_mode=transaction
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PORT
unix_socket_dir =
auth_type = trust
auth_file = $OUT/bouncer/userlist.txt
pool_mode = transaction
default_pool_size = 8
max_client_conn = 200
ignore_startup_parameters = extra_float_digits,options
EOF
chmod 644 "$OUT/bouncer/"*
AS_USER=(); [ "$(id -u)" = 0 ] && AS_USER=(-u postgres)
"$BOUNCER" "${AS_USER[@]}" "$OUT/bouncer/pgbouncer.ini" > "$OUT/bouncer/pgbouncer.log" 2>&1 &
BOUNCER_PID=$!
trap 'kill $BOUNCER_PID 2>/dev/null; wait $BOUNCER_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break; sleep 0.1; done
POOLED=postgres://$PG_USER@127.0.0.1:$PORT/$DB
DIRECT=$PG_BASE/$DB

cat > "$OUT/migrations/001_ledger.sql" <<'EOF'
-- UP
CREATE TABLE ledger (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text NOT NULL);

-- DOWN
DROP TABLE ledger;
EOF
cat > "$OUT/migrations/002_once.sql" <<'EOF'
-- UP
INSERT INTO ledger (note) VALUES ('once');

-- DOWN
DELETE FROM ledger WHERE note = 'once';
EOF
cat > "$OUT/migrations/003_ledger_note_idx.sql" <<'EOF'
-- lockstep:no-transaction
-- UP
CREATE INDEX CONCURRENTLY ledger_note_idx ON ledger (note);

-- DOWN
DROP INDEX CONCURRENTLY ledger_note_idx;
EOF

# trial MODE N I — one trial; prints "mode n exits refusals migrated duplicates stuck followup_ok"
trial() {
  local mode=$1 n=$2 i=$3 k pids=() exits='' refusals=0 migrated=0 dup stuck follow
  fresh_db "$DB"
  for k in $(seq 1 "$n"); do
    local log=$OUT/logs/$mode-$i-$k.log
    if [ "$mode" = pooled ]; then
      env DATABASE_URL="$POOLED" "${LOCKSTEP[@]}" up --dir "$OUT/migrations" --lock-wait 30s > "$log" 2>&1 &
    else
      env DATABASE_URL="$POOLED" DIRECT_URL="$DIRECT" "${LOCKSTEP[@]}" up --dir "$OUT/migrations" --lock-wait 30s > "$log" 2>&1 &
    fi
    pids+=($!)
  done
  for k in "${!pids[@]}"; do
    local rc=0 log=$OUT/logs/$mode-$i-$((k + 1)).log
    wait "${pids[$k]}" || rc=$?
    exits+="${exits:+,}$rc"
    grep -q LOCKSTEP_E_POOLER "$log" && refusals=$((refusals + 1))
    grep -q 'applied in' "$log" && migrated=$((migrated + 1))
  done
  dup=$(scalar "$DB" "select greatest(count(*) - 1, 0) from ledger where note = 'once'" 2>/dev/null || echo 0)
  stuck=$(scalar "$DB" "select count(*) from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())")
  # The next deploy, direct: it must not wait on a lock left behind, and it applies what is still pending once.
  if "${LOCKSTEP[@]}" up --dir "$OUT/migrations" --url "$DIRECT" --lock-wait 2s > "$OUT/logs/$mode-$i-followup.log" 2>&1 \
    && [ "$(scalar "$DB" "select count(*) from ledger where note = 'once'")" = 1 ]; then follow=1; else follow=0; fi
  echo "$mode $n $exits $refusals $migrated $dup $stuck $follow"
}

echo "bench/pooler: $MACHINE; PgBouncer $("$BOUNCER" --version | head -1) on 127.0.0.1:$PORT (pool_mode=transaction); $TRIALS trials each way"
: > "$OUT/rows"
for i in $(seq 1 "$TRIALS"); do
  n=$(( (i - 1) % 3 + 2 ))
  for mode in pooled directUrl; do
    r=$(trial "$mode" "$n" "$i")
    echo "  trial $i: $r"
    echo "$r" >> "$OUT/rows"
  done
done
drop_db "$DB"

summary() { # mode
  awk -v m="$1" '$1 == m {
      t++; runners += $2; refused += $4; migrated += $5; dup += $6; if ($6 > 0) dupTrials++; stuck += $7; if ($7 > 0) stuckTrials++; follow += $8
      if ($5 > 1) both++
      n = split($3, e, ","); for (j = 1; j <= n; j++) codes[e[j]]++
    } END {
      s = ""; for (c in codes) s = s (s ? ", " : "") "exit " c " ×" codes[c]
      printf "| %s | %d | %d | %s | %d | %d | %d | %d (%d trials) | %d (%d trials) | %d of %d |\n", m, t, runners, s, refused, migrated, both + 0, dup, dupTrials + 0, stuck, stuckTrials + 0, follow, t
    }' "$OUT/rows"
}
describe() {
  echo "- **pooled**: every runner with \`DATABASE_URL\` = PgBouncer in transaction pooling; expected: each refuses with \`LOCKSTEP_E_POOLER\` (exit 4) before taking the run lock."
  echo "- **directUrl**: \`DATABASE_URL\` = the pool, \`DIRECT_URL\` = the server; expected: one runner applies, the others wait for the run lock and find nothing pending (exit 0)."
}
{
  echo "## pooler: runners at once through PgBouncer in transaction pooling"
  echo
  echo "Command: \`npm run bench:pooler\` (\`bash bench/pooler/run.sh\`; TRIALS=$TRIALS per mode, 2, 3 or 4 runners per trial in turn). Date: $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Machine: $MACHINE. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). PgBouncer $("$BOUNCER" --version | head -1 | awk '{ print $2 }'), pool_mode=transaction, default_pool_size=8."
  echo "Each trial: a fresh database, migrations 001 (a table), 002 (\`INSERT … 'once'\`), 003 (\`CREATE INDEX CONCURRENTLY\`, no transaction), then a direct \`up --lock-wait 2s\` as the next deploy."
  echo
  describe
  echo
  echo "| mode | trials | runner processes | exit codes | coded refusals (LOCKSTEP_E_POOLER) | runners that applied migrations | trials where two or more applied | duplicate rows | advisory locks left after the runners | next direct up succeeded, row once |"
  echo "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  summary pooled
  summary directUrl
  echo
  echo "Logs: bench/.work/pooler/logs/."
} > "$OUT/pooler.md"
update_results pooler < "$OUT/pooler.md"
cat "$OUT/pooler.md"
