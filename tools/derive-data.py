#!/usr/bin/env python3
"""Derive Peninsula's small, cited data subsets from the public data copies in ../shared/data.

Reproducible: reads only the files named below, writes CSVs into
peninsula-formats/src/main/resources/io/peninsula/data/. Run from the repository root:

    python3 tools/derive-data.py [path/to/shared/data]

Default data path: ../shared/data (or ../../shared/data from a worktree) relative to the
repository root. Rows are sorted so that
re-running the script on the same inputs produces byte-identical files.
"""
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def default_data():
    # ../shared beside the main checkout, ../../shared beside a worktree one level deeper
    for up in (("..",), ("..", "..")):
        cand = os.path.join(ROOT, *up, "shared", "data")
        if os.path.isdir(cand):
            return cand
    sys.exit("shared data not found next to the repository; pass its path as the first argument")


DATA = sys.argv[1] if len(sys.argv) > 1 else default_data()
OUT = os.path.join(ROOT, "peninsula-formats", "src", "main", "resources", "io", "peninsula", "data")

# COW state codes. Region (Korea scenarios) + the European states the europe-2025 scenario uses.
STATES = {
    2: ("USA", "United States"),
    710: ("CHN", "China"),
    740: ("JPN", "Japan"),
    731: ("PRK", "North Korea"),
    732: ("ROK", "South Korea"),
    365: ("RUS", "Russia"),
    200: ("UKG", "United Kingdom"),
    220: ("FRN", "France"),
    255: ("GMY", "Germany"),
    290: ("POL", "Poland"),
    325: ("ITA", "Italy"),
    369: ("UKR", "Ukraine"),
}
REGION = {2, 710, 740, 731, 732, 365}
NMC_YEARS = range(1990, 2017)  # NMC v6.0 ends in 2016

# SIPRI extract country labels -> COW code
SIPRI_NAMES = {
    "USA": 2, "China": 710, "Japan": 740, "Korea, North": 731, "Korea, South": 732,
    "Russia": 365, "UK": 200, "France": 220, "Germany": 255, "Poland": 290, "Italy": 325, "Ukraine": 369,
}
# FAS / OWID country labels -> COW code (the OWID file spells "North  Korea" with two spaces)
FAS_NAMES = {
    "United States": 2, "Russia": 365, "China": 710, "North  Korea": 731, "North Korea": 731,
    "United Kingdom": 200, "France": 220,
}


def write(name, header, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {os.path.relpath(path, ROOT)}")


def nmc():
    rows = []
    with open(os.path.join(DATA, "NMC-60-abridged.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            c, y = int(r["ccode"]), int(r["year"])
            if c in STATES and y in NMC_YEARS:
                rows.append([r["stateabb"], c, y, r["milex"], r["milper"], r["cinc"]])
    rows.sort(key=lambda r: (r[1], r[2]))
    write("nmc-v6-subset.csv", ["stateabb", "ccode", "year", "milex_thousands_usd", "milper_thousands", "cinc"], rows)


def sipri():
    rows = []
    with open(os.path.join(DATA, "sipri-milex-data.csv"), newline="", encoding="latin-1") as f:
        reader = csv.reader(f)
        header = next(reader)
        years = [int(h) for h in header[1:]]
        for r in reader:
            name = r[0].strip()
            if name not in SIPRI_NAMES:
                continue
            c = SIPRI_NAMES[name]
            for y, v in zip(years, r[1:]):
                v = v.strip()
                if v and v not in ("...", "xxx"):
                    rows.append([STATES[c][0], c, y, v])
    rows.sort(key=lambda r: (r[1], r[2]))
    write("sipri-milex-subset.csv", ["state", "ccode", "year", "milex_usd_millions_current"], rows)


def fas():
    rows = []
    with open(os.path.join(DATA, "fas-nuclear-weapons-stockpiles.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = r["country_name"]
            if name in FAS_NAMES and r["nuclear_weapons_stockpile"].strip():
                c = FAS_NAMES[name]
                rows.append([STATES[c][0], c, int(r["year"]), r["nuclear_weapons_stockpile"]])
    rows.sort(key=lambda r: (r[1], r[2]))
    write("fas-warheads-subset.csv", ["state", "ccode", "year", "warheads"], rows)


def atop():
    """One row per (alliance, member from STATES) for alliances in force in 1990 or later."""
    with open(os.path.join(DATA, "atop-4.01-alliance-level.csv"), newline="", encoding="utf-8") as f:
        alliances = {r["atopid"]: r for r in csv.DictReader(f)}
    spans = {}  # (atopid, member) -> [yrent, yrexit]; phases merged; yrexit 0 = still in force
    with open(os.path.join(DATA, "atop-4.01-member-level.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            m = int(r["member"])
            if m not in STATES:
                continue
            ent, ex = int(r["yrent"]), int(r["yrexit"] or 0)
            key = (int(r["atopid"]), m)
            if key in spans:
                old = spans[key]
                old[0] = min(old[0], ent)
                old[1] = 0 if (old[1] == 0 or ex == 0) else max(old[1], ex)
            else:
                spans[key] = [ent, ex]
    region_alliances = {a for (a, m) in spans if m in REGION and (spans[(a, m)][1] == 0 or spans[(a, m)][1] >= 1990)}
    rows = []
    for (a, m), (ent, ex) in spans.items():
        if a not in region_alliances or not (ex == 0 or ex >= 1990):
            continue
        al = alliances[str(a)]
        members = sorted({int(al[k]) for k in al if k.startswith("mem") and k[3:].isdigit() and al[k].strip()})
        rows.append([a, m, STATES[m][0], ent, ex, al["defense"], al["offense"], al["neutral"], al["nonagg"],
                     al["consul"], len(members), " ".join(str(x) for x in members)])
    rows.sort(key=lambda r: (r[0], r[1]))
    write("atop-v4-subset.csv", ["atopid", "member", "member_abb", "yrent", "yrexit", "defense", "offense",
                                 "neutral", "nonagg", "consul", "n_members", "members"], rows)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    nmc()
    sipri()
    fas()
    atop()
