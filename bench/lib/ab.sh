#!/usr/bin/env bash
# A/B timing of two commands, run alternately so that both see the same machine load:
#   bash bench/lib/ab.sh RUNS command A ... -- command B ...
# Prints the median wall time and the median CPU time (user + sys, all threads) of each. Used for the
# before/after rows of bench/lint/RESULTS-lint.md (e.g. A = `env LOCKSTEP_LINT_WORKERS=0 node dist/cli/main.js lint …`).
# AB_BEFORE, when set, is a shell command run untimed before every run (with `a` or `b` as $1), e.g. to give each
# `lockstep up` a fresh database without timing CREATE DATABASE's checkpoint:
#   AB_BEFORE='bash bench/lib/fresh-db.sh ab_$1' bash bench/lib/ab.sh 5 node dist/cli/main.js up --url …ab_a -- …
set -euo pipefail
runs=$1; shift
a=(); while [ "$1" != "--" ]; do a+=("$1"); shift; done; shift
b=("$@")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
once() { # file, command...
  local out=$1; shift
  if [ -n "${AB_BEFORE:-}" ]; then bash -c "$AB_BEFORE" ab "$(basename "$out")" >/dev/null 2>&1 || { echo "ab.sh: AB_BEFORE failed" >&2; exit 1; }; fi
  /usr/bin/time -f '%e %U %S' -o "$tmp/t" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$tmp/t" | awk '{printf "%s %.2f\n", $1, $2 + $3}' >> "$out"
}
for _ in $(seq 1 "$runs"); do once "$tmp/a" "${a[@]}"; once "$tmp/b" "${b[@]}"; done
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
echo "A: wall $(cut -d' ' -f1 "$tmp/a" | median) s, cpu $(cut -d' ' -f2 "$tmp/a" | median) s   (${a[*]})"
echo "B: wall $(cut -d' ' -f1 "$tmp/b" | median) s, cpu $(cut -d' ' -f2 "$tmp/b" | median) s   (${b[*]})"
