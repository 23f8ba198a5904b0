#!/usr/bin/env bash
# Load test of the workbench server (peninsula serve) with wrk, on loopback only.
#   1. GET /api/health and the shareable forecast link of korea-2025 (compromise), 64 connections x 20 s each,
#      one after the other in the same run, against the same server.
#   2. 200 concurrent Monte Carlo submissions (POST /api/jobs): each must get 202 or 429, none lost,
#      while wrk measures /api/health's latency.
# Output: bench/server.txt (overwritten), or --out FILE. Needs wrk (apt-get install wrk), curl, python3.
# Before measuring, each endpoint gets a wrk warm-up (--warmup, 10 s by default) whose figures are
# dropped: the first seconds of a fresh JVM run interpreted and C1 code, and JIT compilation
# competes with the server for the 2 cores, which otherwise shows up as p99 tails.
# Usage: bench/server.sh [--duration 20s] [--connections 64] [--warmup 10s] [--skip-jobs] [--out FILE]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration=20s
conns=64
warmup=10s
jobs=1
out_arg=""
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --connections) conns="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --skip-jobs) jobs=0; shift ;;
    --out) out_arg="$2"; shift 2 ;;
    *) echo "usage: bench/server.sh [--duration 20s] [--connections 64] [--warmup 10s] [--skip-jobs] [--out FILE]" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "bench/server.sh: wrk is needed (apt-get install wrk)" >&2; exit 1; }
scratch="$(mktemp -d)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
out="${out_arg:-$here/bench/server.txt}"
"$here/peninsula" --version >/dev/null
PENINSULA_STORE="$scratch/runs.duckdb" "$here/peninsula" serve --port "$port" --jobs 16 2>"$scratch/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$scratch"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -sf "$base/api/health" >/dev/null && break; sleep 0.2; done
link="$base/api/scenarios/korea-2025/forecast?model=compromise"
for _ in 1 2 3 4 5; do curl -sf "$base/api/health" >/dev/null; curl -sf "$link" >/dev/null; done
# 2b's requests: the link with seed=1, 2, 3, ... (a seed is part of the typed request, so each is computed)
cat > "$scratch/miss.lua" <<'LUA'
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", wrk.path .. "&seed=" .. tostring(n * 16 + tid))
end
LUA
wrk -t2 -c"$conns" -d"$warmup" "$base/api/health" >/dev/null 2>&1 # warm-up, not reported
wrk -t2 -c"$conns" -d"$warmup" "$link" >/dev/null 2>&1
wrk -t2 -c"$conns" -d"$warmup" -s "$scratch/miss.lua" "$link" >/dev/null 2>&1

{
  echo "# bench/server.sh — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "# $(nproc) cores; $(uptime | sed 's/.*load average/load average/') before the run; wrk shares the cores with the server"
  echo "# (a load average well above 0 means other work was running: the figures are then under load; compare forecast to health, measured back to back)"
  echo "# $(java -version 2>&1 | head -1); wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}')"
  echo
  echo "## 1. GET /api/health, $conns connections, $duration"
  wrk -t2 -c"$conns" -d"$duration" --latency "$base/api/health"
  echo
  echo "## 2. GET /api/scenarios/korea-2025/forecast?model=compromise, $conns connections, $duration"
  wrk -t2 -c"$conns" -d"$duration" --latency "$link"
  echo
  echo "## 2b. the same link computed on every request (a new seed each time, so every answer is a miss of the kept answers), $conns connections, $duration"
  wrk -t2 -c"$conns" -d"$duration" --latency -s "$scratch/miss.lua" "$link"
} > "$scratch/part1.txt" 2>&1

# 3. 200 concurrent Monte Carlo submissions while wrk measures health.
cat > "$scratch/submit.py" <<'PY'
import concurrent.futures, json, sys, urllib.request, urllib.error
base = sys.argv[1]
body = json.dumps({"kind": "montecarlo", "scenario": "korea-2025", "model": "compromise", "samples": 2000}).encode()
def submit(i):
    req = urllib.request.Request(base + "/api/jobs", data=body, headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.load(r).get("id"), None
    except urllib.error.HTTPError as e:
        return e.code, None, e.headers.get("Retry-After")
    except Exception as e:
        return "error: %s" % e, None, None
with concurrent.futures.ThreadPoolExecutor(200) as pool:
    results = list(pool.map(submit, range(200)))
codes = {}
for c, _, _ in results: codes[str(c)] = codes.get(str(c), 0) + 1
accepted = [i for c, i, _ in results if c == 202]
retry = {ra for c, _, ra in results if c == 429}
print("submissions: 200; answers by status:", json.dumps(codes, sort_keys=True))
print("429 Retry-After values:", sorted(retry))
lost = 200 - sum(v for k, v in codes.items() if k in ("202", "429"))
print("lost (neither 202 nor 429):", lost)
import time
deadline = time.time() + 600
states = {}
for jid in accepted:
    while True:
        with urllib.request.urlopen(base + "/api/jobs/" + jid, timeout=60) as r:
            j = json.load(r)
        if j["state"] not in ("queued", "running") or time.time() > deadline: break
        time.sleep(0.2)
    states[j["state"]] = states.get(j["state"], 0) + 1
print("accepted jobs' final states:", json.dumps(states, sort_keys=True))
PY
if [ "$jobs" = 1 ]; then
wrk -t2 -c"$conns" -d"$duration" --latency "$base/api/health" > "$scratch/health-during.txt" 2>&1 &
wrkpid=$!
sleep 2
python3 "$scratch/submit.py" "$base" > "$scratch/submit.txt" 2>&1
wait $wrkpid
{
  cat "$scratch/part1.txt"
  echo
  echo "## 3. 200 concurrent POST /api/jobs (montecarlo, 2000 samples; queue of 16 waiting, 1 worker) while wrk measures /api/health"
  cat "$scratch/submit.txt"
  echo
  echo "### /api/health during the submissions, $conns connections, $duration"
  cat "$scratch/health-during.txt"
} > "$out"
else
  cp "$scratch/part1.txt" "$out"
fi
python3 - "$out" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
parts = re.split(r"^## ", text, flags=re.M)
def stats(part):
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", part).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", part)
    v = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    errs = re.search(r"Non-2xx or 3xx responses: (\d+)", part)
    sock = re.search(r"Socket errors: .*", part)
    return rps, v, int(errs.group(1)) if errs else 0, sock.group(0) if sock else "Socket errors: none"
h = stats(parts[1]); f = stats(parts[2]); m = stats(parts[3]) if len(parts) > 3 and parts[3].startswith("2b.") else None; d = stats(text.split("### ")[1]) if "### " in text else None
lines = ["", "## Summary (targets: 0 errors; forecast >= half of health's throughput; p99 < 50 ms; health p99 < 100 ms during submissions)",
 "health:   %.0f req/s, p99 %.2f ms, non-2xx %d, %s" % (h[0], h[1], h[2], h[3]),
 "forecast: %.0f req/s (%.0f%% of health), p99 %.2f ms, non-2xx %d, %s" % (f[0], 100 * f[0] / h[0], f[1], f[2], f[3]),
 ] + (["forecast computed each time: %.0f req/s (%.0f%% of health), p99 %.2f ms, non-2xx %d, %s" % (m[0], 100 * m[0] / h[0], m[1], m[2], m[3])] if m else []) + [
 ] + (["health during 200 submissions: %.0f req/s, p99 %.2f ms, non-2xx %d, %s" % (d[0], d[1], d[2], d[3])] if d else [])
open(sys.argv[1], "a").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
