#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Audience Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic marketer CSV: install ID and seven typed columns, one of them tags.

usage: gen_csv.py ROWS OUT.csv
Deterministic (seeded), so runs are comparable.
"""
import random
import sys


def main() -> None:
    rows, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(42)
    first_names = ["Alice", "Bruno", "Chloé", "Dmitri", "Emma", "Farid", "Gaëlle", "Hugo"]
    tag_pool = ["vip", "newsletter", "promo", "cart", "loyal", "beta", "fr", "de", "us"]
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("install_id,first_name,age,score,vip,signup,website,tags\r\n")
        for i in range(rows):
            tags = "|".join(rng.sample(tag_pool, rng.randint(0, 3)))
            f.write(
                f"{i:08d}-{rng.getrandbits(32):08x},{rng.choice(first_names)},"
                f"{rng.randint(18, 90)},{rng.random() * 100:.3f},"
                f"{'true' if rng.random() < 0.2 else 'false'},"
                f"20{rng.randint(10, 25):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d},"
                f"https://example.com/u/{i},{tags}\r\n"
            )


if __name__ == "__main__":
    main()
