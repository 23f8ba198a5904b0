#!/usr/bin/env python3
"""Print the `indicators:` YAML block of a state actor from the bundled data subsets.

    python3 tools/scenario-indicators.py CCODE FIRST_YEAR LAST_YEAR [SOURCE_ID]

Reads only peninsula-formats/src/main/resources/io/peninsula/data/*.csv (the derived subsets), so
the indicators written into a scenario can be regenerated and are checked by
ScenarioDataConsistencyTest. milex = SIPRI (current US$ millions), cinc = COW NMC v6.0,
warheads = FAS/OWID; a year without any of the three is skipped.
"""
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "peninsula-formats", "src", "main", "resources", "io", "peninsula", "data")


def column(name, value_col):
    with open(os.path.join(DATA, name), newline="", encoding="utf-8") as f:
        return {(int(r["ccode"]), int(r["year"])): r[value_col] for r in csv.DictReader(f)}


def main():
    ccode, first, last = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    src = sys.argv[4] if len(sys.argv) > 4 else "peninsula-data"
    milex = column("sipri-milex-subset.csv", "milex_usd_millions_current")
    cinc = column("nmc-v6-subset.csv", "cinc")
    warheads = column("fas-warheads-subset.csv", "warheads")
    print("    indicators:")
    for y in range(first, last + 1):
        parts = [f"year: {y}"]
        if (ccode, y) in milex:
            parts.append(f"milex: {milex[(ccode, y)]}")
        if (ccode, y) in cinc:
            parts.append(f"cinc: {cinc[(ccode, y)]}")
        if (ccode, y) in warheads:
            parts.append(f"warheads: {warheads[(ccode, y)]}")
        if len(parts) > 1:
            parts.append(f"source: {src}")
            print("      - {" + ", ".join(parts) + "}")


if __name__ == "__main__":
    main()
