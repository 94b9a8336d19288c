// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RejectsWriter.h"

#include "ProblemLocation.h"

#include <QCoreApplication>

QString RejectsWriter::safeCell(const QString &cell)
{
    if (!cell.isEmpty()) {
        const QChar c = cell.at(0);
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            return QLatin1Char('\'') + cell;
    }
    return cell;
}

QByteArray RejectsWriter::csvLine(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line.append(QLatin1Char(','));
        QString cell = safeCell(cells.at(i));
        if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
            || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
            cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            cell = QLatin1Char('"') + cell + QLatin1Char('"');
        }
        line.append(cell);
    }
    line.append(QStringLiteral("\r\n"));
    return line.toUtf8();
}

bool RejectsWriter::open(const QString &path, const QStringList &header, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // customer data
    m_file.write("\xEF\xBB\xBF");
    QStringList cells {m_sheet.isEmpty() ? QCoreApplication::translate("RejectsWriter", "line")
                                         : QCoreApplication::translate("RejectsWriter", "row"),
                       QCoreApplication::translate("RejectsWriter", "column"),
                       QCoreApplication::translate("RejectsWriter", "reason")};
    m_file.write(csvLine(cells + header));
    return true;
}

void RejectsWriter::write(qint64 line, const QList<RowProblem> &problems, const QStringList &fields)
{
    QStringList columns, reasons;
    for (const RowProblem &p : problems) {
        if (!m_sheet.isEmpty()) {
            columns << ProblemLocation::text(p, m_sheet);
            reasons << p.reason;
            continue;
        }
        columns << (p.columnName.isEmpty() ? (p.column > 0 ? QString::number(p.column) : QString())
                                           : p.columnName);
        reasons << p.reason;
    }
    columns.removeAll(QString());
    m_file.write(csvLine(QStringList {QString::number(line), columns.join(QStringLiteral(", ")),
                                      reasons.join(QStringLiteral("; "))}
                         + fields));
}

bool RejectsWriter::close(QString *error)
{
    if (!m_file.isOpen())
        return true;
    const bool ok = m_file.flush() && m_file.error() == QFileDevice::NoError;
    if (!ok && error)
        *error = m_file.errorString();
    m_file.close();
    return ok;
}
