#!/usr/bin/env bash
# Fuzzes Jazzer targets (peninsula-formats, package io.peninsula.formats.fuzz) one after another, each
# for its own time, in a 512 MB heap, and prints one line per target: seconds, executions, exec/s and
# findings, with the load average before and after. Findings are saved by Jazzer next to the
# regression inputs (src/test/resources/io/peninsula/formats/fuzz/<Class>Inputs/<target>/) and fail
# the target's run.
#
# Usage: bench/fuzz.sh [Class#target[=SECONDS] ...]   (default: every target, with the times below)
#        FUZZ_SECONDS=N bench/fuzz.sh                    (every target for N seconds)
# Output: see bench/fuzz.txt. Run it under `nice -n 19` on a shared machine.
#
# How the time is set without editing code: @FuzzTest(maxDuration = FuzzContract.FUZZ_FOR) gives
# 60 s; jazzer-junit 0.24.0 appends the JUnit configuration parameters jazzer.internal.arg.1, .2, …
# (arg.0 is argv[0]) to libFuzzer's command line after the annotation's -max_total_time, and
# libFuzzer keeps the last value of a flag, so -Djazzer.internal.arg.1=-max_total_time=N wins.
# (jazzer-junit 0.24.0 reads no jazzer.max_duration property; this is the only switch it has.)
set -uo pipefail
cd "$(dirname "$0")/.."
# Default time per target, in seconds: fast targets (thousands of exec/s) get more time, so that
# one batch reaches 10 million executions in all on an idle 2-core machine.
defaults=(
  ParserFuzzTest#nfg=600 ParserFuzzTest#efg=420
  WriterRoundTripFuzzTest#efgWriter=300 WriterRoundTripFuzzTest#nfgWriter=300
  ParserFuzzTest#bdmCsv=120 ParserFuzzTest#decide=120 WriterRoundTripFuzzTest#jsonWriter=90
  ParserFuzzTest#outcomesCsv=90 ParserFuzzTest#deu=60 ParserFuzzTest#yaml=60 ParserFuzzTest#json=60
  ParserFuzzTest#ktabCsv=60 WriterRoundTripFuzzTest#yamlWriter=60
)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${defaults[@]}")
logs="$(mktemp -d)"
mvn -B -q -o -pl peninsula-formats -am test-compile >/dev/null || exit 1
echo "# start $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
printf '%-32s %6s %12s %8s %s\n' target s executions exec/s findings
total=0
for spec in "${targets[@]}"; do
  t="${spec%%=*}"
  secs="${FUZZ_SECONDS:-60}"
  [ "$spec" != "$t" ] && [ -z "${FUZZ_SECONDS:-}" ] && secs="${spec#*=}"
  log="$logs/${t//#/_}.log"
  JAZZER_FUZZ=1 mvn -B -o -pl peninsula-formats -am test -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine=-Xmx512m -Djacoco.skip=true -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$secs" \
    >"$log" 2>&1
  rc=$?
  # libFuzzer's last status line: "#1234567  DONE   cov: ... exec/s: 12345 rss: ..." (or the last pulse)
  last="$(grep -aE '^#[0-9]+' "$log" | tail -1)"
  execs="$(sed -E 's/^#([0-9]+).*/\1/' <<<"$last")"
  rate="$(grep -aoE 'exec/s: [0-9]+' <<<"$last" | awk '{print $2}')"
  findings="none"
  if [ $rc -ne 0 ]; then findings="FAILED (see $log): $(grep -aE '== Java Exception|FuzzerSecurityIssue|AssertionError|Exception:|OutOfMemory' "$log" | head -1 | cut -c1-120)"; fi
  printf '%-32s %6s %12s %8s %s\n' "$t" "$secs" "${execs:-0}" "${rate:-?}" "$findings"
  total=$((total + ${execs:-0}))
done
printf '%-32s %6s %12s\n' total "" "$total"
echo "# end $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo "logs: $logs" >&2
