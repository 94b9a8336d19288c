#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Audience Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic marketer CSV: install ID and seven typed columns, one of them tags.

usage: gen_csv.py ROWS OUT.csv [DUPLICATE_SHARE]
Deterministic (seeded), so runs are comparable. DUPLICATE_SHARE (default 0.02, as in the
issue's measurements) of the rows repeat the install ID of an earlier row, whose entry
they then replace (the last occurrence wins), so the duplicate pass is timed too; 0 gives
the older file with unique IDs. The repeats are drawn from a random generator of their
own: every other value is the same as in that older file.
"""
import random
import sys
from array import array


def main() -> None:
    rows, out = int(sys.argv[1]), sys.argv[2]
    share = float(sys.argv[3]) if len(sys.argv) > 3 else 0.02
    rng = random.Random(42)
    repeats = random.Random(7)
    suffixes = array("L")  # each row's random ID part, to repeat an earlier ID
    first_names = ["Alice", "Bruno", "Chloé", "Dmitri", "Emma", "Farid", "Gaëlle", "Hugo"]
    tag_pool = ["vip", "newsletter", "promo", "cart", "loyal", "beta", "fr", "de", "us"]
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("install_id,first_name,age,score,vip,signup,website,tags\r\n")
        for i in range(rows):
            tags = "|".join(rng.sample(tag_pool, rng.randint(0, 3)))
            suffixes.append(rng.getrandbits(32))
            n = i
            if i > 0 and repeats.random() < share:
                n = repeats.randrange(i)
            f.write(
                f"{n:08d}-{suffixes[n]:08x},{rng.choice(first_names)},"
                f"{rng.randint(18, 90)},{rng.random() * 100:.3f},"
                f"{'true' if rng.random() < 0.2 else 'false'},"
                f"20{rng.randint(10, 25):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d},"
                f"https://example.com/u/{i},{tags}\r\n"
            )


if __name__ == "__main__":
    main()
