#!/usr/bin/env bash
# enummixed (Peninsula) against lrsnash (lrslib) on the same random bimatrix games, side by side.
# Usage: bench/enummixed.sh [GAMES_PER_SIZE] [SIZES]   (defaults: 5; 10,12,15)
# Games: n x n, payoffs uniform in 0..99 from java.util.SplittableRandom(2024 + g) (A then B, row by row).
# Checks that both find the same equilibria (exact fractions, as sets) on every game; exits 1 if not.
# Then the same on three degenerate 15x15 games (payoffs 0..3).
# Our time: in-process, first run per game (the very first is a cold JVM), then the median wall and
# thread-CPU time of 3 runs after that warm-up; lrsnash: median of 3 process runs (wall, and the
# user+sys time it reports). With other jobs on the machine, compare CPU times. Then one cold CLI run
# of `peninsula game solve --method enummixed` on the first 15x15 game, JVM start-up included.
# Needs lrsnash (Debian: apt-get install lrslib) and GNU time (/usr/bin/time).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
games="${1:-5}"
sizes="${2:-10,12,15}"
lrsnash="${LRSNASH:-/usr/bin/lrsnash}"
command -v "$lrsnash" >/dev/null || { echo "lrsnash not found (apt-get install lrslib, or set LRSNASH)" >&2; exit 2; }
cd "$here"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
mvn -B -q -DskipTests -pl peninsula-bench,peninsula-cli -am package >"$dir/build.log" 2>&1 || { cat "$dir/build.log" >&2; exit 1; }
echo "# bench/enummixed.sh $games $sizes: enummixed vs $lrsnash, random n x n games, payoffs 0..99, seeds 2024.."
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM;" \
  "$(java -version 2>&1 | head -1); $({ "$lrsnash" /dev/null 2>&1 || true; } | grep -m1 -o 'lrslib v[^ ]* [^ (]*');" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD)"
java -cp peninsula-bench/target/benchmarks.jar io.peninsula.bench.EnummixedVsLrsnash \
  --sizes "$sizes" --games "$games" --seed 2024 --max 99 --reps 3 --lrsnash "$lrsnash" --write "$dir"
echo "# degenerate games (payoffs 0..3: many ties, hundreds of extreme equilibria), 15x15, seeds 5..7, one run each:"
java -cp peninsula-bench/target/benchmarks.jar io.peninsula.bench.EnummixedVsLrsnash \
  --sizes 15 --games 3 --seed 5 --max 3 --reps 1 --lrsnash "$lrsnash" | grep -v '^# times\|^# our'
largest="${sizes##*,}"
f="$dir/game-${largest}x${largest}-0"
echo "# cold command-line runs on ${largest}x${largest} #0 (wall seconds, GNU time):"
/usr/bin/time -f "%e" -o "$dir/t1" java -jar peninsula-cli/target/peninsula.jar game solve "$f.nfg" --method enummixed >"$dir/ours.txt"
/usr/bin/time -f "%e" -o "$dir/t2" "$lrsnash" "$f.lrs" >"$dir/lrs.txt" 2>&1
printf '%-44s %6s s  %s equilibria\n' "peninsula game solve --method enummixed" "$(cat "$dir/t1")" "$(grep -c '^NE,' "$dir/ours.txt")"
printf '%-44s %6s s  %s equilibria\n' "lrsnash" "$(cat "$dir/t2")" "$(grep -o 'equilibria found: [0-9]*' "$dir/lrs.txt" | grep -o '[0-9]*$')"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
