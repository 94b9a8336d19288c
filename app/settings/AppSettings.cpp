// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppSettings.h"

#include <QSettings>
#include <algorithm>

namespace {
struct Entry
{
    AppSettings::Key key;
    const char *name;
    QVariant defaultValue;
};

const Entry &entry(AppSettings::Key key)
{
    static const Entry entries[] = {
        {AppSettings::Key::PageSize, "browser/pageSize", 25},
        {AppSettings::Key::MainWindowGeometry, "mainWindow/geometry", QByteArray()},
        {AppSettings::Key::MainWindowState, "mainWindow/state", QByteArray()},
        {AppSettings::Key::AudienceTableState, "browser/tableState", QByteArray()},
        {AppSettings::Key::LastImportFolder, "import/lastFolder", QString()},
        {AppSettings::Key::AllowInsecureSecretStorage, "security/allowInsecureSecretStorage",
         false},
        {AppSettings::Key::UploadRetentionDays, "uploads/retentionDays", 14},
        {AppSettings::Key::Language, "ui/language", QString()},
        {AppSettings::Key::ReviewEachImportStep, "import/reviewEachStep", false},
    };
    Q_ASSERT(entries[int(key)].key == key); // the table is in the enum's order
    return entries[int(key)];
}
} // namespace

AppSettings::AppSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    migrate();
}

QVariant AppSettings::value(Key key) const
{
    const Entry &e = entry(key);
    return m_settings->value(QLatin1String(e.name), e.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    const Entry &e = entry(key);
    if (m_settings->value(QLatin1String(e.name), e.defaultValue) == value)
        return;
    m_settings->setValue(QLatin1String(e.name), value);
    emit changed(key);
}

int AppSettings::pageSize() const
{
    const int size = value(Key::PageSize).toInt();
    return size == 10 || size == 25 || size == 50 || size == 100 ? size : 25;
}

void AppSettings::migrate()
{
    const int version = m_settings->value(QStringLiteral("settingsVersion"), 0).toInt();
    if (version >= currentVersion)
        return;
    // Version 0 had no settings to move; later versions rename keys here.
    m_settings->setValue(QStringLiteral("settingsVersion"), currentVersion);
}

int AppSettings::uploadRetentionDays() const
{
    return std::clamp(value(Key::UploadRetentionDays).toInt(), 1, 365);
}

QString AppSettings::language(const QSettings &settings)
{
    const QString v = settings.value(QLatin1String(entry(Key::Language).name)).toString();
    return v == QLatin1String("en") || v == QLatin1String("fr") ? v : QString();
}
