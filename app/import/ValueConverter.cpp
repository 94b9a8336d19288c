// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ValueConverter.h"

#include "JsonText.h"

#include <QCoreApplication>
#include <QtNumeric>
#include <charconv>
#include <cmath>

namespace {

bool digits(QStringView t, qsizetype from, int count, int *value)
{
    if (from + count > t.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = t[from + i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    *value = v;
    return true;
}

bool equalsIgnoringCase(QStringView a, const char *b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}
} // namespace

qsizetype ValueConverter::characterCount(QStringView text)
{
    qsizetype n = text.size();
    for (QChar c : text)
        n -= c.isLowSurrogate() ? 1 : 0;
    return n;
}

bool ValueConverter::hasLeadingZero(QStringView t)
{
    const qsizetype i = !t.isEmpty() && (t[0] == u'-' || t[0] == u'+') ? 1 : 0;
    return t.size() >= i + 2 && t[i] == u'0' && t[i + 1].unicode() >= u'0'
        && t[i + 1].unicode() <= u'9';
}

bool ValueConverter::isUrl(QStringView t)
{
    if (t.isEmpty() || !t[0].isLetter() || t[0].unicode() > 0x7F)
        return false;
    qsizetype i = 1;
    while (i < t.size() && (t[i].isLetterOrNumber() || t[i] == u'+' || t[i] == u'.' || t[i] == u'-')
           && t[i].unicode() < 0x80)
        ++i;
    if (!t.sliced(i).startsWith(u"://"))
        return false;
    i += 3;
    const qsizetype authority = i;
    while (i < t.size() && t[i] != u'/' && t[i] != u'?' && t[i] != u'#')
        ++i;
    if (i == authority)
        return false;
    for (QChar c : t) {
        if (c.isSpace() || c.unicode() < 0x20)
            return false;
    }
    return true;
}

namespace {
struct IsoParts
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    int offsetSeconds = 0;
};

bool leapYear(int y)
{
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

// QDate's and QTime's validity for the years 0000-9999 four digits can write (QDate has no
// year 0), checked here without building them: in profiles, QDate, QTime and QDateTime took
// more time than all the rest of a date's checking.
bool validParts(const IsoParts &p)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (p.y == 0 || p.mo < 1 || p.mo > 12 || p.d < 1)
        return false;
    if (p.d > days[p.mo - 1] + (p.mo == 2 && leapYear(p.y) ? 1 : 0))
        return false;
    return p.h < 24 && p.mi < 60 && p.s < 60;
}

bool parseIsoParts(QStringView t, IsoParts *p)
{
    int &y = p->y, &mo = p->mo, &d = p->d, &h = p->h, &mi = p->mi, &s = p->s;
    h = mi = s = 0;
    p->offsetSeconds = 0;
    if (!digits(t, 0, 4, &y) || t.size() < 10 || t[4] != u'-' || !digits(t, 5, 2, &mo)
        || t[7] != u'-' || !digits(t, 8, 2, &d))
        return false;
    qsizetype i = 10;
    if (i < t.size()) {
        if ((t[i] != u'T' && t[i] != u' ') || !digits(t, i + 1, 2, &h) || i + 3 >= t.size()
            || t[i + 3] != u':' || !digits(t, i + 4, 2, &mi))
            return false;
        i += 6;
        if (i < t.size() && t[i] == u':') {
            if (!digits(t, i + 1, 2, &s))
                return false;
            i += 3;
            if (i < t.size() && (t[i] == u'.' || t[i] == u',')) { // fraction: dropped
                ++i;
                while (i < t.size() && t[i].isDigit())
                    ++i;
            }
        }
        if (i < t.size() && (t[i] == u'Z' || t[i] == u'z')) {
            ++i;
        } else if (i < t.size() && (t[i] == u'+' || t[i] == u'-')) {
            int oh, om = 0;
            if (!digits(t, i + 1, 2, &oh))
                return false;
            qsizetype j = i + 3;
            if (j < t.size() && t[j] == u':')
                ++j;
            if (j < t.size()) {
                if (!digits(t, j, 2, &om))
                    return false;
                j += 2;
            }
            if (oh > 23 || om > 59)
                return false;
            p->offsetSeconds = (t[i] == u'+' ? 1 : -1) * (oh * 3600 + om * 60);
            i = j;
        }
        if (i != t.size())
            return false;
    }
    return validParts(*p);
}

void appendDate(QByteArray &out, const IsoParts &p)
{
    // Fixed layout "YYYY-MM-DDTHH:MM:SS", written digit by digit (snprintf showed in profiles).
    char buf[22] = "\"0000-00-00T00:00:00\"";
    auto put = [&buf](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            buf[at + i] = char('0' + value % 10);
    };
    put(1, p.y, 4), put(6, p.mo, 2), put(9, p.d, 2), put(12, p.h, 2), put(15, p.mi, 2),
        put(18, p.s, 2);
    JsonText::appendBytes(out, buf, 21);
}

void appendDate(QByteArray &out, const QDateTime &utc)
{
    IsoParts p;
    utc.date().getDate(&p.y, &p.mo, &p.d);
    const QTime t = utc.time();
    p.h = t.hour(), p.mi = t.minute(), p.s = t.second();
    appendDate(out, p);
}

QDateTime toUtc(const IsoParts &p)
{
    return QDateTime(QDate(p.y, p.mo, p.d), QTime(p.h, p.mi, p.s), Qt::UTC)
        .addSecs(-p.offsetSeconds);
}
} // namespace

bool ValueConverter::parseIsoDateTime(QStringView t, QDateTime *utc)
{
    IsoParts p;
    if (!parseIsoParts(t, &p))
        return false;
    *utc = toUtc(p);
    return true;
}

QString ValueConverter::append(QByteArray &out, AttributeType type, QStringView cell,
                               const QString &dateFormat, const Options &options)
{
    switch (type) {
    case AttributeType::String: {
        const qsizetype n = characterCount(cell);
        if (n > 64)
            return tr("text of %1 characters (at most 64)").arg(n);
        JsonText::appendString(out, cell);
        return {};
    }
    case AttributeType::Url:
        if (cell.size() > 2048)
            return tr("URL of %1 characters (at most 2048)").arg(cell.size());
        if (!isUrl(cell))
            return tr("“%1” is not a URL (scheme://address…)").arg(cell.left(80));
        JsonText::appendString(out, cell);
        return {};
    case AttributeType::Bool:
        if (equalsIgnoringCase(cell, "true") || equalsIgnoringCase(cell, "yes") || cell == u"1") {
            JsonText::appendLiteral(out, "true");
            return {};
        }
        if (equalsIgnoringCase(cell, "false") || equalsIgnoringCase(cell, "no") || cell == u"0") {
            JsonText::appendLiteral(out, "false");
            return {};
        }
        return tr("“%1” is not a boolean (true/false, yes/no, 1/0)").arg(cell.left(80));
    case AttributeType::Int: {
        qsizetype i = (!cell.isEmpty() && (cell[0] == u'-' || cell[0] == u'+')) ? 1 : 0;
        bool ok = i < cell.size() && cell.size() <= 20;
        qint64 value = 0;
        for (qsizetype k = i; ok && k < cell.size(); ++k) {
            const char16_t c = cell[k].unicode();
            ok = c >= u'0' && c <= u'9';
            if (ok)
                ok = !qMulOverflow(value, qint64(10), &value)
                    && !qAddOverflow(value, qint64(c - u'0'), &value);
        }
        if (!ok)
            return tr("“%1” is not a whole number").arg(cell.left(80));
        JsonText::appendInt(out, i == 1 && cell[0] == u'-' ? -value : value);
        return {};
    }
    case AttributeType::Float: {
        const char16_t point = options.decimalComma ? u',' : u'.';
        char buf[64];
        bool ok = !cell.isEmpty() && cell.size() < qsizetype(sizeof buf);
        qsizetype n = 0;
        bool seenDigit = false;
        for (qsizetype k = 0; ok && k < cell.size(); ++k) {
            const char16_t c = cell[k].unicode();
            if (c >= u'0' && c <= u'9')
                buf[n++] = char(c), seenDigit = true;
            else if (c == point)
                buf[n++] = '.';
            else if (c == u'-' || c == u'+' || c == u'e' || c == u'E')
                buf[n++] = char(c);
            else
                ok = false;
        }
        double value = 0;
        if (ok && seenDigit) {
            const char *begin = buf[0] == '+' ? buf + 1 : buf;
            const auto r = std::from_chars(begin, buf + n, value);
            ok = r.ec == std::errc() && r.ptr == buf + n && std::isfinite(value);
        } else {
            ok = false;
        }
        if (!ok)
            return options.decimalComma
                ? tr("“%1” is not a number written like 3,14").arg(cell.left(80))
                : tr("“%1” is not a number written like 3.14").arg(cell.left(80));
        JsonText::appendDouble(out, value);
        return {};
    }
    case AttributeType::Date: {
        QDateTime utc;
        if (dateFormat.isEmpty()) {
            IsoParts p;
            if (!parseIsoParts(cell, &p))
                return tr("“%1” is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)")
                    .arg(cell.left(80));
            if (p.offsetSeconds == 0) { // as written: nothing to convert
                appendDate(out, p);
                return {};
            }
            utc = toUtc(p);
        } else {
            utc = QDateTime::fromString(cell.toString(), dateFormat);
            if (!utc.isValid())
                return tr("“%1” does not match the date format %2").arg(cell.left(80), dateFormat);
            utc.setTimeSpec(Qt::UTC); // dates without zone are taken as UTC
        }
        appendDate(out, utc);
        return {};
    }
    }
    return {};
}
