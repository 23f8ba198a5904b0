#!/usr/bin/env bash
# Wall and CPU time of `peninsula simulate korea-2025 --years 10 --runs 2000` on 1 and 2 threads,
# and whether the two outputs are identical (they must be: one random stream per run and year).
# Usage: bench/simulate.sh [RUNS] [YEARS] [extra simulate options...]   (defaults: 2000 10)
# Needs GNU time (/usr/bin/time). PENINSULA_JAR runs another build; JAVA_OPTS is passed to java.
# The machine may be shared: the load average is printed, and CPU time (user + sys) is the figure
# that load does not inflate.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-2000}"
years="${2:-10}"
shift 2 || shift $# || true
jar="${PENINSULA_JAR:-$here/peninsula-cli/target/peninsula.jar}"
[ -f "$jar" ] || (cd "$here" && mvn -B -q -DskipTests -pl peninsula-cli -am package)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "# peninsula simulate korea-2025 --years $years --runs $runs $* (seed 0, compromise, constraint veto)"
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM;" \
  "$(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
printf '%-7s %8s %8s %8s %8s %s\n' threads wall_s user_s sys_s cpu_s sha256_of_csv
for t in 1 2; do
  /usr/bin/time -f '%e %U %S' -o "$tmp/time-$t" java ${JAVA_OPTS:-} -jar "$jar" simulate korea-2025 --years "$years" --runs "$runs" \
    --threads "$t" --format csv --no-store "$@" >"$tmp/out-$t.csv" 2>/dev/null
  read -r wall user sys <"$tmp/time-$t"
  printf '%-7s %8s %8s %8s %8s %s\n' "$t" "$wall" "$user" "$sys" "$(echo "$user + $sys" | bc)" "$(sha256sum <"$tmp/out-$t.csv" | cut -c1-16)"
done
if cmp -s "$tmp/out-1.csv" "$tmp/out-2.csv"; then echo "# 1 and 2 threads: identical output"; else echo "# 1 and 2 threads: OUTPUTS DIFFER"; exit 1; fi
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
