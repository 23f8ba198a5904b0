#!/usr/bin/env python3
"""Runs the CLI commands pasted in the docs and reports the blocks whose output no longer matches.

A command is a line of a fenced block that starts with "$ peninsula" or "$ ./peninsula"; its
expected output is the lines after it, up to the next "$ " line or the end of the block. Each
command runs from the repository root with bash (pipes and redirections as written), "peninsula"
replaced by "./peninsula", the JVM's user.home set to a scratch folder (so runs go to a scratch
store), stdout and stderr merged. Other "$ " lines of the block (setup such as printf > file) run
first, unchecked. `serve` (a server that does not exit) is skipped, a command using a shell variable the block does not set is skipped, and one naming a stored run's id is skipped (ids differ on every run). Lines that differ on every run are ignored on both sides: run ids and the
"run … stored" line, progress lines, wall-clock seconds, timestamps.

  tools/check-docs.py [FILE.md ...]     # default: README.md and docs/**/*.md

Exit 1 when a block differs (each is printed with a unified diff), 0 otherwise. Commands that read
../shared are skipped when it is absent.
"""
import difflib
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

VOLATILE = [
    re.compile(r"^run \S+ stored in .*"),
    re.compile(r"^(montecarlo|sensitivity|simulate|sweep|backtest): \d+/\d+ .*"),
    re.compile(r"\b\d{8}-\d{6}-[0-9a-f]{4}\b"),
    re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"),
    re.compile(r"\b\d+(\.\d+)? s\b( wall| CPU)?"),
    re.compile(r"/tmp/\S+"),
]


def normalise(lines):
    out = []
    for line in lines:
        line = line.rstrip()
        if VOLATILE[0].match(line) or VOLATILE[1].match(line):
            continue
        for p in VOLATILE[2:]:
            line = p.sub("<v>", line)
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def blocks(path):
    """(line number, command, expected output lines, setup commands before it) for each documented command in path."""
    text = open(path, encoding="utf-8").read().split("\n")
    inside = False
    current = None
    setup = []
    for n, line in enumerate(text, 1):
        if line.lstrip().startswith("```"):
            if inside and current:
                yield current
            inside = not inside
            current = None
            setup = []
            continue
        if not inside:
            continue
        if line.startswith("$ "):
            if current:
                yield current
            cmd = line[2:]
            if re.match(r"(\./)?peninsula\b", cmd):
                current = (n, cmd, [], list(setup))
            else:
                current = None
                setup.append(cmd)
        elif current:
            current[2].append(line)


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    os.chdir(root)
    files = argv or ["README.md"] + sorted(glob.glob("docs/**/*.md", recursive=True))
    shared = os.path.isdir(os.path.join(root, "..", "shared"))
    bad = 0
    total = 0
    home = tempfile.mkdtemp(prefix="peninsula-docs-")
    env = dict(os.environ, PENINSULA_JAVA_OPTS=(os.environ.get("PENINSULA_JAVA_OPTS", "") + " -Duser.home=" + home).strip())
    for f in files:
        for n, cmd, expected, setup in blocks(f):
            if re.match(r"(\./)?peninsula\s+serve\b", cmd):
                print(f"skip {f}:{n} (starts a server): {cmd}")
                continue
            if re.search(r"\$\{?\w", cmd) and not any(re.match(r"\w+=", x) for x in setup):
                print(f"skip {f}:{n} (uses a shell variable set outside the block): {cmd}")
                continue
            if VOLATILE[2].search(cmd):
                print(f"skip {f}:{n} (names a stored run): {cmd}")
                continue
            for s in setup:
                subprocess.run(["bash", "-c", s], capture_output=True, env=env)
            if "../shared" in cmd and not shared:
                print(f"skip {f}:{n} (needs ../shared): {cmd}")
                continue
            total += 1
            run = re.sub(r"^(\./)?peninsula\b", "./peninsula", cmd)
            run = re.sub(r"\| *(\./)?peninsula\b", "| ./peninsula", run)
            before = set(os.listdir(root))
            p = subprocess.run(["bash", "-c", run], capture_output=True, text=True, env=env)
            for new in set(os.listdir(root)) - before:  # files a command wrote (e.g. --out brief.html)
                target = os.path.join(root, new)
                shutil.rmtree(target) if os.path.isdir(target) else os.remove(target)
            got = normalise((p.stdout + p.stderr).split("\n"))
            want = normalise(expected)
            if got != want:
                bad += 1
                print(f"DIFFERS {f}:{n}: {cmd}")
                for d in list(difflib.unified_diff(want, got, "documented", "program", lineterm="", n=1))[:40]:
                    print("    " + d)
    print(f"{total - bad} of {total} documented commands match")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
