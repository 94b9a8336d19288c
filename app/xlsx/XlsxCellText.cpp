// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "XlsxCellText.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace XlsxCellText {

// Already as people write it: an optional minus, at most 15 digits, no exponent, no
// leading zero before another digit, no trailing zero after a point. Most cells are.
static bool isPlain(QStringView t)
{
    qsizetype i = t.startsWith(u'-') ? 1 : 0;
    const qsizetype start = i;
    int digits = 0;
    qsizetype point = -1;
    for (; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == u'.' && point < 0 && i > start)
            point = i;
        else if (c.isDigit() && c.unicode() < 128)
            ++digits;
        else
            return false;
    }
    if (digits == 0 || digits > 15 || point == t.size() - 1)
        return false;
    if (t.at(start) == u'0' && t.size() > start + 1 && t.at(start + 1) != u'.')
        return false;
    return point < 0 || t.back() != u'0';
}

QString number(QStringView stored)
{
    if (isPlain(stored) && stored != u"-0")
        return stored.toString();
    bool ok = false;
    const double value = stored.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return stored.toString();
    // Rounded to 15 significant digits first: the float noise of a sum goes.
    const double rounded = QString::number(value, 'g', 15).toDouble();
    if (rounded == std::trunc(rounded) && std::fabs(rounded) < 1e15)
        return QString::number(qint64(rounded));
    return QString::number(rounded, 'f', QLocale::FloatingPointShortest);
}

QString date(QStringView stored, bool date1904)
{
    bool ok = false;
    const double serial = stored.toDouble(&ok);
    if (!ok || !std::isfinite(serial) || serial < 0 || serial > 2958466) // past 9999-12-31
        return stored.toString();
    qint64 days = qint64(std::floor(serial));
    qint64 ms = std::llround((serial - double(days)) * 86400000.0);
    if (ms >= 86400000) {
        ++days;
        ms -= 86400000;
    }
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(ms));
    const QString timeText
        = time.toString(time.msec() ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
    if (days == 0 && !date1904)
        return timeText; // a time of day alone (Excel shows 1900-01-00)
    QString dateText;
    if (date1904) {
        dateText = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 60) {
        dateText = QStringLiteral("1900-02-29"); // Lotus 1-2-3's leap day, which never was
    } else {
        // Serial 1 is 1900-01-01; past the phantom 29 February, one day less.
        dateText = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    }
    return ms == 0 ? dateText : dateText + QLatin1Char('T') + timeText;
}

bool isDateFormat(int numFmtId, const QString &formatCode)
{
    if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47))
        return true;
    if (formatCode.isEmpty())
        return false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (inQuotes) {
            inQuotes = c != u'"';
            continue;
        }
        if (c == u'"') {
            inQuotes = true;
        } else if (c == u'[') { // colour, condition or locale: [Red], [<100], [$-409]
            const qsizetype close = formatCode.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return false;
            i = close;
        } else if (c == u'\\' || c == u'_' || c == u'*') { // an escaped or padding character
            ++i;
        } else {
            const QChar l = c.toLower();
            if (l == u'd' || l == u'm' || l == u'y' || l == u'h' || l == u's')
                return true;
        }
    }
    return false;
}

void parseReference(QStringView ref, int *column, qint64 *row)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isLetter() && col <= 16384; ++i) {
        const char16_t c = ref.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z') {
            col = 0;
            break;
        }
        col = col * 26 + (c - u'A' + 1);
    }
    *column = col <= 16384 ? col : 0;
    bool ok = false;
    const qint64 r = ref.mid(i).toLongLong(&ok);
    *row = ok && r > 0 ? r : 0;
}

QString columnLetters(int column)
{
    QString letters;
    while (column > 0) {
        const int rem = (column - 1) % 26;
        letters.prepend(QChar(u'A' + rem));
        column = (column - 1) / 26;
    }
    return letters;
}

QString unescape(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    auto it = escape.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace XlsxCellText
