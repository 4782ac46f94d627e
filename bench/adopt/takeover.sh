#!/usr/bin/env bash
# bench/adopt/takeover.sh [NAME...] — issue 16's history takeover on the public projects of projects.sh: a database
# half-migrated with the tool's semantics and its history table exactly as the tool writes it (tool-history.mjs; for
# drizzle, drizzle-orm's own migrator when DRIZZLE_DIR points at a folder where `drizzle-orm`, `postgres` and `pg` are
# installed), then:
#   1. `lockstep up` must refuse with LOCKSTEP_E_FOREIGN_HISTORY and change nothing (pg_dump before = after);
#   2. `lockstep adopt` must record exactly the migrations the tool applied;
#   3. `lockstep up` must apply the rest, none of the adopted ones again, and end with the schema psql gives when it
#      applies every file the tool's way (up to where a migration only the tool can run stops both).
# Prints one row per project. The migrations are never part of the repository: see projects.sh.
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
source "$BENCH/adopt/projects.sh"
OUT=$WORK/takeover
mkdir -p "$OUT"
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then (cd "$REPO" && npm run -s build) || die "npm run build failed"; fi

# How many migrations the tool has applied before Lockstep takes over, and adopt's extra flags, per project.
declare -A HALF=([ente]=60 [cratesio]=140 [lemmy]=150 [documenso]=80 [dokploy]=90 [dspace]=9 [hatchet]=100 [horizon]=35
  [vaultwarden]=23 [harbor]=20 [kestra]=13 [openfga]=3 [umami]=10 [hoppscotch]=10 [cosmo]=74 [convoy]=53 [upchieve]=2 [openmeter]=130 [permify]=5 [conductor]=10 [langfuse]=200 [rallly]=70 [nakama]=15 [plume]=30
  [flipt]=9 [takobox]=3 [anithon]=2 [trigger]=400
  [goalert]=140 [sim]=20 [ontrack]=10 [inngest]=5 [quickwit]=14)
declare -A ADOPT_FLAGS=()
declare -A TABLE=([ontrack]=schema_version [dspace]=schema_version [openmeter]=schema_om [nakama]=migration_info)

dump() {
  pg_dump --schema-only --no-owner --no-privileges -N lockstep -N drizzle -T schema_migrations -T __diesel_schema_migrations \
    -T _prisma_migrations -T schema_version -T flyway_schema_history -T goose_db_version -T gorp_migrations -T pgmigrations -T schema_om -T migration_info -d "$1" \
    | grep -v -e '^--' -e '^SET ' -e '^SELECT pg_catalog.set_config' -e '^\\restrict' -e '^\\unrestrict' -e '^$'
}
ids_of() { node -e "$2" "$1"; }

takeover() {
  local name=$1 tool half o db ref upto
  tool=$(project_field "$name" 1) half=${HALF[$name]} o=$OUT/$name upto=${PROJECT_UPTO[$name]:-}
  rm -rf "$o" && mkdir -p "$o"
  db=takeover_${name//-/_} ref=takeover_${name//-/_}_ref
  fresh_db "$db" && fresh_db "$ref"
  if [ -n "${PROJECT_SETUP[$name]:-}" ]; then psql_q -d "$db" -c "${PROJECT_SETUP[$name]}"; psql_q -d "$ref" -c "${PROJECT_SETUP[$name]}"; fi
  read -r -a dirs <<< "$(dir_args "$name")"
  node "$BENCH/adopt/tool-order.mjs" "$tool" $(dir_list "$name") > "$o/steps.json"
  local last by
  last=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1]))[process.argv[2]-1].id)' "$o/steps.json" "$half")

  # The tool's half: its SQL its way, and its history.
  if [ "$tool" = drizzle ] && [ -n "${DRIZZLE_DIR:-}" ]; then
    by='drizzle-orm migrate()'
    local copy=$o/drizzle-copy
    cp -r "$(dir_list "$name" | xargs)" "$copy"
    node -e 'const f=process.argv[1],n=+process.argv[2],fs=require("fs");const j=JSON.parse(fs.readFileSync(f));j.entries=j.entries.slice(0,n);fs.writeFileSync(f,JSON.stringify(j,null,2))' "$copy/meta/_journal.json" "$half"
    (cd "$DRIZZLE_DIR" && node migrate.mjs "$PG_BASE/$db" "$copy") > "$o/tool.log" 2>&1 || { echo "| $name | drizzle-orm failed: $(tail -2 "$o/tool.log") |"; return; }
  else
    by="emulated (tool-history.mjs)"
    node "$BENCH/adopt/psql-apply.mjs" "$db" "$o/steps.json" --upto "$last" > "$o/tool.log" 2>&1 || { echo "| $name | psql failed: $(tail -2 "$o/tool.log") |"; return; }
    node "$BENCH/adopt/tool-history.mjs" "$tool" "$PG_BASE/$db" "$o/steps.json" "$half" ${TABLE[$name]:-} >> "$o/tool.log" 2>&1 || { echo "| $name | history failed |"; return; }
  fi

  # 1. up refuses and changes nothing.
  dump "$db" > "$o/before.sql"
  local rc=0; "${LOCKSTEP[@]}" up --json "${dirs[@]}" --url "$PG_BASE/$db" > "$o/up1.json" 2> "$o/up1.err" || rc=$?
  dump "$db" > "$o/after.sql"
  local refused="exit $rc $(grep -o 'LOCKSTEP_E_[A-Z_]*' "$o/up1.json" | head -1)"
  cmp -s "$o/before.sql" "$o/after.sql" && refused+=', nothing changed' || refused+=', SCHEMA CHANGED'

  # 2. adopt records exactly the tool's half.
  "${LOCKSTEP[@]}" adopt --dry-run --json "${dirs[@]}" --url "$PG_BASE/$db" ${ADOPT_FLAGS[$name]:-} > "$o/adopt-dry.json" 2> "$o/adopt-dry.err"
  rc=0; "${LOCKSTEP[@]}" adopt --json "${dirs[@]}" --url "$PG_BASE/$db" ${ADOPT_FLAGS[$name]:-} > "$o/adopt.json" 2> "$o/adopt.err" || rc=$?
  local adopted
  adopted=$(node -e '
    const fs=require("fs");const steps=JSON.parse(fs.readFileSync(process.argv[1])).slice(0,+process.argv[3]);
    const a=JSON.parse(fs.readFileSync(process.argv[2]));
    const want=steps.map(s=>s.id.replace(/\.sql$/,"")), got=(a.recorded||[]);
    const same=want.length===got.length&&want.every((w,i)=>String(got[i]).replace(/\.sql$/,"")===w||got.includes(w));
    console.log(`${got.length} recorded (tool applied ${want.length}) ${same?"= exactly the tool’s":"MISMATCH"}; verdicts ${JSON.stringify((a.migrations||[]).reduce((m,x)=>(m[x.verdict]=(m[x.verdict]||0)+1,m),{}))}`)' "$o/steps.json" "$o/adopt.json" "$half" 2>&1 || echo "adopt exit $rc: $(head -c 300 "$o/adopt.err")")

  # 3. up applies the rest, nothing twice; the end state is the tool's.
  local to=(); [ -n "$upto" ] && to=(--to "$upto")
  rc=0; "${LOCKSTEP[@]}" up --json --no-lint "${dirs[@]}" "${to[@]}" --url "$PG_BASE/$db" > "$o/up2.json" 2> "$o/up2.err" || rc=$?
  local rest
  rest=$(node -e '
    const fs=require("fs");const u=JSON.parse(fs.readFileSync(process.argv[1]));const a=JSON.parse(fs.readFileSync(process.argv[2]));
    const done=(u.done||[]).map(d=>d.version);const again=done.filter(v=>(a.recorded||[]).includes(v));
    console.log(`${done.length} applied, ${again.length} of them adopted ones${u.error?", then "+u.error.code:""}`)' "$o/up2.json" "$o/adopt.json" 2>&1)
  node "$BENCH/adopt/psql-apply.mjs" "$ref" "$o/steps.json" ${upto:+--upto "$upto"} > "$o/ref.log" 2>&1
  dump "$db" > "$o/final.sql"; dump "$ref" > "$o/ref.sql"
  local match=MATCH; diff -u "$o/ref.sql" "$o/final.sql" > "$o/final.diff" || match="DIFFER ($(wc -l < "$o/final.diff") diff lines)"
  printf '| %s | %s | %s | %s | %s | %s (exit %s) | %s |\n' "$name" "$tool" "$by, $half applied" "$refused" "$adopted" "$rest" "$rc" "$match"
  drop_db "$db"; drop_db "$ref"
}

set +e
echo "| project | tool | half-migrated by | lockstep up before adopt | adopt | up after adopt | final schema vs psql |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
if [ $# -eq 0 ]; then set -- ente cratesio documenso dokploy dspace hatchet horizon; fi
for name in "$@"; do takeover "$name"; done
