#!/usr/bin/env bash
# Records the outputs (stdout, stderr, exit code) of about fifty documented commands with one
# Peninsula jar, and compares them with another jar's. JSON outputs are compared after
# unwrapping: the old top-level provenance is dropped and the new {"provenance","result"} shape
# is reduced to its result, so only the wrapping may differ.
#
#   tools/compare-outputs.sh record JAR DIR     # run every command with JAR, outputs into DIR
#   tools/compare-outputs.sh compare OLD NEW    # compare two recorded DIRs, print a summary
#
# Run from the repository root. Commands that need ../shared (anchors) are skipped when it is
# absent. Each recording uses its own scratch run store (from mktemp).
set -uo pipefail

commands() {
  cat <<'CMDS'
help|--help
version-help|forecast --help
show|show korea-2025
show-2019|show korea-2019
validate-bundled|validate korea-2025
validate-missing|validate no-such-scenario.yaml
forecast|forecast --no-store
forecast-2019-median|forecast korea-2019 --model median --no-store
forecast-csv|forecast --issue force_posture --format csv --no-store
forecast-json|forecast --format json --no-store
forecast-bdm|forecast --model bdm --no-store
forecast-bdm-explain|forecast --model bdm --explain --no-store
forecast-bdm1994|forecast --model bdm --variant bdm1994 --no-store
forecast-smp|forecast --model smp --no-store
forecast-nash|forecast --model nash --no-store
forecast-exchange|forecast --model exchange --no-store
forecast-explain|forecast --explain --no-store
forecast-issue-json|forecast --model bdm --issue opcon --format json --no-store
forecast-bad-model|forecast --model nope --no-store
forecast-bad-issue|forecast --issue nope --no-store
forecast-bad-format|forecast --format xml --no-store
forecast-bad-maxit|forecast --max-iterations 0 --no-store
forecast-maxit-2|forecast --model bdm --max-iterations 2 --no-store
forecast-bdm-param-typo|forecast --model bdm --param round=20 --no-store
pivotal|pivotal --model compromise --issue force_posture
pivotal-csv|pivotal --model median --format csv
compare-bdm|compare --model bdm --no-store
compare-csv|compare --format csv --no-store
compare-json|compare --format json --no-store
compare-bad-option|compare --options nope --no-store
montecarlo|montecarlo --samples 200 --options all --threads 1 --no-store
montecarlo-csv|montecarlo --samples 100 --format csv --threads 2 --no-store
montecarlo-json|montecarlo --samples 100 --format json --threads 1 --no-store
montecarlo-bad-samples|montecarlo --samples 0 --no-store
sensitivity-morris|sensitivity --method morris --samples 4 --no-store
sensitivity-morris-top|sensitivity --method morris --issue opcon --top 5 --samples 4 --no-store
sensitivity-sobol|sensitivity --method sobol --samples 32 --issue opcon --no-store
sensitivity-csv|sensitivity --method morris --samples 4 --format csv --no-store
sensitivity-json|sensitivity --method morris --samples 4 --format json --issue opcon --no-store
sensitivity-bad-method|sensitivity --method nope --no-store
levers|levers --issue force_posture --target 50 --no-store
levers-csv|levers --issue force_posture --target 50 --format csv --no-store
levers-json|levers --issue opcon --target 30 --format json --no-store
levers-bad-target|levers --issue force_posture --target 500 --no-store
levers-no-issue|levers --target 50 --no-store
game-build-deterrence|game build deterrence --variant offshore
game-build-alliance-json|game build alliance --format json
game-build-sd|game build security-dilemma
game-build-crisis|game build crisis-bargaining
game-build-bad|game build nope
game-solve-pd|game solve peninsula-formats/src/test/resources/games/prisoners-dilemma.nfg
game-solve-bos-mixed|game solve peninsula-formats/src/test/resources/games/battle-of-the-sexes.nfg --method enummixed --format table
game-solve-mp-lcp-json|game solve peninsula-formats/src/test/resources/games/matching-pennies.nfg --method lcp --format json
game-solve-3p|game solve peninsula-formats/src/test/resources/games/three-player.nfg --method enumpure --format table
game-solve-efg-spe|game solve peninsula-formats/src/test/resources/games/entry-deterrence.efg --method spe --format table
game-solve-efg-S|game solve peninsula-formats/src/test/resources/games/entry-deterrence.efg -S --method enummixed
game-solve-efg-chance|game solve peninsula-formats/src/test/resources/games/deterrence-with-chance.efg --method enumpure --format json
game-solve-elim|game solve peninsula-formats/src/test/resources/games/prisoners-dilemma.nfg --eliminate-dominated --method enummixed
game-solve-missing|game solve no-such.nfg
game-solve-bad-method|game solve peninsula-formats/src/test/resources/games/prisoners-dilemma.nfg --method nope
game-show-pd|game show peninsula-formats/src/test/resources/games/prisoners-dilemma.nfg
game-show-efg|game show peninsula-formats/src/test/resources/games/entry-deterrence.efg
game-show-efg-S|game show peninsula-formats/src/test/resources/games/entry-deterrence.efg -S
game-reduce-pd|game reduce peninsula-formats/src/test/resources/games/prisoners-dilemma.nfg
game-reduce-mixed|game reduce peninsula-formats/src/test/resources/games/three-player.nfg --mixed
game-reduce-efg|game reduce peninsula-formats/src/test/resources/games/entry-deterrence.efg
game-convert-efg-nfg|game convert peninsula-formats/src/test/resources/games/entry-deterrence.efg --to nfg
convert-yaml-json|convert korea-2019 --to json
convert-ktab|convert ../shared/anchors/ktab-smp/dummyData-a040.csv
forecast-ktab-smp|forecast ../shared/anchors/ktab-smp/dummyData-a040.csv --model smp --no-store
forecast-bdm-example|forecast ../shared/anchors/bdm/ExampleActors.csv --model bdm --explain --no-store
forecast-sultan|forecast ../shared/anchors/bdm/Sultan.csv --model bdm --param capitulation=false --no-store
forecast-exchange-decide|forecast ../shared/anchors/exchange/sample_data.txt --model exchange --no-store
backtest-deu|backtest ../shared/anchors/deu/deu3.csv --input-format deu --models compromise,median
backtest-deu-csv|backtest ../shared/anchors/deu/deu3.csv --input-format deu --format csv --models median
CMDS
}

record() {
  local jar="$1" dir="$2"
  mkdir -p "$dir"
  local scratch; scratch="$(mktemp -d)"
  export PENINSULA_STORE="$scratch/runs.duckdb"
  commands | while IFS='|' read -r name args; do
    if [[ "$args" == *../shared/* ]] && [ ! -d ../shared ]; then echo "skip $name (no ../shared)"; continue; fi
    # shellcheck disable=SC2086
    (cd "$PWD" && java -Djava.awt.headless=true -jar "$jar" $args >"$dir/$name.out" 2>"$dir/$name.err" </dev/null)
    echo $? >"$dir/$name.rc"
  done
  rm -rf "$scratch"
}

# Prints a JSON document with the wrapping and the volatile provenance removed.
unwrap() {
  jq -S 'if type == "object" and has("result") and has("provenance") then .result
         elif type == "object" and has("provenance") then del(.provenance) else . end' "$1" 2>/dev/null || cat "$1"
}

compare() {
  local old="$1" new="$2" same=0 diff=0
  for f in "$old"/*.rc; do
    local name; name="$(basename "$f" .rc)"
    local ok=1
    cmp -s "$old/$name.rc" "$new/$name.rc" || ok=0
    # the run id line ("run ID stored in FILE") differs on every run; commands newly stored print one
    cmp -s <(grep -v '^run .* stored in ' "$old/$name.err") <(grep -v '^run .* stored in ' "$new/$name.err") || ok=0
    if ! cmp -s "$old/$name.out" "$new/$name.out"; then
      if jq -e . "$old/$name.out" >/dev/null 2>&1 && [ "$(unwrap "$old/$name.out")" = "$(unwrap "$new/$name.out")" ]; then
        :  # the same result, only the JSON wrapping differs
      else ok=0; fi
    fi
    if [ $ok = 1 ]; then same=$((same + 1)); else diff=$((diff + 1)); echo "DIFFERENT: $name"; fi
  done
  echo "$same same, $diff different"
}

case "${1:-}" in
  record) record "$(cd "$(dirname "$2")" && pwd)/$(basename "$2")" "$3" ;;
  compare) compare "$2" "$3" ;;
  *) echo "usage: $0 record JAR DIR | compare OLD_DIR NEW_DIR" >&2; exit 2 ;;
esac
