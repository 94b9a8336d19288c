// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Profile.h"

#include <QList>
#include <QObject>
#include <optional>

class QSettings;

// Profiles in QSettings (group "profiles/<id>"), without their REST key unless the
// profile says restKeyInSettings. The REST key otherwise lives in SecretStore.
// While the settings file holds a REST key it is kept owner read/write only (0600): on
// every write that can put one there, and on load (an older or hand-made file is repaired).
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    QList<Profile> profiles() const; // sorted by display name
    std::optional<Profile> profile(const QString &id) const;
    void save(const Profile &profile); // assigns an id when empty; ignores transient ones
    QString lastSavedId() const { return m_lastSavedId; }
    void remove(const QString &id);

    QString currentProfileId() const;
    void setCurrentProfileId(const QString &id);

signals:
    void profilesChanged();

private:
    bool holdsSecret() const; // some profile keeps its REST key in the settings file
    void prepareSecretFile(); // before a sync that writes a secret: no window at 0644
    void protectSecretFile(); // after a sync: 0600 if the file holds a secret

    QSettings *m_settings;
    QString m_lastSavedId;
};
