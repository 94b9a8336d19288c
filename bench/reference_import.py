#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Audience Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The same transform as `audience-desk-cli import --dry-run`, with only the standard
library's csv and json: validate every row, last occurrence of an ID wins, write the
Replace body and Update bodies of at most 10,000 IDs each, plus plan.json.
It is the baseline the benchmark compares against, not part of the product.

usage: reference_import.py FILE.csv OUT_DIR
"""
import csv
import json
import os
import re
import sys
from datetime import datetime

CHUNK = 10_000
URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^\s/?#]+[^\s]*$")


def convert(row):
    problems = []
    install_id, first_name, age, score, vip, signup, website, tags = row
    if not install_id:
        problems.append("empty id")
    attrs = {}
    if first_name:
        if len(first_name) > 64:
            problems.append("first_name too long")
        attrs["first_name"] = first_name
    if age:
        try:
            attrs["age"] = int(age)
        except ValueError:
            problems.append("age")
    if score:
        try:
            attrs["score"] = float(score)
        except ValueError:
            problems.append("score")
    if vip:
        v = vip.lower()
        if v in ("true", "yes", "1"):
            attrs["vip"] = True
        elif v in ("false", "no", "0"):
            attrs["vip"] = False
        else:
            problems.append("vip")
    if signup:
        try:
            attrs["date(signup)"] = datetime.fromisoformat(signup).strftime("%Y-%m-%dT%H:%M:%S")
        except ValueError:
            problems.append("signup")
    if website:
        if len(website) > 2048 or not URL.match(website):
            problems.append("website")
        attrs["url(website)"] = website
    tag_list = []
    for t in tags.split("|"):
        t = t.strip().lower()
        if t and t not in tag_list:
            tag_list.append(t)
    entry = {"id": install_id}
    if attrs:
        entry["attributes"] = attrs
    if tag_list:
        entry["tags"] = tag_list
    return entry, problems


def main() -> None:
    path, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    entries = {}
    rejected = read = 0
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for row in reader:
            read += 1
            entry, problems = convert(row)
            if problems:
                rejected += 1
                continue
            entries.pop(entry["id"], None)  # last occurrence wins, at its position
            entries[entry["id"]] = entry
    values = list(entries.values())
    requests = []
    for n, start in enumerate(range(0, len(values), CHUNK), 1):
        chunk = values[start:start + CHUNK]
        if n > 1:
            chunk = [dict(action="add", **e) for e in chunk]
        with open(os.path.join(out, f"payload-{n:04d}.json"), "w") as f:
            json.dump({"ids": chunk}, f, separators=(",", ":"))
        requests.append({"method": "PUT" if n == 1 else "PATCH", "ids": len(chunk)})
    with open(os.path.join(out, "plan.json"), "w") as f:
        json.dump({"requests": requests, "rows_read": read, "valid": len(values),
                   "rejected": rejected}, f)


if __name__ == "__main__":
    main()
