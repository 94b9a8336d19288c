// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TagNormalizer.h"

#include "ValueConverter.h"

#include <QCoreApplication>

QString TagNormalizer::normalize(QStringView tag)
{
    return tag.trimmed().toString().toLower();
}

QString TagNormalizer::addTags(QStringList &tags, QStringView cell, QStringView separator)
{
    QString problem;
    const auto parts = separator.isEmpty() ? QList<QStringView> {cell} : cell.split(separator);
    for (QStringView part : parts) {
        const QString tag = normalize(part);
        if (tag.isEmpty() || tags.contains(tag))
            continue;
        if (ValueConverter::characterCount(tag) > 64) {
            if (problem.isEmpty())
                problem = QCoreApplication::translate("TagNormalizer",
                                                      "tag “%1…” is longer than 64 characters")
                              .arg(tag.left(20));
            continue;
        }
        tags.append(tag);
    }
    return problem;
}

bool TagNormalizer::RowTags::contains(QStringView tag) const
{
    for (const QString &t : fixed) {
        if (t == tag)
            return true;
    }
    for (qsizetype i = 0; i < used; ++i) {
        if (buffers[size_t(i)] == tag)
            return true;
    }
    return false;
}

QString TagNormalizer::addTags(RowTags &tags, QStringView cell, QStringView separator)
{
    QString problem;
    auto add = [&](QStringView part) {
        part = part.trimmed();
        if (tags.used == qsizetype(tags.buffers.size()))
            tags.buffers.emplace_back();
        QString &tag = tags.buffers[size_t(tags.used)];
        tag.resize(0); // keeps the capacity
        tag.append(part);
        bool ascii = true;
        for (QChar &c : tag) { // ASCII lowercases alone; anything else as normalize() does
            const char16_t u = c.unicode();
            if (u >= 0x80) {
                ascii = false;
                break;
            }
            if (u >= u'A' && u <= u'Z')
                c = QChar(char16_t(u + 32));
        }
        if (!ascii)
            tag = std::move(tag).toLower();
        if (tag.isEmpty() || tags.contains(tag))
            return;
        if (ValueConverter::characterCount(tag) > 64) {
            if (problem.isEmpty())
                problem = QCoreApplication::translate("TagNormalizer",
                                                      "tag “%1…” is longer than 64 characters")
                              .arg(tag.left(20));
            return;
        }
        ++tags.used;
    };
    if (separator.isEmpty()) {
        add(cell);
        return problem;
    }
    qsizetype from = 0;
    for (qsizetype at; (at = cell.indexOf(separator, from)) >= 0; from = at + separator.size())
        add(cell.sliced(from, at - from));
    add(cell.sliced(from));
    return problem;
}
