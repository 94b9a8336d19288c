#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Audience Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the test workbooks of this folder with nothing but the standard library, so that
every kind of cell XlsxReader handles is there on purpose (see ../README.md, "xlsx/"):
generated.xlsx (1900 dates, two sheets), generated_1904.xlsx (the 1904 date system),
stray_cell.xlsx (a value right of the header's columns),
old.xls (an Office 97-2003 file's start) and encrypted.xlsx (a password-protected one's).
Run it from anywhere; the files are committed, so the tests do not need Python."""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
# A fixed time for every ZIP entry: the files come out byte for byte the same each run.
STAMP = (2026, 1, 1, 0, 0, 0)

# Cell styles (cellXfs): 0 General, 1 built-in date (14), 2 a custom date-time, 3 a number
# format with "days" in quotes (not a date), 4 [Red] in brackets (not a date).
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN_NS}">
<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd hh:mm"/>
<numFmt numFmtId="165" formatCode="0.0&quot; days&quot;"/><numFmt numFmtId="166" formatCode="[Red]0.00"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""


def entry(zf, name, text):
    info = zipfile.ZipInfo(name, STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(info, text.encode("utf-8"))


def write_workbook(path, sheets, shared, date1904=False):
    """sheets: [(name, rows XML)]; shared: the shared strings, <si> bodies."""
    with zipfile.ZipFile(path, "w") as zf:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(sheets) + 1))
        entry(zf, "[Content_Types].xml", f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
{overrides}
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>""")
        entry(zf, "_rels/.rels", f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>""")
        sheet_list = "".join(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>'
                             for i, (name, _) in enumerate(sheets, 1))
        pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
        entry(zf, "xl/workbook.xml", f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">{pr}<sheets>{sheet_list}</sheets></workbook>""")
        rels = "".join(f'<Relationship Id="rId{i}" Type="{REL_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                       for i in range(1, len(sheets) + 1))
        n = len(sheets)
        entry(zf, "xl/_rels/workbook.xml.rels", f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL_NS}">{rels}<Relationship Id="rId{n + 1}" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId{n + 2}" Type="{REL_NS}/styles" Target="/xl/styles.xml"/></Relationships>""")
        sis = "".join(f"<si>{s}</si>" for s in shared)
        entry(zf, "xl/sharedStrings.xml", f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="{MAIN_NS}" count="{len(shared)}" uniqueCount="{len(shared)}">{sis}</sst>""")
        entry(zf, "xl/styles.xml", STYLES)
        for i, (_, rows) in enumerate(sheets, 1):
            entry(zf, f"xl/worksheets/sheet{i}.xml", f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><dimension ref="A1:G9"/><sheetData>
{rows}
</sheetData></worksheet>""")


# Shared strings: 0 id, 1 name, 2 score, 3 active, 4 joined, 5 seen, 6 note, 7 "007", 8 Bob,
# 9 u2, 10 u3, 11 u4, 12 u5, 13 rich text "Eve " + "Smith", with a phonetic hint, 14 city,
# 15 x1, 16 Paris, 17 x2, 18 Lyon, 19 u6
SHARED = ["<t>id</t>", "<t>name</t>", "<t>score</t>", "<t>active</t>", "<t>joined</t>",
          "<t>seen</t>", "<t>note</t>", "<t>007</t>", "<t>Bob</t>", "<t>u2</t>", "<t>u3</t>",
          "<t>u4</t>", "<t>u5</t>",
          '<r><t xml:space="preserve">Eve </t></r><r><rPr><b/></rPr><t>Smith</t></r><rPh sb="0" eb="1"><t>ive</t></rPh>',
          "<t>city</t>", "<t>x1</t>", "<t>Paris</t>", "<t>x2</t>", "<t>Lyon</t>", "<t>u6</t>"]


def s(ref, index, style=None):
    st = f' s="{style}"' if style is not None else ""
    return f'<c r="{ref}" t="s"{st}><v>{index}</v></c>'


def n(ref, value, style=None):
    st = f' s="{style}"' if style is not None else ""
    return f'<c r="{ref}"{st}><v>{value}</v></c>'


CONTACTS = "\n".join([
    # The header, all shared strings.
    '<row r="1">' + "".join(s(f"{c}1", i) for i, c in enumerate("ABCDEFG")) + "</row>",
    # Leading zeros kept (a text cell), rich inline text, an integer, TRUE, a date, a
    # date-time, a formula's string result.
    '<row r="2">' + s("A2", 7)
    + '<c r="B2" t="inlineStr"><is><r><t xml:space="preserve">Ada </t></r><r><t>Lovelace</t></r></is></c>'
    + n("C2", "12") + '<c r="D2" t="b"><v>1</v></c>' + n("E2", "45352", 1)
    + n("F2", "45352.5", 2) + '<c r="G2" t="str"><f>"o"&amp;"k"</f><v>ok</v></c></row>',
    # Float noise, FALSE, the day after Lotus' 1900-02-29, serial 1, quotes in a format.
    '<row r="3">' + s("A3", 9) + s("B3", 8) + n("C3", "0.10000000000000001")
    + '<c r="D3" t="b"><v>0</v></c>' + n("E3", "61", 1) + n("F3", "1", 2)
    + n("G3", "2.5", 3) + "</row>",
    # Gaps: no B, D, E, F; a negative number; a comma in an inline string.
    '<row r="4">' + s("A4", 10) + n("C4", "-5.5")
    + '<c r="G4" t="inlineStr"><is><t>with, comma</t></is></c></row>',
    # An error cell: the row is rejected, at C5.
    '<row r="5">' + s("A5", 11) + s("B5", 13) + '<c r="C5" t="e"><v>#DIV/0!</v></c></row>',
    # Row 6 absent; row 7 formatted but empty: both skipped.
    '<row r="7"><c r="A7" s="1"/><c r="B7" s="1"/></row>',
    # Cells without r (they follow on), an exponent in [Red] (not a date), a big integer.
    '<row r="8"><c t="s"><v>12</v></c><c/><c s="4"><v>3.14E-2</v></c>'
    + n("G8", "1234567890123") + "</row>",
    # Lotus' 1900-02-29 itself, and a time of day alone.
    '<row r="9">' + s("A9", 19) + n("E9", "60", 1) + n("F9", "0.75", 2) + "</row>",
])

OTHER = "\n".join([
    '<row r="1">' + s("A1", 0) + s("B1", 14) + "</row>",
    '<row r="2">' + s("A2", 15) + s("B2", 16) + "</row>",
    '<row r="3">' + s("A3", 17) + s("B3", 18) + "</row>",
])

DATES_1904 = "\n".join([
    '<row r="1">' + s("A1", 0) + s("B1", 4) + s("C1", 5) + "</row>",
    # 1904 serial 0 is 1904-01-01; 43890 is 2024-03-01 (2020-02-28 in the 1900 system);
    # 43890.25 adds 06:00; 1.5 is 1904-01-02T12:00.
    '<row r="2">' + s("A2", 9) + n("B2", "0", 1) + n("C2", "43890.25", 2) + "</row>",
    '<row r="3">' + s("A3", 10) + n("B3", "43890", 1) + n("C3", "1.5", 2) + "</row>",
])


# A value past the header's last column (D2, the header ends at B): that row is an issue.
STRAY = "\n".join([
    '<row r="1">' + s("A1", 0) + s("B1", 14) + "</row>",
    '<row r="2">' + s("A2", 15) + s("B2", 16) + '<c r="D2" t="inlineStr"><is><t>stray</t></is></c></row>',
    '<row r="3">' + s("A3", 17) + s("B3", 18) + "</row>",
])


def main():
    write_workbook(os.path.join(HERE, "generated.xlsx"),
                   [("Contacts", CONTACTS), ("Other sheet", OTHER)], SHARED)
    write_workbook(os.path.join(HERE, "generated_1904.xlsx"), [("Dates", DATES_1904)], SHARED,
                   date1904=True)
    write_workbook(os.path.join(HERE, "stray_cell.xlsx"), [("Data", STRAY)], SHARED)
    # An OLE compound file's signature, then zeros: what an .xls starts with.
    with open(os.path.join(HERE, "old.xls"), "wb") as f:
        f.write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(1016))
    # The same, with the directory entries a password-protected workbook has.
    with open(os.path.join(HERE, "encrypted.xlsx"), "wb") as f:
        f.write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504))
        for name in ("EncryptionInfo", "EncryptedPackage"):
            raw = name.encode("utf-16-le")
            f.write(raw + bytes(128 - len(raw)))
        f.write(bytes(256))


if __name__ == "__main__":
    main()
