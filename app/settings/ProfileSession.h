// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Profile.h"
#include "SecretStore.h"
#include "api/ApiConfig.h"

#include <QObject>
#include <QProcessEnvironment>
#include <functional>
#include <optional>

class ProfileStore;
class SecretRequest;

// The one owner of "a profile, then a client for it", for every window and the CLI: finds
// saved profiles, completes one with its REST key from the keychain, turns it into an
// ApiConfig, saves one (keychain first, then settings), and makes the Environment and
// Sandbox profiles. Keychain answers reach a caller only through a context object, so a
// window closed meanwhile receives nothing.
class ProfileSession : public QObject
{
    Q_OBJECT
public:
    ProfileSession(ProfileStore *store, SecretStore *secrets, QObject *parent = nullptr);

    ProfileStore *store() const { return m_store; }
    SecretStore *secrets() const { return m_secrets; }

    static inline const QString sandboxId = QStringLiteral("sandbox");
    static inline const QString environmentId = QStringLiteral("environment");
    static Profile sandboxProfile(const QUrl &baseUrl);
    static std::optional<Profile> environmentProfile(const QProcessEnvironment &env);
    // The client configuration of a profile; timeouts and retries from `base`.
    static ApiConfig configFor(const Profile &profile, const ApiConfig &base = {});
    static bool hasRestKey(const Profile &profile); // known without asking the keychain

    QList<Profile> savedProfiles() const;
    std::optional<Profile> find(const QString &idOrName) const; // id, or name in any case

    using Completed = std::function<void(const Profile &profile, const SecretStore::Result &)>;
    using Done = std::function<void(const SecretStore::Result &)>;
    // The profile with its REST key: at once (queued) when it is known, else from the
    // keychain. `done` runs in `context`'s thread, never after `context` is destroyed.
    // Returns the keychain request to follow (waiting(), cancel()), or nullptr.
    SecretRequest *complete(const Profile &profile, const QObject *context, Completed done);
    // Keychain first, then the settings file (the key in the file only when the profile
    // says so, and the keychain entry is then removed).
    SecretRequest *save(const Profile &profile, const QObject *context, Done done);
    void remove(const QString &profileId); // settings and keychain

private:
    ProfileStore *m_store;
    SecretStore *m_secrets;
};
