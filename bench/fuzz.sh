#!/usr/bin/env bash
# Fuzzes every Jazzer target (peninsula-formats, package io.peninsula.formats.fuzz) in turn, each for
# FuzzContract.FUZZ_FOR (60 s), in a 512 MB heap, and prints one line per target: executions,
# exec/s and findings. Findings are saved by Jazzer next to the regression inputs
# (src/test/resources/io/peninsula/formats/fuzz/<Class>Inputs/<target>/) and fail the run.
# Usage: bench/fuzz.sh [Class#target ...]   (default: all targets)   Output: see bench/fuzz.txt
set -uo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for t in yaml json ktabCsv bdmCsv decide deu outcomesCsv nfg efg; do targets+=("ParserFuzzTest#$t"); done
  for t in yamlWriter jsonWriter nfgWriter efgWriter; do targets+=("WriterRoundTripFuzzTest#$t"); done
fi
logs="$(mktemp -d)"
mvn -B -q -o -pl peninsula-formats -am test-compile >/dev/null || exit 1
printf '%-32s %12s %8s %s\n' target executions exec/s findings
total=0
for t in "${targets[@]}"; do
  log="$logs/${t//#/_}.log"
  JAZZER_FUZZ=1 mvn -B -o -pl peninsula-formats -am test -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine=-Xmx512m -Djacoco.skip=true >"$log" 2>&1
  rc=$?
  # libFuzzer's last status line: "#1234567  DONE   cov: ... exec/s: 12345 rss: ..." (or the last pulse)
  last="$(grep -aE '^#[0-9]+' "$log" | tail -1)"
  execs="$(sed -E 's/^#([0-9]+).*/\1/' <<<"$last")"
  rate="$(grep -aoE 'exec/s: [0-9]+' <<<"$last" | awk '{print $2}')"
  findings="none"
  if [ $rc -ne 0 ]; then findings="FAILED (see $log): $(grep -aE '== Java Exception|FuzzerSecurityIssue|AssertionError|Exception:' "$log" | head -1 | cut -c1-120)"; fi
  printf '%-32s %12s %8s %s\n' "$t" "${execs:-0}" "${rate:-?}" "$findings"
  total=$((total + ${execs:-0}))
done
printf '%-32s %12s\n' total "$total"
echo "logs: $logs" >&2
