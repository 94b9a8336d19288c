// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProfileSession.h"

#include "ProfileStore.h"
#include "SandboxKeys.h"
#include "SecretRequest.h"

#include <QTimer>

ProfileSession::ProfileSession(ProfileStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{ }

Profile ProfileSession::sandboxProfile(const QUrl &baseUrl)
{
    Profile p;
    p.id = sandboxId;
    p.displayName = tr("Sandbox (sample data)");
    p.apiKey = SandboxKeys::apiKey;
    p.restKey = SandboxKeys::restKey;
    p.baseUrl = baseUrl;
    p.keyKind = ApiKeyKind::Dev;
    p.transient = true;
    return p;
}

// AUDIENCE_DESK_API_KEY, AUDIENCE_DESK_REST_KEY, AUDIENCE_DESK_BASE_URL: an unsaved
// "Environment" profile when the API key and REST key are both set.
std::optional<Profile> ProfileSession::environmentProfile(const QProcessEnvironment &env)
{
    const QString apiKey = env.value(QStringLiteral("AUDIENCE_DESK_API_KEY"));
    const QString restKey = env.value(QStringLiteral("AUDIENCE_DESK_REST_KEY"));
    if (apiKey.isEmpty() || restKey.isEmpty())
        return std::nullopt;
    Profile p;
    p.id = environmentId;
    p.displayName = tr("Environment");
    p.apiKey = apiKey;
    p.restKey = restKey;
    // Batch's Dev keys start with "DEV"; anything else may be Live: mark it so.
    p.keyKind = apiKey.startsWith(QStringLiteral("DEV")) ? ApiKeyKind::Dev : ApiKeyKind::Live;
    const QString base = env.value(QStringLiteral("AUDIENCE_DESK_BASE_URL"));
    if (!base.isEmpty())
        p.baseUrl = QUrl(base);
    p.transient = true;
    return p;
}

ApiConfig ProfileSession::configFor(const Profile &profile, const ApiConfig &base)
{
    ApiConfig config = base;
    config.baseUrl = profile.baseUrl;
    config.apiKey = profile.apiKey;
    config.restKey = profile.restKey;
    return config;
}

bool ProfileSession::hasRestKey(const Profile &profile)
{
    return profile.transient || profile.restKeyInSettings || !profile.restKey.isEmpty();
}

QList<Profile> ProfileSession::savedProfiles() const
{
    return m_store->profiles();
}

std::optional<Profile> ProfileSession::find(const QString &idOrName) const
{
    for (const Profile &p : m_store->profiles()) {
        if (p.id == idOrName || p.displayName.compare(idOrName, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

SecretRequest *ProfileSession::complete(const Profile &profile, const QObject *context,
                                        Completed done)
{
    if (hasRestKey(profile)) {
        QTimer::singleShot(0, context, [profile, done] { done(profile, {}); });
        return nullptr;
    }
    SecretRequest *request = m_secrets->read(profile.id);
    connect(request, &SecretRequest::finished, context,
            [profile, done](const SecretStore::Result &result) {
                Profile complete = profile;
                complete.restKey = result.secret;
                done(complete, result);
            });
    return request;
}

SecretRequest *ProfileSession::save(const Profile &profile, const QObject *context, Done done)
{
    if (profile.restKeyInSettings) {
        m_store->save(profile);
        m_secrets->remove(profile.id); // answers in its own time; nothing waits for it
        QTimer::singleShot(0, context, [done] { done({}); });
        return nullptr;
    }
    SecretRequest *request = m_secrets->write(profile.id, profile.restKey);
    // The settings are written only once the key is safe, by the session (not the
    // window): a window closed while the keychain asked still gets its profile saved.
    connect(request, &SecretRequest::finished, this,
            [this, profile](const SecretStore::Result &result) {
                if (result.status == SecretStore::Status::Ok)
                    m_store->save(profile);
            });
    connect(request, &SecretRequest::finished, context, done);
    return request;
}

void ProfileSession::remove(const QString &profileId)
{
    m_secrets->remove(profileId);
    m_store->remove(profileId);
}
