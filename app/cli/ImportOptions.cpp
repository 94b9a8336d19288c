// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportOptions.h"

#include "CliSession.h"
#include "csv/RecordSource.h"
#include "import/ImportDraft.h"
#include "import/ImportJob.h"
#include "xlsx/FileKind.h"

#include <QCoreApplication>
#include <QSet>

std::optional<ColumnMapping::Attribute> ImportOptions::parseAttribute(const QString &spec,
                                                                      QString *error)
{
    QString rest = spec;
    QString name;
    const qsizetype eq = rest.lastIndexOf(QLatin1Char('='));
    if (eq >= 0) {
        name = rest.mid(eq + 1);
        rest.truncate(eq);
    }
    const QStringList parts = rest.split(QLatin1Char(':'));
    ColumnMapping::Attribute a;
    a.column = parts.value(0);
    if (a.column.isEmpty()) {
        *error = tr("--attr %1: no column").arg(spec);
        return std::nullopt;
    }
    if (parts.size() > 1) {
        const auto type = attributeTypeFromName(parts.at(1));
        if (!type) {
            *error = tr("--attr %1: unknown type \"%2\" (string, int, float, bool, date, url)")
                         .arg(spec, parts.at(1));
            return std::nullopt;
        }
        a.type = *type;
    }
    if (parts.size() > 2)
        a.dateFormat = parts.mid(2).join(QLatin1Char(':'));
    a.name = name.isEmpty() ? ColumnMapping::attributeNameFromHeader(a.column) : name;
    return a;
}

ColumnMapping::TagColumn ImportOptions::parseTagColumn(const QString &spec)
{
    ColumnMapping::TagColumn t;
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    t.column = colon < 0 ? spec : spec.left(colon);
    if (colon >= 0)
        t.separator = spec.mid(colon + 1);
    return t;
}

std::optional<ColumnMapping> ImportOptions::mapping(const QCommandLineParser &p,
                                                    const QString &csvPath, QString *error,
                                                    const std::atomic<bool> *cancel)
{
    ColumnMapping m;
    const bool fromFile = p.isSet(QStringLiteral("mapping"));
    if (fromFile) {
        QString why;
        auto loaded = ColumnMapping::load(p.value(QStringLiteral("mapping")), &why);
        if (!loaded) {
            *error = tr("mapping file %1: %2").arg(p.value(QStringLiteral("mapping")), why);
            return std::nullopt;
        }
        m = *loaded;
    }
    if (p.isSet(QStringLiteral("encoding"))) {
        bool ok = false;
        csvEncodingFromName(p.value(QStringLiteral("encoding")), &ok);
        if (!ok) {
            *error = tr("--encoding must be auto, utf-8, utf-16 or windows-1252");
            return std::nullopt;
        }
        m.encoding = p.value(QStringLiteral("encoding"));
    }
    if (p.isSet(QStringLiteral("delimiter"))) {
        const QString d = p.value(QStringLiteral("delimiter"));
        if (d != u"auto" && d != u"," && d != u";" && d != u"tab" && d != u"|" && d != u"\t") {
            *error = tr("--delimiter must be auto, \",\", \";\", tab or \"|\"");
            return std::nullopt;
        }
        m.delimiter = d;
    }
    // A workbook has no encoding or delimiter to choose: saying one is a mistake (the wrong
    // file?), told rather than ignored. --sheet is for workbooks only, likewise.
    const bool workbook = FileKind::isWorkbook(csvPath);
    if (workbook && (p.isSet(QStringLiteral("encoding")) || p.isSet(QStringLiteral("delimiter")))) {
        *error = tr("--encoding and --delimiter are for CSV files; %1 is an Excel workbook "
                    "(--sheet NAME chooses its sheet)")
                     .arg(csvPath);
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("sheet"))) {
        if (!workbook) {
            *error = tr("--sheet is for Excel workbooks (.xlsx); %1 is read as CSV").arg(csvPath);
            return std::nullopt;
        }
        m.sheet = p.value(QStringLiteral("sheet"));
    }
    if (p.isSet(QStringLiteral("no-header")))
        m.hasHeader = false;
    if (p.isSet(QStringLiteral("decimal-comma")))
        m.decimalComma = true;
    if (p.isSet(QStringLiteral("id-column")))
        m.idColumn = p.value(QStringLiteral("id-column"));
    for (const QString &spec : p.values(QStringLiteral("tags-column")))
        m.tagColumns.append(parseTagColumn(spec));
    m.constantTags += p.values(QStringLiteral("tag"));

    const QStringList attrs = p.values(QStringLiteral("attr"));
    if (!attrs.isEmpty()) {
        m.attributes.clear();
        for (const QString &spec : attrs) {
            auto a = parseAttribute(spec, error);
            if (!a)
                return std::nullopt;
            m.attributes.append(*a);
        }
        return m;
    }
    if (fromFile)
        return m;
    if (!p.isSet(QStringLiteral("all-strings"))) {
        // As the wizard decides it: a file it cannot read is left to the check, which says
        // why with its exit code.
        if (auto decided = decide(m, csvPath, p.isSet(QStringLiteral("no-header")),
                                  p.isSet(QStringLiteral("decimal-comma"))))
            return decided;
    }
    // --all-strings: every column but the ID and tag columns is a string attribute.
    const std::unique_ptr<RecordSource> reader = RecordSource::forFile(csvPath);
    if (!reader->open(csvPath)) {
        *error = reader->errorString();
        return std::nullopt;
    }
    reader->detect(ImportJob::formatFor(m));
    if (reader->isRefused() && !m.sheet.isEmpty() && !reader->sheets().isEmpty()) {
        *error = reader->errorString(); // no such sheet
        return std::nullopt;
    }
    // Interrupted part-way, the mapping is incomplete: the caller sees the same flag
    // and stops before anything is sent (the check it starts is cancelled at once).
    m.addDefaultAttributes(reader->header(), cancel ? cancel : CliSession::interruptFlag());
    return m;
}

std::optional<ColumnMapping> ImportOptions::decide(const ColumnMapping &given,
                                                   const QString &csvPath, bool headerChosen,
                                                   bool decimalComma)
{
    ImportDraft draft = ImportDraft::inspect(csvPath, ImportJob::formatFor(given), headerChosen);
    if (!draft.isReady())
        return std::nullopt;
    draft.decideMapping(std::nullopt);
    ColumnMapping m = draft.mapping; // the detected format, the ID column, types and tags
    m.constantTags = given.constantTags;
    if (decimalComma)
        m.decimalComma = true;
    const QStringList &header = draft.preview.header;
    const ColumnIndex columns(header);
    // A reference to no column is left to the check, which names it with the column count.
    if (!given.idColumn.isEmpty() && columns.resolve(given.idColumn) < 0)
        return std::nullopt;
    for (const ColumnMapping::TagColumn &t : given.tagColumns) {
        if (columns.resolve(t.column) < 0)
            return std::nullopt;
    }
    if (!given.idColumn.isEmpty() && given.idColumn != m.idColumn) {
        const QString guessed = m.idColumn;
        m.idColumn = given.idColumn;
        m = m.laidOutFor(header); // the chosen column leaves the attributes
        for (ColumnMapping::Attribute &a : m.attributes) {
            if (a.column == guessed) // the guessed one joins them, as text, if there is room
                a.included = m.includedAttributeCount() < ColumnMapping::maxAttributes;
        }
    }
    if (!given.tagColumns.isEmpty()) {
        m.tagColumns = given.tagColumns;
        QSet<int> tagged;
        for (const ColumnMapping::TagColumn &t : std::as_const(m.tagColumns))
            tagged.insert(columns.resolve(t.column));
        for (ColumnMapping::Attribute &a : m.attributes) {
            if (tagged.contains(columns.resolve(a.column)))
                a.included = false;
        }
    }
    return m;
}
