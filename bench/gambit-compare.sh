#!/usr/bin/env bash
# Peninsula's `game solve` against Gambit's own command-line tools on every game of Gambit's collection.
# Usage: bench/gambit-compare.sh GAMBIT_BIN_DIR [GAMES_DIR]
#   GAMBIT_BIN_DIR holds gambit-enumpure, gambit-enummixed and gambit-lcp (Debian has no gambit package;
#   build them from Gambit's sources: autoreconf -fi && ./configure --disable-gui &&
#   make gambit-enumpure gambit-enummixed gambit-lcp). GAMES_DIR defaults to ../shared/anchors/gambit.
# For each file and method both tools run with a 30 s limit; the equilibria (the NE, lines, exact
# rationals) are compared as sets (Gambit's enummixed prints some equilibria of degenerate games more
# than once; the counts are of distinct profiles). Columns: method, file, Gambit's count, ours, verdict.
# lcp follows Lemke-Howson paths whose course in degenerate games depends on the tie-breaking rule, so
# there the sets may differ while both are subsets of enummixed's (the verdict says so).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gb="$1"
games="${2:-$here/../shared/anchors/gambit}"
jar="$here/peninsula-cli/target/peninsula.jar"
[ -f "$jar" ] || (cd "$here" && mvn -B -q -DskipTests -pl peninsula-cli -am package)
echo "# gambit-compare: $("$gb/gambit-enumpure" -v 2>&1 | grep -m1 -o 'version [^ ,]*') vs peninsula $(cd "$here" && git rev-parse --short HEAD); $(date -u +%FT%TZ)"
printf '%-10s %-70s %7s %7s  %s\n' method file gambit ours verdict
cd "$games"
for f in $(find . -name '*.nfg' -o -name '*.efg' | sort); do
  for m in enumpure enummixed lcp; do
    timeout 30 "$gb/gambit-$m" -q "$f" 2>/tmp/gc.gerr | grep -E '^NE(,|$)' | sort -u >/tmp/gc.g; grc=${PIPESTATUS[0]}
    timeout 30 java -jar "$jar" game solve "$f" --method "$m" 2>/tmp/gc.oerr | sort -u >/tmp/gc.o; orc=${PIPESTATUS[0]}
    ng=$(wc -l </tmp/gc.g); no=$(wc -l </tmp/gc.o)
    if [ "$grc" = 124 ] && [ "$orc" = 124 ]; then v="both over 30 s"
    elif [ "$orc" = 2 ]; then v="ours refuses: $(head -c 90 /tmp/gc.oerr | tr '\n' ' ')"; no="-"
    elif [ "$grc" = 124 ]; then v="gambit over 30 s; ours $no in time"; ng="-"
    elif [ "$orc" = 124 ]; then v="ours over 30 s"; no="-"
    elif [ "$orc" != 0 ]; then v="OURS FAILED ($orc): $(head -c 90 /tmp/gc.oerr | tr '\n' ' ')"
    elif [ "$grc" != 0 ]; then v="gambit failed ($grc): $(head -c 60 /tmp/gc.gerr | tr '\n' ' ')"; ng="-"
    elif cmp -s /tmp/gc.g /tmp/gc.o; then v="same"
    elif [ "$m" = lcp ] && [[ "$f" == *.nfg ]]; then
      timeout 30 java -jar "$jar" game solve "$f" --method enummixed 2>/dev/null | sort -u >/tmp/gc.all
      if [ -z "$(comm -23 /tmp/gc.o /tmp/gc.all)" ] && [ -z "$(comm -23 /tmp/gc.g /tmp/gc.all)" ]; then
        v="lcp paths differ (degenerate ties); both within enummixed's set"
      else v="DIFFERENT"; fi
    else v="DIFFERENT"
    fi
    printf '%-10s %-70s %7s %7s  %s\n' "$m" "${f#./}" "$ng" "$no" "$v"
  done
done
