#!/usr/bin/env bash
# Lint 1,000 migration files with Lockstep and with squawk (npm squawk-cli) in one run: wall time and peak
# memory (median of REPS runs each, the tools interleaved so that both see the same machine load). Then the
# same for LARGE files (10,000 by default; LARGE=0 skips it).
# Not part of npm test. Usage: bash bench/lint/run.sh   (N=1000 REPS=7 LARGE=10000 LARGE_REPS=3)
# Writes the part of bench/lint/RESULTS-lint.md between the "generated" markers; the rest is kept.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
cd "$root"
N=${N:-1000}
REPS=${REPS:-7}
LARGE=${LARGE:-10000}
LARGE_REPS=${LARGE_REPS:-3}
work="$root/bench/.work/lint"
mkdir -p "$work"
squawk="$root/bench/node_modules/.bin/squawk"
[ -x "$squawk" ] || (cd bench && npm ci --no-audit --no-fund >/dev/null)
npm run build >/dev/null

# generate DIR COUNT: files of five statements; Lockstep needs its single-file markers, squawk reads the same SQL.
generate() {
  node bench/lint/generate.mjs "$2" "$1" >/dev/null
  for f in "$1"/*.sql; do printf -- '-- lockstep:irreversible\n-- UP\n%s\n' "$(cat "$f")" > "$f"; done
}

# measure LABEL REPS -- command... : appends "label wall_s peak_mb" per run to $work/runs.txt
measure_once() {
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >"$work/$label.out" 2>"$work/$label.err" || true
  read -r t m < <(tail -n 1 "$work/time.txt")
  echo "$label $t $m" >> "$work/runs.txt"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
summary() { # label → "wall_s peak_mb runs"
  local t m
  t=$(awk -v l="$1" '$1==l {print $2}' "$work/runs.txt" | median)
  m=$(awk -v l="$1" '$1==l {print $3}' "$work/runs.txt" | median)
  echo "$t $((m / 1024)) $(awk -v l="$1" '$1==l {printf "%s ", $2}' "$work/runs.txt")"
}

: > "$work/runs.txt"
load=$(cut -d' ' -f1-3 /proc/loadavg)
generate "$work/migrations" "$N"
lint=(node dist/cli/main.js lint --dir "$work/migrations" --format json --fail-on none)
for _ in $(seq 1 "$REPS"); do
  measure_once squawk "$squawk" --reporter json "$work"/migrations/*.sql
  measure_once lockstep "${lint[@]}"
  measure_once floor env LINT_FLOOR_CHILD=1 node bench/lint/floor.mjs "$work/migrations"
done
lfind=$(node -e "console.log(JSON.parse(require('fs').readFileSync('$work/lockstep.out','utf8')).length)")
sfind=$(node -e "const j=JSON.parse(require('fs').readFileSync('$work/squawk.out','utf8'));console.log(Array.isArray(j)?j.length:'?')")
read -r lt lm lruns < <(summary lockstep)
read -r st sm sruns < <(summary squawk)
read -r ft fm fruns < <(summary floor)
floor_ratio=$(awk -v a="$ft" -v b="$st" 'BEGIN {printf "%.2f", a / b}')
ratio=$(awk -v a="$lt" -v b="$st" 'BEGIN {printf "%.1f", a / b}')

large_rows=""
if [ "$LARGE" -gt 0 ]; then
  generate "$work/large" "$LARGE"
  big=(node dist/cli/main.js lint --dir "$work/large" --format json --fail-on none)
  for _ in $(seq 1 "$LARGE_REPS"); do
    measure_once large-squawk "$squawk" --reporter json "$work"/large/*.sql
    measure_once large-lockstep "${big[@]}"
    measure_once large-floor env LINT_FLOOR_CHILD=1 node bench/lint/floor.mjs "$work/large"
    measure_once large-floor2 env LINT_FLOOR_CHILD=1 node bench/lint/floor.mjs "$work/large" 2
  done
  read -r a am aruns < <(summary large-lockstep)
  read -r c cm cruns < <(summary large-squawk)
  read -r fl flm flruns < <(summary large-floor)
  read -r f2 f2m f2runs < <(summary large-floor2)
  large_ratio=$(awk -v a="$a" -v b="$c" 'BEGIN {printf "%.2f", a / b}')
  large_floor_ratio=$(awk -v a="$fl" -v b="$c" 'BEGIN {printf "%.2f", a / b}')
  large_floor2_ratio=$(awk -v a="$f2" -v b="$c" 'BEGIN {printf "%.2f", a / b}')
  large_rows="| $LARGE files | lockstep | $a | $am |
| $LARGE files | squawk | $c | $cm |
| $LARGE files | parse-only floor | $fl | $flm |
| $LARGE files | parse-only floor, two worker threads | $f2 | $f2m |"
fi

load_end=$(cut -d' ' -f1-3 /proc/loadavg)
generated=$(cat <<MD
<!-- generated:start -->
Command: \`bash bench/lint/run.sh\` (N=$N, REPS=$REPS, LARGE=$LARGE, LARGE_REPS=$LARGE_REPS; medians; the tools run
interleaved). Date: $(date -u '+%Y-%m-%d %H:%M UTC'). Commit: $(git rev-parse --short HEAD)$(git diff --quiet -- src || echo ' plus uncommitted src/').
Machine: $(nproc) CPUs, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, Node $(node --version), squawk $("$squawk" --version | awk '{print $2}'). Load average at start: $load; at end: $load_end.
Files: \`bench/lint/generate.mjs\` — five statements each (tables, plain and concurrent indexes, columns with
defaults, NOT VALID checks, type changes, an UPDATE).

| files | tool | wall time, median (s) | peak memory, median (MB) |
| --- | --- | ---: | ---: |
| $N files | lockstep \`lint --dir … --format json\` | $lt | $lm |
| $N files | squawk \`--reporter json …/*.sql\` (npm bin: Node starts the Rust binary) | $st | $sm |
| $N files | parse-only floor (\`bench/lint/floor.mjs\`: Node, libpg-query, read and parse; no rules, no output) | $ft | $fm |
$large_rows

$N files: Lockstep / squawk = **${ratio}×** (target ≤ 2.0×)$( [ "$LARGE" -gt 0 ] && echo "; $LARGE files: **${large_ratio}×** (target ≤ 1.0×, peak memory ≤ 300 MB)"). Findings: lockstep $lfind,
squawk $sfind (the tools have different rules and severities; see bench/lint/eval for a per-statement comparison).
Parse-only floor / squawk: $N files ${floor_ratio}×$( [ "$LARGE" -gt 0 ] && echo "; $LARGE files ${large_floor_ratio}×, on two threads ${large_floor2_ratio}×"): what any linter on
libpg-query in Node pays before its first rule.
Runs ($N files): lockstep $lruns; squawk $sruns; floor $fruns.$( [ "$LARGE" -gt 0 ] && echo "
Runs ($LARGE files): lockstep $aruns; squawk $cruns; floor $flruns; floor on two threads $f2runs.")
<!-- generated:end -->
MD
)
out=bench/lint/RESULTS-lint.md
if [ -f "$out" ] && grep -q '<!-- generated:start -->' "$out"; then
  GENERATED="$generated" node -e "
const fs=require('fs');const t=fs.readFileSync('$out','utf8');
fs.writeFileSync('$out', t.replace(/<!-- generated:start -->[\s\S]*<!-- generated:end -->/, () => process.env.GENERATED));"
else
  printf '# lint: Lockstep vs squawk\n\n%s\n' "$generated" > "$out"
fi
echo "$generated"
