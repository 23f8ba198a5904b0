#!/usr/bin/env bash
# enummixed against Gambit's gambit-enummixed and lrsnash on random n x n games (payoffs 0..99,
# Python's random.Random(1000 n + k)), all three run cold from the command line; CPU = user + sys.
# Usage: bench/enummixed-gambit.sh GAMBIT_BIN_DIR [SIZES...]   (default sizes: 10 12)
# Gambit's tools: build from Gambit's sources (Debian has no package): autoreconf -fi &&
# ./configure --disable-gui && make gambit-enummixed. lrsnash: Debian package lrslib.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gb="$1"; shift
sizes=("${@:-10 12}"); [ $# -eq 0 ] && sizes=(10 12)
jar="$here/peninsula-cli/target/peninsula.jar"
[ -f "$jar" ] || (cd "$here" && mvn -B -q -DskipTests -pl peninsula-cli -am package)
dir="$(mktemp -d)"
python3 - "$dir" "${sizes[@]}" <<'PY'
import random, sys
d = sys.argv[1]
for n in map(int, sys.argv[2:]):
    for k in range(3):
        r = random.Random(1000 * n + k)
        A = [[r.randint(0, 99) for j in range(n)] for i in range(n)]
        B = [[r.randint(0, 99) for j in range(n)] for i in range(n)]
        with open(f'{d}/g{n}_{k}.nfg', 'w') as f:
            f.write(f'NFG 1 R "random {n}x{n} #{k}" {{ "1" "2" }} {{ {n} {n} }}\n\n')
            f.write(' '.join(f'{A[i][j]} {B[i][j]}' for j in range(n) for i in range(n)) + '\n')
        with open(f'{d}/g{n}_{k}.lrs', 'w') as f:
            f.write(f'{n} {n}\n\n' + '\n'.join(' '.join(map(str, row)) for row in A) + '\n\n'
                    + '\n'.join(' '.join(map(str, row)) for row in B) + '\n')
PY
cpu() { /usr/bin/time -f '%U %S' -o "$dir/t" "$@" >"$dir/out" 2>/dev/null; awk '{printf "%.2f", $1 + $2}' "$dir/t"; }
echo "# $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
printf '%-8s %8s %8s %8s   %12s %12s %12s\n' game gambit_eq lrs_eq our_eq gambit_cpu_s lrs_cpu_s our_cpu_s
for f in "$dir"/g*.nfg; do
  g="$(basename "$f" .nfg)"
  tg=$(cpu "$gb/gambit-enummixed" -q "$f"); sort "$dir/out" >"$dir/g.ne"; ng=$(wc -l <"$dir/g.ne")
  tl=$(cpu lrsnash "$dir/$g.lrs"); nl=$(grep -o 'equilibria found: [0-9]*' "$dir/out" | grep -o '[0-9]*$')
  to=$(cpu java -jar "$jar" game solve "$f" --method enummixed); sort "$dir/out" >"$dir/o.ne"; no=$(wc -l <"$dir/o.ne")
  same=$(cmp -s "$dir/g.ne" "$dir/o.ne" && echo "same set as Gambit" || echo "DIFFERENT from Gambit")
  printf '%-8s %8s %8s %8s   %12s %12s %12s   %s\n' "$g" "$ng" "$nl" "$no" "$tg" "$tl" "$to" "$same"
done
rm -rf "$dir"
