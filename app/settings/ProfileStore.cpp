// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QUuid>
#include <algorithm>

namespace {
const QString group = QStringLiteral("profiles");

QString keyKindKey(ApiKeyKind kind)
{
    switch (kind) {
    case ApiKeyKind::Live:
        return QStringLiteral("live");
    case ApiKeyKind::Sdk:
        return QStringLiteral("sdk");
    case ApiKeyKind::Dev:
        break;
    }
    return QStringLiteral("dev");
}

Q_LOGGING_CATEGORY(lcProfiles, "audiencedesk.profiles", QtWarningMsg)

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

// The file behind the settings, or empty when they are not a file we may chmod.
QString settingsFile(const QSettings *settings)
{
#if defined(Q_OS_WIN) || defined(Q_OS_DARWIN)
    if (settings->format() != QSettings::IniFormat)
        return {}; // the registry, CFPreferences
#endif
    return settings->fileName();
}

// Owner read/write only, if group or others may read or write the file now.
void restrictToOwner(const QString &path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return;
    if (!(QFile::permissions(path) & groupOrOther))
        return;
    if (!QFile::setPermissions(path, ownerOnly))
        qCWarning(lcProfiles) << "could not make the settings file owner-only:" << path;
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    protectSecretFile(); // a file left readable by an older version or by hand
}

bool ProfileStore::holdsSecret() const
{
    m_settings->beginGroup(group);
    const QStringList ids = m_settings->childGroups();
    bool found = false;
    for (const QString &id : ids) {
        if (m_settings->value(id + QStringLiteral("/restKeyInSettings")).toBool()) {
            found = true;
            break;
        }
    }
    m_settings->endGroup();
    return found;
}

void ProfileStore::prepareSecretFile()
{
    const QString path = settingsFile(m_settings);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // QSettings writes a new file and renames it over this one, with this one's mode.
        restrictToOwner(path);
        return;
    }
    // Created empty and owner-only, so the first write never exists at the umask's 0644.
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
        qCWarning(lcProfiles) << "could not create the settings file:" << path
                              << file.errorString();
}

void ProfileStore::protectSecretFile()
{
    if (holdsSecret())
        restrictToOwner(settingsFile(m_settings));
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(group);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<Profile> list;
    for (const QString &id : ids) {
        if (auto p = profile(id))
            list.append(*p);
    }
    std::sort(list.begin(), list.end(), [](const Profile &a, const Profile &b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    return list;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    const QString prefix = group + QLatin1Char('/') + id + QLatin1Char('/');
    if (!m_settings->contains(prefix + QStringLiteral("displayName")))
        return std::nullopt;
    Profile p;
    p.id = id;
    p.displayName = m_settings->value(prefix + QStringLiteral("displayName")).toString();
    p.apiKey = m_settings->value(prefix + QStringLiteral("apiKey")).toString();
    p.keyKind
        = apiKeyKindFromString(m_settings->value(prefix + QStringLiteral("keyKind")).toString());
    const QUrl base(m_settings->value(prefix + QStringLiteral("baseUrl")).toString());
    p.baseUrl = base.isValid() && !base.isEmpty() ? base : Profile::defaultBaseUrl();
    p.restKeyInSettings = m_settings->value(prefix + QStringLiteral("restKeyInSettings")).toBool();
    if (p.restKeyInSettings)
        p.restKey = m_settings->value(prefix + QStringLiteral("restKey")).toString();
    return p;
}

void ProfileStore::save(const Profile &input)
{
    if (input.transient)
        return;
    Profile p = input;
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString prefix = group + QLatin1Char('/') + p.id + QLatin1Char('/');
    m_settings->setValue(prefix + QStringLiteral("displayName"), p.displayName);
    m_settings->setValue(prefix + QStringLiteral("apiKey"), p.apiKey);
    m_settings->setValue(prefix + QStringLiteral("keyKind"), keyKindKey(p.keyKind));
    m_settings->setValue(prefix + QStringLiteral("baseUrl"), p.baseUrl.toString());
    m_settings->setValue(prefix + QStringLiteral("restKeyInSettings"), p.restKeyInSettings);
    // The REST key is written here only when the user chose to (no keychain).
    if (p.restKeyInSettings)
        m_settings->setValue(prefix + QStringLiteral("restKey"), p.restKey);
    else
        m_settings->remove(prefix + QStringLiteral("restKey"));
    if (p.restKeyInSettings)
        prepareSecretFile();
    m_settings->sync();
    protectSecretFile();
    m_lastSavedId = p.id;
    emit profilesChanged();
}

void ProfileStore::remove(const QString &id)
{
    if (id.isEmpty())
        return;
    m_settings->remove(group + QLatin1Char('/') + id);
    if (currentProfileId() == id)
        m_settings->remove(QStringLiteral("currentProfile"));
    m_settings->sync();
    protectSecretFile(); // the rewritten file still holds the other profiles' secrets
    emit profilesChanged();
}

QString ProfileStore::currentProfileId() const
{
    return m_settings->value(QStringLiteral("currentProfile")).toString();
}

void ProfileStore::setCurrentProfileId(const QString &id)
{
    m_settings->setValue(QStringLiteral("currentProfile"), id);
}
