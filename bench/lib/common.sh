# bench/lib/common.sh — sourced by bench/<name>/run.sh. Paths, the server, the machine, timing, results.
# Benchmarks are run by a person (npm run bench:<name>); never by npm test or CI.
set -euo pipefail
shopt -s inherit_errexit

REPO=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
BENCH=$REPO/bench
# SHARED_BENCH may name them when the checkout is elsewhere (a git worktree).
SHARED_BENCH=${SHARED_BENCH:-$(cd "$REPO/../shared/bench" 2>/dev/null && pwd || true)}
WORK=$BENCH/.work
PG_HOST=127.0.0.1
PG_PORT=5432
PG_USER=${BENCH_PGUSER:-postgres}
PG_BASE=postgres://$PG_USER@$PG_HOST:$PG_PORT
# psql and pgbench without a URL go to the same server (TCP on 127.0.0.1, never a socket elsewhere).
export PGHOST=$PG_HOST PGPORT=$PG_PORT PGUSER=$PG_USER
LOCKSTEP=(node "$REPO/dist/cli/main.js")
PEERS=$BENCH/node_modules/.bin

die() { echo "bench: $*" >&2; exit 1; }

# The shared reference harnesses live beside the repo; we call them, we never copy them.
need_shared() {
  [ -n "$SHARED_BENCH" ] && [ -x "$SHARED_BENCH/$1" -o -f "$SHARED_BENCH/$1" ] \
    || die "$REPO/../shared/bench/$1 not found (the reference harnesses sit beside the repository)"
}

# Lockstep as it is in the working tree, and the peers pinned in bench/package.json.
prepare_tools() {
  if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then (cd "$REPO" && npm run -s build) || die "npm run build failed (BENCH_NO_BUILD=1 measures the dist/ already there)"; fi
  [ -f "$REPO/dist/cli/main.js" ] || die "dist/cli/main.js missing: run npm run build"
  if [ ! -x "$PEERS/dbmate" ] || [ ! -x "$PEERS/node-pg-migrate" ]; then
    (cd "$BENCH" && npm ci --no-audit --no-fund) || die "npm ci in bench/ failed"
  fi
  "$PEERS/dbmate" --version >/dev/null || die "the dbmate binary from npm does not run here"
}

psql_q() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 "$@"; }
fresh_db() { psql_q -d postgres -c "drop database if exists $1 with (force)" -c "create database $1"; }
drop_db() { psql_q -d postgres -c "drop database if exists $1 with (force)"; }
scalar() { psql -X -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

now() { echo "$EPOCHREALTIME"; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Which Lockstep was measured: the commit, and whether src/ had uncommitted changes (dist/ is built from the tree).
revision() {
  local dirty=''
  git -C "$REPO" diff --quiet HEAD -- src 2>/dev/null && [ -z "$(git -C "$REPO" ls-files --others --exclude-standard -- src)" ] || dirty=' + uncommitted changes in src/'
  echo "Lockstep at commit $(git -C "$REPO" rev-parse --short HEAD)$dirty"
}

machine() {
  local mem pg
  mem=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
  pg=$(scalar postgres 'show server_version')
  echo "$(nproc) CPUs ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $mem RAM, PostgreSQL $pg, Node $(node --version), load average at start $(cut -d' ' -f1-3 /proc/loadavg); $(revision)"
}

# update_results NAME < markdown: replaces (or appends) the section between the NAME markers of RESULTS.md.
update_results() {
  node "$BENCH/lib/update-results.mjs" "$BENCH/RESULTS.md" "$1"
}

# waits_of FILE — "Lock:relation 104 / CPU 35" (the two longest states) from a bench/lib/wait-sampler.mjs summary.
waits_of() {
  [ -f "$1" ] || { echo 'n/a'; return; }
  node -e 'const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).longestMsByState;
    console.log(Object.entries(s).slice(0, 2).map(([k, v]) => `${k} ${v}`).join(" / ") || "none seen")' "$1"
}
