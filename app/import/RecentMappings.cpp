// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RecentMappings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <algorithm>

RecentMappings::RecentMappings(QSettings *settings)
    : m_settings(settings)
{ }

QString RecentMappings::key(const QString &profileId)
{
    // Profile IDs are UUIDs or fixed words ("sandbox", "environment"): safe as a key.
    return QStringLiteral("recentMappings/")
        + (profileId.isEmpty() ? QStringLiteral("default") : profileId);
}

QList<RecentMappings::Entry> RecentMappings::entries(const QString &profileId) const
{
    QList<Entry> result;
    if (!m_settings)
        return result;
    const QJsonArray array
        = QJsonDocument::fromJson(m_settings->value(key(profileId)).toByteArray()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QByteArray json
            = QJsonDocument(o.value(QStringLiteral("mapping")).toObject()).toJson();
        auto mapping = ColumnMapping::fromJson(json, nullptr);
        const QString audience = o.value(QStringLiteral("audience")).toString();
        if (!mapping || audience.isEmpty())
            continue; // written by a newer version or damaged by hand: skip, keep the rest
        result.append(
            {audience,
             QDateTime::fromString(o.value(QStringLiteral("used_at")).toString(), Qt::ISODate),
             *mapping});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Entry &a, const Entry &b) { return a.usedAt > b.usedAt; });
    return result;
}

void RecentMappings::store(const QString &profileId, const QList<Entry> &entries)
{
    QJsonArray array;
    for (const Entry &e : entries) {
        array.append(QJsonObject {
            {QStringLiteral("audience"), e.audience},
            {QStringLiteral("used_at"), e.usedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("mapping"), QJsonDocument::fromJson(e.mapping.toJson()).object()}});
    }
    m_settings->setValue(key(profileId), QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<ColumnMapping> RecentMappings::lastFor(const QString &profileId,
                                                     const QString &audience) const
{
    for (const Entry &e : entries(profileId)) {
        if (e.audience == audience)
            return e.mapping;
    }
    return std::nullopt;
}

void RecentMappings::remember(const QString &profileId, const QString &audience,
                              const ColumnMapping &mapping, const QDateTime &when)
{
    if (!m_settings || audience.isEmpty())
        return;
    QList<Entry> list = entries(profileId);
    list.removeIf([&](const Entry &e) { return e.audience == audience; });
    list.prepend({audience, when.toUTC(), mapping});
    while (list.size() > maxPerProfile)
        list.removeLast();
    store(profileId, list);
}

QList<RecentMappings::Entry> RecentMappings::fitting(const QString &profileId,
                                                     const QStringList &header) const
{
    QList<Entry> list = entries(profileId);
    list.removeIf([&](const Entry &e) { return !fits(e.mapping, header); });
    return list;
}

bool RecentMappings::fits(const ColumnMapping &mapping, const QStringList &header)
{
    const auto present = [&](const QString &column) {
        const int index = ColumnMapping::resolveColumn(column, header);
        return index >= 0 && index < header.size();
    };
    if (!mapping.idColumn.isEmpty() && !present(mapping.idColumn))
        return false;
    for (const auto &a : mapping.attributes) {
        if (a.included && !present(a.column))
            return false;
    }
    for (const auto &t : mapping.tagColumns) {
        if (!present(t.column))
            return false;
    }
    return true;
}
