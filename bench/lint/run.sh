#!/usr/bin/env bash
# Lint 1,000 migration files with Lockstep and with squawk (npm squawk-cli) in one run:
# wall time and peak memory (median of REPS runs each). Not part of npm test.
# Usage: bash bench/lint/run.sh   (N=1000 REPS=5 by default)
set -euo pipefail
root=$(git rev-parse --show-toplevel)
cd "$root"
N=${N:-1000}
REPS=${REPS:-5}
work="$root/bench/.work/lint"
mkdir -p "$work"
node bench/lint/generate.mjs "$N" "$work/migrations" >/dev/null
squawk="$root/bench/node_modules/.bin/squawk"
[ -x "$squawk" ] || (cd bench && npm install --no-audit --no-fund >/dev/null)
npm run build >/dev/null
# Lockstep reads the files as plain SQL migrations without markers, which is how squawk reads them too:
# give each file the single-file markers Lockstep needs so both lint the same statements.
for f in "$work"/migrations/*.sql; do
  if ! grep -q '^-- UP' "$f"; then printf -- '-- lockstep:irreversible\n-- UP\n%s\n' "$(cat "$f")" > "$f"; fi
done
measure() { # label, command...
  local label=$1; shift
  local times=() mems=()
  for _ in $(seq 1 "$REPS"); do
    /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >"$work/$label.out" 2>"$work/$label.err" || true
    read -r t m < <(tail -n 1 "$work/time.txt")
    times+=("$t"); mems+=("$m")
  done
  local tmed mmed
  tmed=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mmed=$(printf '%s\n' "${mems[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$label wall_s=$tmed peak_rss_mb=$((mmed / 1024)) runs=${times[*]}"
}
load=$(cut -d' ' -f1-3 /proc/loadavg)
lockstep=$(measure lockstep node dist/cli/main.js lint --dir "$work/migrations" --format json --fail-on none)
squawk_line=$(measure squawk "$squawk" --reporter json "$work"/migrations/*.sql)
echo "$lockstep"
echo "$squawk_line"
lfind=$(node -e "const f=JSON.parse(require('fs').readFileSync('$work/lockstep.out','utf8'));console.log(f.length)")
sfind=$(node -e "const t=require('fs').readFileSync('$work/squawk.out','utf8');try{const j=JSON.parse(t);console.log(Array.isArray(j)?j.length:'?')}catch{console.log(t.split('\n').filter(Boolean).length)}")
echo "findings: lockstep=$lfind squawk=$sfind"
phases=$(node bench/lint/phases.mjs "$work/migrations" "$REPS")
echo "$phases"
cat > bench/lint/RESULTS-lint.md <<MD
# lint: $N migration files, Lockstep vs squawk

Command: \`bash bench/lint/run.sh\` (N=$N, REPS=$REPS, median). Date: $(date -u '+%Y-%m-%d %H:%M UTC').
Machine: $(nproc) CPUs, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, Node $(node --version), squawk $("$squawk" --version | awk '{print $2}'). Load average at start: $load.
Files: \`bench/lint/generate.mjs\` — five statements each (tables, plain and concurrent indexes, columns with defaults, NOT VALID checks, type changes, an UPDATE).

| tool | command | wall time, median (s) | peak memory, median (MB) | findings |
| --- | --- | ---: | ---: | ---: |
| lockstep | \`lockstep lint --dir … --format json\` | $(echo "$lockstep" | sed 's/.*wall_s=\([^ ]*\).*/\1/') | $(echo "$lockstep" | sed 's/.*peak_rss_mb=\([^ ]*\).*/\1/') | $lfind |
| squawk | \`squawk --reporter json …/*.sql\` | $(echo "$squawk_line" | sed 's/.*wall_s=\([^ ]*\).*/\1/') | $(echo "$squawk_line" | sed 's/.*peak_rss_mb=\([^ ]*\).*/\1/') | $sfind |

Runs: lockstep ${lockstep#*runs=}; squawk ${squawk_line#*runs=}.
Target: Lockstep's wall time at most 1.5× squawk's, peak memory under 300 MB.

Where Lockstep's time goes (\`node bench/lint/phases.mjs\`; main-thread CPU, so waiting for a core is not counted;
V8's background threads, mostly TurboFan compiling hot JavaScript and the GC, add roughly as much CPU again):

\`\`\`
$phases
\`\`\`
MD
echo "wrote bench/lint/RESULTS-lint.md"
