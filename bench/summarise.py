#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Audience Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Summarises bench/run's measurements: median and min–max of wall time, CPU time
(user + system) and peak RSS per tool, the per-round ratios against the CLI (their
median), the issue's targets as PASS or MISS, and a Markdown table for the README.

usage: summarise.py RESULTS.tsv ROWS FILE_BYTES CLI_ONLY(true|false) DIGESTS IDENTICAL
RESULTS.tsv: one line per run: round, tool, wall s, user s, system s, peak RSS KiB.
DIGESTS: how many different outputs the CLI's runs gave (1 is right).
IDENTICAL: yes, no, or empty (no reference CLI given).
"""
import statistics
import sys
from collections import defaultdict

NAMES = {
    "cli": "`audience-desk-cli import --dry-run`",
    "python": "Python `csv` + `json` (`bench/reference_import.py`)",
    "miller": "Miller `mlr --icsv --ojson cat`",
}


def spread(values, fmt):
    """median (min–max)"""
    return f"{fmt(statistics.median(values))} ({fmt(min(values))}–{fmt(max(values))})"


def main() -> None:
    path, rows, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    cli_only, digests, identical = sys.argv[4] == "true", int(sys.argv[5]), sys.argv[6]
    runs = defaultdict(dict)  # round -> tool -> (wall, cpu, rss MB)
    for line in open(path):
        rnd, tool, wall, user, sys_, kb = line.split()
        runs[int(rnd)][tool] = (float(wall), float(user) + float(sys_), int(kb) / 1024)
    tools = [t for t in NAMES if any(t in r for r in runs.values())]
    col = {t: [r[t] for r in runs.values() if t in r] for t in tools}

    def seconds(v):
        return f"{v:.2f}"

    def megabytes(v):
        return f"{v:.0f}"

    print()
    print(f"| {rows:,} rows ({size / 1e6:.0f} MB, 8 columns, 2 % duplicate IDs), "
          f"median of {len(runs)} (min–max) | wall s | CPU s (user+sys) | peak RSS MB |")
    print("|---|---|---|---|")
    for t in tools:
        walls, cpus, rss = zip(*col[t])
        print(f"| {NAMES[t]} | {spread(walls, seconds)} | {spread(cpus, seconds)} "
              f"| {spread(rss, megabytes)} |")
    print()

    checks = []  # (what, measured, target, ok)
    cli_wall = statistics.median(w for w, _, _ in col["cli"])
    cli_rss = max(r for _, _, r in col["cli"])
    for t, target in (("python", 25.0), ("miller", 4.0)):
        if t not in tools:
            if not cli_only:
                checks.append((f"wall time vs {t}", "not measured", f">= {target:g}x", None))
            continue
        ratios = [r[t][0] / r["cli"][0] for r in runs.values() if t in r and "cli" in r]
        cpu = [r[t][1] / r["cli"][1] for r in runs.values() if t in r and "cli" in r]
        med = statistics.median(ratios)
        checks.append((f"wall time vs {t} (per round)",
                       f"{med:.1f}x ({min(ratios):.1f}–{max(ratios):.1f}); "
                       f"CPU time {statistics.median(cpu):.1f}x",
                       f">= {target:g}x", med >= target))
    if cli_only:
        checks.append(("CLI wall time, median", f"{cli_wall:.2f} s", "<= 6 s", cli_wall <= 6.0))
        checks.append(("CLI peak RSS, largest", f"{cli_rss:.0f} MB", "<= 1024 MB",
                       cli_rss <= 1024))
    else:
        limit = 3 * size / 2**20
        checks.append(("CLI peak RSS, largest", f"{cli_rss:.0f} MB",
                       f"<= 3x the file ({limit:.0f} MB)", cli_rss <= limit))
    checks.append(("CLI output the same in every run", "yes" if digests == 1 else "NO",
                   "yes", digests == 1))
    if identical:
        checks.append(("CLI output identical to AD_BENCH_REFERENCE_CLI's", identical, "yes",
                       identical == "yes"))
    for what, measured, target, ok in checks:
        verdict = "SKIP" if ok is None else "PASS" if ok else "MISS"
        print(f"{verdict:<5} {what}: {measured} (target {target})")
    if len(runs) < 5:
        rounds = f"{len(runs)} round" + ("s" if len(runs) != 1 else "")
        print(f"(only {rounds}: the README's figures are medians of 5)")
    # A measurement, not a test: only a wrong output fails.
    sys.exit(1 if digests != 1 or identical == "no" else 0)


if __name__ == "__main__":
    main()
