// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "settings/Profile.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class ProfileSession;
class QLabel;
class QListWidget;
class QListWidgetItem;
class SecretRequest;

// "Also send to:" on the Target page: the other saved profiles (another app of the same
// company), each one ticked to receive the same file after the chosen one. A ticked
// profile's REST key is completed through the ProfileSession at once, as the page does for
// the chosen profile; when it cannot be read, the tick goes and the box says why. Live
// profiles are marked with the Palette's Live role.
class AlsoSendToBox : public QWidget
{
    Q_OBJECT
public:
    explicit AlsoSendToBox(QWidget *parent = nullptr);

    // Offers `profiles` except `chosenId`; the ticks of those still offered are kept.
    void setProfiles(const QList<Profile> &profiles, const QString &chosenId,
                     ProfileSession *session);
    QList<Profile> checked() const; // ticked, REST key known, in the list's order
    // Ticks the offered profiles among `profileIds` (a saved plan's apps), reading their
    // REST keys as a tick by hand does.
    void tick(const QStringList &profileIds);
    bool isReadingKey() const { return !m_requests.isEmpty(); }

signals:
    void changed(); // the ticked profiles (or whether a key is being read) changed

private:
    void onItemChanged(QListWidgetItem *item);
    void cancelRequests();

    QLabel *m_title;
    QListWidget *m_list;
    QLabel *m_problem;
    QList<Profile> m_profiles; // as offered, REST keys completed once read
    ProfileSession *m_session = nullptr;
    QHash<QString, QPointer<SecretRequest>> m_requests; // by profile id
};
