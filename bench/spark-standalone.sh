#!/usr/bin/env bash
# Scaling of `peninsula sweep`: the local engine, Spark local[1], local[2], and a Spark standalone
# cluster (one master + one worker, started here on loopback from peninsula-spark's class path:
# no Spark download or installation), all on the same spec; prints wall and CPU time and the
# sha256 of each table (identical by construction). Output: bench/sweep.txt.
# Usage: bench/spark-standalone.sh [SPEC.yaml]   (default: korea-2025, smp + bdm, every option, 1024 samples)
# Needs GNU time, python3 (free ports), and peninsula-spark built (built here if missing).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$here/peninsula-spark/target"
[ -f "$dir/peninsula-spark.jar" ] && [ -f "$dir/spark-classpath.txt" ] || (cd "$here" && mvn -B -q -pl peninsula-spark -am package -DskipTests)
[ -f "$here/peninsula-cli/target/peninsula.jar" ] || (cd "$here" && mvn -B -q -pl peninsula-cli -am package -DskipTests)
scratch="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$scratch"; }
trap cleanup EXIT
spec="${1:-}"
if [ -z "$spec" ]; then
  spec="$scratch/sweep.yaml"
  printf 'kind: montecarlo\nscenarios: [korea-2025]\nmodels: [smp, bdm]\noptions: all\nsamples: 1024\nseed: 0\n' >"$spec"
fi
# A SPARK_HOME whose jars/ holds Spark's jars and ours: the worker builds its executors' class path from it.
export SPARK_HOME="$scratch/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOG_DIR="$scratch/logs"
mkdir -p "$SPARK_HOME/jars" "$SPARK_HOME/conf" "$SPARK_LOG_DIR"
tr ':' '\n' <"$dir/spark-classpath.txt" | while read -r j; do ln -s "$j" "$SPARK_HOME/jars/"; done
ln -s "$dir/peninsula-spark.jar" "$SPARK_HOME/jars/"
cp="$dir/peninsula-spark.jar:$(cat "$dir/spark-classpath.txt")"
opens=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
mport=$(port); mui=$(port); wui=$(port)
java "${opens[@]}" -cp "$cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$mport" --webui-port "$mui" \
  >"$scratch/logs/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do grep -q "I have been elected leader" "$scratch/logs/master.log" 2>/dev/null && break; sleep 1; done
java "${opens[@]}" -cp "$cp" org.apache.spark.deploy.worker.Worker "spark://127.0.0.1:$mport" --host 127.0.0.1 --cores 2 --memory 2g \
  --webui-port "$wui" --work-dir "$scratch/work" >"$scratch/logs/worker.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do grep -q "Successfully registered with master" "$scratch/logs/worker.log" 2>/dev/null && break; sleep 1; done
grep -q "Successfully registered with master" "$scratch/logs/worker.log" || { echo "worker did not register:"; cat "$scratch/logs/"*.log; exit 1; }

echo "# peninsula sweep $(tr '\n' ' ' <"$spec")"
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM;" \
  "$(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
printf '%-28s %8s %8s %s\n' engine wall_s cpu_s sha256_of_csv
run() { # name, command...
  local name="$1"; shift
  local log="$scratch/time.log" out="$scratch/out.csv"
  /usr/bin/time -v "$@" >"$scratch/run.log" 2>"$log" || { echo "$name failed:"; cat "$scratch/run.log" "$log"; exit 1; }
  local wall cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$log" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.1f", u+s}' "$log")
  printf '%-28s %8s %8s %s\n' "$name" "$wall" "$cpu" "$(sha256sum <"$out" | cut -c1-16)"
}
run "local (2 threads)" java -jar "$here/peninsula-cli/target/peninsula.jar" sweep "$spec" --threads 2 --out "$scratch/out.csv" --no-store
run "spark local[1]" java "${opens[@]}" -cp "$cp" io.peninsula.spark.SparkSweep "$spec" --master 'local[1]' --out "$scratch/out.csv"
run "spark local[2]" java "${opens[@]}" -cp "$cp" io.peninsula.spark.SparkSweep "$spec" --master 'local[2]' --out "$scratch/out.csv"
run "spark standalone (1w x 2c)" java "${opens[@]}" -cp "$cp" io.peninsula.spark.SparkSweep "$spec" --master "spark://127.0.0.1:$mport" \
  --out "$scratch/out.csv"
echo "# cpu_s of the standalone row counts the driver only; the executor JVM runs under the worker (not timed here)"
