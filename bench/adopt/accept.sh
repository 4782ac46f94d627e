#!/usr/bin/env bash
# bench/adopt/accept.sh [NAME...] — the adoption acceptance run of issue 16 on the public projects of projects.sh
# (default: all), each unmodified, each on fresh databases:
#   1. `lockstep status --json`: detected tool, problems, ignored files, unsupported migrations;
#   2. `lockstep up` on one database, and the same files applied by psql in the tool's own order and the tool's own
#      way of sending them (bench/adopt/tool-order.mjs + psql-apply.mjs) on another; `pg_dump --schema-only` of the
#      two, normalised, must be identical; where a migration only the tool can run comes, `up` must stop right there
#      with LOCKSTEP_E_UNSUPPORTED_MIGRATION and psql stops there too;
#   3. `lockstep lint --format json` must print JSON and exit 0 or 1;
#   4. `lockstep test --json` (round trip in a scratch database on the same server): its verdict counts.
# Writes $WORK/adopt/<name>/ (logs, dumps, JSON) and prints one summary row per project. SKIP_TEST=1 skips step 4.
# The migrations are never part of the repository: see projects.sh for where each folder comes from.
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
source "$BENCH/adopt/projects.sh"
OUT=$WORK/adopt
mkdir -p "$OUT"
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then (cd "$REPO" && npm run -s build) || die "npm run build failed"; fi

# The schema as pg_dump prints it, without comments, SET lines, psql meta-commands and Lockstep's own schema.
dump() {
  pg_dump --schema-only --no-owner --no-privileges -N lockstep -d "$1" \
    | grep -v -e '^--' -e '^SET ' -e '^SELECT pg_catalog.set_config' -e '^\\restrict' -e '^\\unrestrict' -e '^$'
}

json_field() { node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(eval(process.argv[2]))' "$@"; }

accept() {
  local name=$1 tool dirs o ls_db tool_db t0 t1 up_rc lint_rc
  tool=$(project_field "$name" 1)
  o=$OUT/$name && rm -rf "$o" && mkdir -p "$o"
  ls_db=accept_${name//-/_}_ls tool_db=accept_${name//-/_}_tool
  fresh_db "$ls_db" && fresh_db "$tool_db"
  if [ -n "${PROJECT_SETUP[$name]:-}" ]; then psql_q -d "$ls_db" -c "${PROJECT_SETUP[$name]}"; psql_q -d "$tool_db" -c "${PROJECT_SETUP[$name]}"; fi
  read -r -a dirs <<< "$(dir_args "$name")"

  "${LOCKSTEP[@]}" status --json "${dirs[@]}" --url "$PG_BASE/$ls_db" > "$o/status.json" 2> "$o/status.err" || true
  local upto=${PROJECT_UPTO[$name]:-} to=() lint_note=''
  [ -n "$upto" ] && to=(--to "$upto")
  t0=$(now)
  up_rc=0; "${LOCKSTEP[@]}" up --json "${dirs[@]}" "${to[@]}" --url "$PG_BASE/$ls_db" > "$o/up.json" 2> "$o/up.err" || up_rc=$?
  t1=$(now)
  if grep -q LOCKSTEP_E_LINT_FAILED "$o/up.json"; then
    # The lint gate refused (nothing ran): say so, and compare what `up --no-lint` (recorded) does.
    lint_note="refused by the lint gate ($(node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1]));console.log([...new Set(j.error.details.findings.map(f=>f.rule))].join(", "))' "$o/up.json")); then --no-lint: "
    t0=$(now)
    up_rc=0; "${LOCKSTEP[@]}" up --json --no-lint "${dirs[@]}" "${to[@]}" --url "$PG_BASE/$ls_db" > "$o/up.json" 2> "$o/up.err" || up_rc=$?
    t1=$(now)
  fi
  node "$BENCH/adopt/tool-order.mjs" "$tool" $(dir_list "$name") > "$o/steps.json"
  node "$BENCH/adopt/psql-apply.mjs" "$tool_db" "$o/steps.json" ${upto:+--upto "$upto"} > "$o/psql.log" 2>&1
  dump "$ls_db" > "$o/lockstep.sql"
  dump "$tool_db" > "$o/tool.sql"
  local match=MATCH
  diff -u "$o/tool.sql" "$o/lockstep.sql" > "$o/schema.diff" || match="DIFFER ($(grep -c '^[-+][^-+]' "$o/schema.diff") lines)"

  lint_rc=0; "${LOCKSTEP[@]}" lint --format json "${dirs[@]}" > "$o/lint.json" 2> "$o/lint.err" || lint_rc=$?
  local lint="exit $lint_rc, $(json_field "$o/lint.json" '`${j.length} findings, ${j.filter(f=>f.severity==="error").length} errors (${j.filter(f=>f.rule==="invalid-migration").length} invalid-migration)`' 2>/dev/null || echo 'NOT JSON')"

  local test='skipped'
  if [ "${SKIP_TEST:-0}" != 1 ]; then
    local test_rc=0
    "${LOCKSTEP[@]}" test --json "${dirs[@]}" --shadow-url "$PG_BASE/postgres" > "$o/test.json" 2> "$o/test.err" || test_rc=$?
    test="exit $test_rc, $(json_field "$o/test.json" 'Object.entries(j.steps.reduce((a,s)=>(a[s.status]=(a[s.status]||0)+1,a),{})).map(([k,v])=>k+" "+v).join(", ")' 2>/dev/null || echo 'no JSON')"
  fi

  local st up
  st=$(json_field "$o/status.json" '`${j.project.tool} (${j.project.detectedFrom}); ${j.migrations.length} migrations, ${j.migrations.filter(m=>m.unsupported).length} unsupported, ${j.problems.length} problems, ${j.ignored.length} ignored`' 2>/dev/null || echo "status failed: $(head -c 200 "$o/status.err")")
  up="${lint_note}exit $up_rc in $(elapsed "$t0" "$t1") s${upto:+ (--to $upto)}"
  [ "$up_rc" != 0 ] && up+=" ($(grep -o 'LOCKSTEP_E_[A-Z_]*' "$o/up.err" "$o/up.json" | head -1 | cut -d: -f2))"
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$tool" "$st" "$up; psql: $(grep -h -e '^applied' -e '^stop' -e '^psql failed' -e ERROR "$o/psql.log" | tr '\n' ' ')" "$match" "$lint" "$test"
  drop_db "$ls_db"; drop_db "$tool_db"
}

echo "| project | tool | status | up | schema vs psql | lint --format json | test |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
# From here on a failing command is a finding for the table, not a reason to stop.
set +e
if [ $# -eq 0 ]; then set -- $(for r in "${PROJECTS[@]}"; do echo "${r%%|*}"; done); fi
for name in "$@"; do accept "$name"; done
