#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Audience Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic marketer workbook (.xlsx), the rows of gen_csv.py as Excel stores them:
install IDs and names as shared strings (the table the reader must hold), ages and scores
as numbers, vip as booleans, signup as date serials in a date style, websites as inline
strings, tags as shared strings. Standard library only; the sheet is streamed to the ZIP.

usage: gen_xlsx.py ROWS OUT.xlsx
Deterministic (seeded, the same draws as gen_csv.py without its repeated IDs: its
DUPLICATE_SHARE 0). To measure against the CSV:
  python3 bench/gen_csv.py 1000000 /tmp/b.csv 0; python3 bench/gen_xlsx.py 1000000 /tmp/b.xlsx
  /usr/bin/time -v build/bin/audience-desk-cli import a --file /tmp/b.xlsx --attr first_name \\
      --attr age:int --attr score:float --attr vip:bool --attr signup:date \\
      --attr website:url --tags-column tags --dry-run --out /tmp/b-out
"""
import datetime
import random
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
EPOCH = datetime.date(1899, 12, 30)  # serial 61 and on (the 1900 system)


def xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def col(i):
    return "ABCDEFGH"[i]


def main() -> None:
    rows, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(42)
    first_names = ["Alice", "Bruno", "Chloé", "Dmitri", "Emma", "Farid", "Gaëlle", "Hugo"]
    tag_pool = ["vip", "newsletter", "promo", "cart", "loyal", "beta", "fr", "de", "us"]
    header = ["install_id", "first_name", "age", "score", "vip", "signup", "website", "tags"]
    shared, index = [], {}

    def sst(text):
        if text not in index:
            index[text] = len(shared)
            shared.append(text)
        return index[text]

    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            buf = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   f'<worksheet xmlns="{MAIN}"><sheetData>']
            buf.append('<row r="1">' + "".join(
                f'<c r="{col(i)}1" t="s"><v>{sst(h)}</v></c>' for i, h in enumerate(header))
                + "</row>")
            for i in range(rows):
                r = i + 2
                tags = "|".join(rng.sample(tag_pool, rng.randint(0, 3)))
                install = f"{i:08d}-{rng.getrandbits(32):08x}"
                name = rng.choice(first_names)
                age = rng.randint(18, 90)
                score = round(rng.random() * 100, 3)
                vip = 1 if rng.random() < 0.2 else 0
                signup = datetime.date(2000 + rng.randint(10, 25), rng.randint(1, 12),
                                       rng.randint(1, 28))
                cells = (f'<c r="A{r}" t="s"><v>{sst(install)}</v></c>'
                         f'<c r="B{r}" t="s"><v>{sst(name)}</v></c>'
                         f'<c r="C{r}"><v>{age}</v></c><c r="D{r}"><v>{score}</v></c>'
                         f'<c r="E{r}" t="b"><v>{vip}</v></c>'
                         f'<c r="F{r}" s="1"><v>{(signup - EPOCH).days}</v></c>'
                         f'<c r="G{r}" t="inlineStr"><is><t>https://example.com/u/{i}</t></is></c>')
                if tags:
                    cells += f'<c r="H{r}" t="s"><v>{sst(tags)}</v></c>'
                buf.append(f'<row r="{r}">{cells}</row>')
                if len(buf) >= 10000:
                    sheet.write("".join(buf).encode())
                    buf = []
            buf.append("</sheetData></worksheet>")
            sheet.write("".join(buf).encode())
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    f'<sst xmlns="{MAIN}" uniqueCount="{len(shared)}">'.encode())
            for start in range(0, len(shared), 10000):
                f.write("".join(f"<si><t>{xml_escape(s)}</t></si>"
                                for s in shared[start:start + 10000]).encode())
            f.write(b"</sst>")
        zf.writestr("[Content_Types].xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT}.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="{CT}.styles+xml"/></Types>""")
        zf.writestr("_rels/.rels", f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                    f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        zf.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
                    f'<sheet name="Segment" sheetId="1" r:id="rId1"/></sheets></workbook>')
        zf.writestr("xl/_rels/workbook.xml.rels", f"""<Relationships xmlns="{PKG}">
<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/></Relationships>""")
        zf.writestr("xl/styles.xml", f'<styleSheet xmlns="{MAIN}"><cellXfs count="2">'
                    '<xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
                    "</styleSheet>")


if __name__ == "__main__":
    main()
