#!/usr/bin/env bash
# Wall time and peak memory of `peninsula montecarlo` on korea-2025 with every option.
# Usage: bench/montecarlo.sh [SAMPLES] [MODELS...]
# SMP target of issue #12 (10,000 samples x every option of korea-2025 in < 15 s on two cores):
#   THREADS=2 bench/montecarlo.sh 10000 smp     (wall_s on an idle machine; cpu_s and cpu_ms/sample are load-independent)   (defaults: 10000; bdm compromise, plus smp if registered)
# THREADS="2" runs only that thread count at SAMPLES (default: SAMPLES x 1 and 2 threads, SAMPLES/10 x 1 thread).
# Needs GNU time (/usr/bin/time -v). JAVA_OPTS is passed to java; by default the launcher's -XX:+UseSerialGC (./peninsula runs
# batch commands on the serial collector), JAVA_OPTS= (empty) for the JVM default G1 (e.g. JAVA_OPTS=-Xmx64m to show memory is flat);
# PENINSULA_JAR runs another build (e.g. a copy of the jar before a change, for back-to-back comparisons).
set -euo pipefail
JAVA_OPTS="${JAVA_OPTS--XX:+UseSerialGC}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
samples="${1:-10000}"
shift || true
jar="${PENINSULA_JAR:-$here/peninsula-cli/target/peninsula.jar}"
[ -f "$jar" ] || (cd "$here" && mvn -B -q -DskipTests -pl peninsula-cli -am package)
models=("$@")
if [ ${#models[@]} -eq 0 ]; then
  models=(bdm compromise)
  java -jar "$jar" forecast korea-2025 --model smp --format csv >/dev/null 2>&1 && models+=(smp)
fi
echo "# peninsula montecarlo korea-2025 --options all --samples $samples (seed 0)"
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM;" \
  "$(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
printf '%-12s %8s %7s %10s %8s %13s %12s %s\n' model samples threads wall_s cpu_s cpu_ms/sample peak_rss_mb sha256_of_csv
for m in "${models[@]}"; do
  for n in "$samples" $((samples / 10)); do
    for t in 1 2; do
      [ "$n" != "$samples" ] && [ "$t" = 2 ] && continue
      [ -n "${THREADS:-}" ] && { [ "$n" != "$samples" ] || [ "$t" != "$THREADS" ]; } && continue
      log="$(mktemp)"
      /usr/bin/time -v java ${JAVA_OPTS:-} -jar "$jar" montecarlo korea-2025 --options all --samples "$n" --model "$m" --threads "$t" \
        --format csv --no-store 2>"$log" >"$log.csv"
      wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$log" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
      rss=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$log")
      cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.1f", u+s}' "$log")
      per=$(awk -v c="$cpu" -v n="$n" 'BEGIN{printf "%.2f", 1000 * c / n}')
      printf '%-12s %8s %7s %10s %8s %13s %12s %s\n' "$m" "$n" "$t" "$wall" "$cpu" "$per" "$rss" "$(sha256sum <"$log.csv" | cut -c1-16)"
      rm -f "$log" "$log.csv"
    done
  done
done
