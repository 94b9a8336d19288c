// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/AlsoSendToBox.h"

#include "common/Palette.h"
#include "settings/ProfileSession.h"
#include "settings/SecretRequest.h"

#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

namespace {
constexpr int ProfileIdRole = Qt::UserRole;
}

AlsoSendToBox::AlsoSendToBox(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Al&so send to:"), this))
    , m_list(new QListWidget(this))
    , m_problem(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("alsoSendToList"));
    m_problem->setObjectName(QStringLiteral("alsoSendToProblem"));
    m_title->setBuddy(m_list);
    m_list->setAccessibleName(tr("Also send to"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    Palette::setText(m_problem, Palette::Role::Error);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addWidget(m_problem);
    connect(m_list, &QListWidget::itemChanged, this, &AlsoSendToBox::onItemChanged);
}

void AlsoSendToBox::setProfiles(const QList<Profile> &profiles, const QString &chosenId,
                                ProfileSession *session)
{
    QSet<QString> ticked;
    for (const Profile &p : checked())
        ticked.insert(p.id);
    cancelRequests(); // a key being read for a profile no longer ticked
    m_session = session;
    // Keys already read stay known.
    QHash<QString, Profile> known;
    for (const Profile &p : std::as_const(m_profiles))
        known.insert(p.id, p);
    m_profiles.clear();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (Profile p : profiles) {
            if (p.id == chosenId)
                continue;
            if (known.contains(p.id) && ProfileSession::hasRestKey(known.value(p.id)))
                p = known.value(p.id);
            m_profiles << p;
            auto *item = new QListWidgetItem(
                p.isLive() ? tr("%1 — LIVE").arg(p.displayName)
                           : tr("%1 — %2 key").arg(p.displayName, apiKeyKindName(p.keyKind)),
                m_list);
            item->setData(ProfileIdRole, p.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(ticked.contains(p.id) ? Qt::Checked : Qt::Unchecked);
            if (p.isLive())
                item->setForeground(Palette::text(Palette::Role::Live, palette()));
        }
    }
    m_problem->hide();
    // One row each, no more room than they need (a few apps at most).
    const int rows = std::clamp(int(m_profiles.size()), 1, 4);
    m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 2);
    setVisible(!m_profiles.isEmpty());
    emit changed();
}

QList<Profile> AlsoSendToBox::checked() const
{
    QList<Profile> result;
    for (int i = 0; i < m_list->count() && i < m_profiles.size(); ++i) {
        const Profile &p = m_profiles.at(i);
        if (m_list->item(i)->checkState() == Qt::Checked && !m_requests.contains(p.id)
            && (ProfileSession::hasRestKey(p) || !m_session))
            result << p;
    }
    return result;
}

void AlsoSendToBox::tick(const QStringList &profileIds)
{
    for (int i = 0; i < m_list->count() && i < m_profiles.size(); ++i) {
        if (profileIds.contains(m_profiles.at(i).id))
            m_list->item(i)->setCheckState(Qt::Checked); // onItemChanged reads the key
    }
}

void AlsoSendToBox::onItemChanged(QListWidgetItem *item)
{
    const int index = m_list->row(item);
    if (index < 0 || index >= m_profiles.size())
        return;
    const Profile profile = m_profiles.at(index);
    if (item->checkState() != Qt::Checked) {
        if (SecretRequest *request = m_requests.take(profile.id))
            request->cancel();
        emit changed();
        return;
    }
    m_problem->hide();
    if (!m_session || ProfileSession::hasRestKey(profile)) {
        emit changed();
        return;
    }
    const QString id = profile.id;
    m_requests.insert(id, nullptr); // reading, before the request can answer at once
    emit changed();
    SecretRequest *request = m_session->complete(
        profile, this, [this, id](const Profile &complete, const SecretStore::Result &result) {
            m_requests.remove(id);
            int row = -1;
            for (int i = 0; i < m_profiles.size(); ++i)
                if (m_profiles.at(i).id == id)
                    row = i;
            if (row < 0 || result.status == SecretStore::Status::Cancelled) {
                emit changed();
                return;
            }
            if (result.status == SecretStore::Status::Ok && !complete.restKey.isEmpty()) {
                m_profiles[row] = complete;
            } else {
                const QSignalBlocker blocker(m_list);
                m_list->item(row)->setCheckState(Qt::Unchecked);
                m_problem->setText(
                    tr("The REST API key of %1 could not be read: %2 Nothing is sent there.")
                        .arg(complete.displayName.toHtmlEscaped(), result.message.toHtmlEscaped()));
                m_problem->show();
            }
            emit changed();
        });
    if (m_requests.contains(id))
        m_requests[id] = request;
}

void AlsoSendToBox::cancelRequests()
{
    const auto requests = std::exchange(m_requests, {});
    for (const QPointer<SecretRequest> &request : requests)
        if (request)
            request->cancel();
}
