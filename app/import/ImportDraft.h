// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ColumnMapping.h"
#include "CsvPreview.h"
#include "ImportJob.h"

#include <QCoreApplication>
#include <optional>

// What the import wizard decides on its own for a file before the user looks at it: the
// format as detected, the mapping guessed from the first rows (or the one last used for the
// audience), and every doubt that needs the user, by the page that settles it. A file
// without a doubt whose whole-file check is clean goes from the File page straight to the
// Target page; any doubt walks the pages, each saying why it is shown. A problem that no
// choice can mend (not text, empty, no rows) keeps the wizard on the File page.
class ImportDraft
{
    Q_DECLARE_TR_FUNCTIONS(ImportDraft)
public:
    enum class Step { Format, Mapping, Validation };
    struct Doubt
    {
        Step step;
        QString reason; // a sentence, for the page and the File page's list
    };

    // In a worker thread: the start of the file read with `requested` (its Auto fields
    // detected; `headerChosen`: the header row was the user's choice, not the default), and
    // the doubts about how it is read.
    static ImportDraft inspect(const QString &path, const CsvFormat &requested = {},
                               bool headerChosen = false, int maxRows = 100);

    // The mapping for this preview: `recent` (the one last used for the audience, when it
    // fits the header) or the types guessed from the rows, with the preview's format; its
    // doubts replace the Mapping ones.
    void decideMapping(const std::optional<ColumnMapping> &recent);
    // What the whole-file check leaves to the user: an error, rejected rows, warnings, no ID.
    static QList<Doubt> checkDoubts(const ImportJob::Result &result);
    // The preview's format in the mapping's read fields (encoding, delimiter, header, sheet).
    static void applyFormat(ColumnMapping &mapping, const CsvPreview &preview);

    bool isReady() const { return preview.ok && blocking.isEmpty(); }
    QList<Doubt> doubts() const { return formatDoubts + mappingDoubts; }
    QStringList reasons(Step step) const;

    QString path;
    CsvPreview preview;
    QString blocking; // why the file cannot be imported at all; empty: it can
    QString note; // said on the File page without stopping anything (one line, no rows)
    QList<Doubt> formatDoubts;
    ColumnMapping mapping; // after decideMapping()
    bool fromRecent = false; // mapping is the one last used for the audience
    QList<Doubt> mappingDoubts;
};
