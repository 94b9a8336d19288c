// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/PastedTable.h"

#include "import/ColumnMapping.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Reads the clipboard's text one record at a time, as a spreadsheet copies it.
class RecordReader
{
public:
    explicit RecordReader(QStringView text)
        : m_text(text)
    { }

    // The next record that is not blank; false at the end.
    bool next(QStringList &cells)
    {
        while (m_pos < m_text.size()) {
            cells.clear();
            readRecord(cells);
            if (!isBlank(cells))
                return true;
        }
        return false;
    }

private:
    static bool isBlank(const QStringList &cells)
    {
        for (const QString &c : cells) {
            if (!c.trimmed().isEmpty())
                return false;
        }
        return true;
    }

    void readRecord(QStringList &cells)
    {
        const qsizetype n = m_text.size();
        for (;;) {
            cells << readCell();
            if (m_pos < n && m_text[m_pos] == u'\t') {
                ++m_pos;
                continue;
            }
            if (m_pos < n && m_text[m_pos] == u'\r')
                ++m_pos;
            if (m_pos < n && m_text[m_pos] == u'\n')
                ++m_pos;
            return;
        }
    }

    QString readCell()
    {
        const qsizetype n = m_text.size();
        if (m_pos < n && m_text[m_pos] == u'"') {
            // Quoted by the spreadsheet (a tab, a line end or a quote inside): taken as such
            // only when the closing quote ends the cell; otherwise the quote is text.
            QString cell;
            for (qsizetype j = m_pos + 1; j < n; ++j) {
                if (m_text[j] != u'"') {
                    cell += m_text[j];
                    continue;
                }
                if (j + 1 < n && m_text[j + 1] == u'"') {
                    cell += u'"';
                    ++j;
                    continue;
                }
                if (j + 1 == n || m_text[j + 1] == u'\t' || isLineEnd(m_text[j + 1])) {
                    m_pos = j + 1;
                    return cell;
                }
                break;
            }
        }
        const qsizetype start = m_pos;
        while (m_pos < n && m_text[m_pos] != u'\t' && !isLineEnd(m_text[m_pos]))
            ++m_pos;
        return m_text.mid(start, m_pos - start).toString();
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

void dropTrailingEmpty(QStringList &cells, qsizetype keep)
{
    while (cells.size() > keep && cells.last().isEmpty())
        cells.removeLast();
}

// Quoted when it holds a tab, a line end, a quote or another delimiter the file's reader
// could sniff (, ; |): the file then reads back as these cells, whatever they hold.
void appendCell(QByteArray &out, const QString &cell)
{
    static const QString special = QStringLiteral("\t\r\n\",;|");
    bool quote = false;
    for (QChar c : cell) {
        if (special.contains(c)) {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += cell.toUtf8();
        return;
    }
    out += '"';
    out += QString(cell).replace(QStringLiteral("\""), QStringLiteral("\"\"")).toUtf8();
    out += '"';
}

void appendRecord(QByteArray &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            out += '\t';
        appendCell(out, cells.at(i));
    }
    out += '\n';
}

enum class Shape { Digits, HexAndDashes, Other };

Shape shapeOf(const QString &value)
{
    bool digitsOnly = !value.isEmpty();
    bool hex = !value.isEmpty();
    bool anyDigit = false;
    for (QChar c : value) {
        const bool digit = c >= u'0' && c <= u'9';
        anyDigit |= digit;
        digitsOnly &= digit;
        hex &= digit || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') || c == u'-';
    }
    return digitsOnly ? Shape::Digits : hex && anyDigit ? Shape::HexAndDashes : Shape::Other;
}

bool hasSpace(const QString &value)
{
    return std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace(); });
}
} // namespace

QString PastedTable::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/pasted");
}

QString PastedTable::fileNameFor(const QDateTime &when)
{
    return QStringLiteral("pasted-%1.tsv").arg(when.toString(QStringLiteral("yyyy-MM-dd-HHmmss")));
}

bool PastedTable::isPasted(const QString &path, const QString &folder)
{
    const QFileInfo info(path);
    return !path.isEmpty() && info.fileName().startsWith(QStringLiteral("pasted-"))
        && QDir(info.absolutePath()) == QDir(folder);
}

QList<QStringList> PastedTable::records(QStringView text, qsizetype limit)
{
    QList<QStringList> list;
    RecordReader reader(text);
    QStringList cells;
    while ((limit < 0 || list.size() < limit) && reader.next(cells))
        list << cells;
    return list;
}

bool PastedTable::startsWithHeader(const QStringList &column)
{
    if (column.isEmpty())
        return false;
    const QString &first = column.first();
    if (ColumnMapping::isIdColumnName(first))
        return true;
    if (column.size() < 3)
        return false; // too few values to tell a label from an ID
    const QStringList values = column.mid(1);
    const Shape shape = shapeOf(values.first());
    if (shape != Shape::Other
        && std::all_of(values.cbegin(), values.cend(),
                       [shape](const QString &v) { return shapeOf(v) == shape; }))
        return shapeOf(first) != shape;
    return hasSpace(first) && std::none_of(values.cbegin(), values.cend(), hasSpace);
}

PastedTable::Saved PastedTable::save(QStringView text, const QString &folder, const QDateTime &when)
{
    Saved saved;
    // The start decides the header; the whole text is then read once more, one record at a
    // time, as it is written.
    constexpr qsizetype sampleSize = 200;
    QList<QStringList> head = records(text, sampleSize + 1);
    if (head.isEmpty()) {
        saved.error = tr("The clipboard holds no IDs: copy a column of install IDs (or cells "
                         "with a header row) from a spreadsheet first.");
        return saved;
    }
    QStringList first = head.first();
    dropTrailingEmpty(first, 1);
    saved.columns = int(first.size());
    bool firstIsHeader = true;
    if (saved.columns == 1) {
        QStringList column;
        for (const QStringList &r : std::as_const(head))
            column << r.first();
        firstIsHeader = startsWithHeader(column);
    }
    if (firstIsHeader && head.size() == 1) {
        saved.error = tr("The clipboard holds one line, “%1”: the column names, and no IDs under "
                         "them.")
                          .arg(first.join(QStringLiteral(", ")));
        return saved;
    }
    saved.headerAdded = !firstIsHeader;
    saved.header = firstIsHeader ? first : QStringList {idHeader()};

    if (!QDir().mkpath(folder)) {
        saved.error = tr("Cannot create the folder %1.").arg(folder);
        return saved;
    }
    QFile::setPermissions(folder, ownerOnly | QFileDevice::ExeOwner);
    QString path = QDir(folder).filePath(fileNameFor(when));
    for (int n = 2; QFileInfo::exists(path); ++n) // two pastes in the same second
        path = QDir(folder).filePath(
            fileNameFor(when).replace(QStringLiteral(".tsv"), QStringLiteral("-%1.tsv").arg(n)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        saved.error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return saved;
    }
    file.setPermissions(ownerOnly);
    QByteArray out;
    out.reserve(1 << 20);
    appendRecord(out, saved.header);
    RecordReader reader(text);
    QStringList cells;
    bool skipFirst = firstIsHeader;
    while (reader.next(cells)) {
        if (std::exchange(skipFirst, false))
            continue;
        // Spreadsheets may leave out empty cells at the end of a row: the row is made as
        // wide as the header; cells beyond it are kept (and the check says the row is
        // ragged, as for a file).
        dropTrailingEmpty(cells, saved.columns);
        while (cells.size() < saved.columns)
            cells << QString();
        appendRecord(out, cells);
        ++saved.rows;
        if (out.size() >= (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    if (!file.commit()) {
        saved.error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return saved;
    }
    QFile::setPermissions(path, ownerOnly);
    saved.path = path;
    return saved;
}

int PastedTable::removeExpired(const QDateTime &cutoff, const QSet<QString> &keep,
                               const QString &folder)
{
    int removed = 0;
    QDirIterator it(folder, {QStringLiteral("pasted-*")}, QDir::Files);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.lastModified() < cutoff && !keep.contains(info.absoluteFilePath())
            && QFile::remove(info.absoluteFilePath()))
            ++removed;
    }
    return removed;
}
