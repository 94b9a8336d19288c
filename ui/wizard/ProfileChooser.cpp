// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/ProfileChooser.h"

#include "common/Palette.h"
#include "settings/ProfileSession.h"
#include "settings/SecretRequest.h"

#include <QComboBox>
#include <QHostAddress>
#include <QLabel>
#include <QVBoxLayout>

ProfileChooser::ProfileChooser(QWidget *parent)
    : QWidget(parent)
    , m_box(new QComboBox(this))
    , m_info(new QLabel(this))
{
    m_box->setObjectName(QStringLiteral("profileBox"));
    m_info->setObjectName(QStringLiteral("profileLabel"));
    m_box->setAccessibleName(tr("Profile"));
    m_info->setWordWrap(true);
    setFocusProxy(m_box); // the form's "&Profile:" label goes to the box
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    layout->addWidget(m_info);
    connect(m_box, &QComboBox::activated, this, &ProfileChooser::choose);
}

void ProfileChooser::setProfiles(const QList<Profile> &profiles, const Profile &current,
                                 const QString &host, ProfileSession *session)
{
    m_profiles = profiles;
    m_current = current;
    m_host = host;
    m_session = session;
    const QSignalBlocker blocker(m_box);
    m_box->clear();
    for (const Profile &p : std::as_const(m_profiles)) {
        m_box->addItem(p.isLive()
                           ? tr("%1 — LIVE").arg(p.displayName)
                           : tr("%1 — %2 key").arg(p.displayName, apiKeyKindName(p.keyKind)));
        if (p.isLive())
            m_box->setItemData(m_box->count() - 1, Palette::text(Palette::Role::Live, palette()),
                               Qt::ForegroundRole);
        if (p.id == current.id)
            m_box->setCurrentIndex(m_box->count() - 1);
    }
    m_box->setEnabled(m_profiles.size() > 1);
    describe();
}

bool ProfileChooser::isReadingKey() const
{
    return !m_keyRequest.isNull();
}

int ProfileChooser::indexOf(const QString &idOrName) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile &p = m_profiles.at(i);
        if (!idOrName.isEmpty()
            && (p.id == idOrName || p.displayName.compare(idOrName, Qt::CaseInsensitive) == 0))
            return i;
    }
    return -1;
}

void ProfileChooser::choose(int index)
{
    if (index < 0 || index >= m_profiles.size())
        return;
    m_box->setCurrentIndex(index);
    const Profile picked = m_profiles.at(index);
    const int generation = ++m_generation; // an answer for an earlier choice is ignored
    if (m_keyRequest)
        m_keyRequest->cancel(); // another choice: that key is not needed any more
    if (picked.id == m_current.id) {
        describe();
        return;
    }
    if (ProfileSession::hasRestKey(picked) || !m_session) {
        m_current = picked;
        describe();
        emit chosen(picked);
        return;
    }
    Palette::clearText(m_info);
    m_info->setText(tr("Reading the REST API key of %1 from the system keychain…")
                        .arg(picked.displayName.toHtmlEscaped()));
    SecretRequest *request = m_session->complete(
        picked, this,
        [this, index, generation](const Profile &complete, const SecretStore::Result &result) {
            if (generation != m_generation)
                return;
            m_keyRequest = nullptr;
            emit readingKeyChanged();
            if (result.status == SecretStore::Status::Cancelled) // another profile chosen
                return;
            if (result.status == SecretStore::Status::Ok && !complete.restKey.isEmpty()) {
                m_profiles[index] = complete; // not asked again in this wizard
                m_current = complete;
                describe();
                emit chosen(complete);
                return;
            }
            // Stay on the profile in use, and say why.
            m_box->setCurrentIndex(indexOf(m_current.id));
            Palette::setText(m_info, Palette::Role::Error);
            m_info->setText(
                tr("The REST API key of %1 could not be read: %2 The upload stays with %3.")
                    .arg(complete.displayName.toHtmlEscaped(), result.message.toHtmlEscaped(),
                         m_current.displayName.toHtmlEscaped()));
        });
    connect(request, &SecretRequest::waiting, this, [this, picked] {
        m_info->setText(
            tr("Waiting for the system keychain to give the REST API key of %1: answer its "
               "prompt (it may ask to unlock your keyring). Choose the profile in use again to "
               "stop waiting.")
                .arg(picked.displayName.toHtmlEscaped()));
    });
    m_keyRequest = request;
    emit readingKeyChanged();
}

void ProfileChooser::describe()
{
    const Profile &p = m_current;
    Palette::clearText(m_info);
    m_info->setText(p.isLive()
                        ? tr("<span style='color:%2;background:%3'>&nbsp;LIVE&nbsp;</span> "
                             "Changes reach the real users of %1.")
                              .arg(p.displayName.toHtmlEscaped(),
                                   Palette::textOnBadge(Palette::Role::Live, palette()).name(),
                                   Palette::badge(Palette::Role::Live, palette()).name())
                        : tr("%1 key of %2, on %3")
                              .arg(apiKeyKindName(p.keyKind), p.displayName.toHtmlEscaped(),
                                   QHostAddress(m_host).isLoopback() ? tr("this computer")
                                                                     : m_host.toHtmlEscaped()));
}
