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
