// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "settings/Profile.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;

// Chooses the profile the window works on. A Live profile is unmistakable: red badge,
// red item text, a tooltip saying changes reach real users.
class ProfileSwitcher : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileSwitcher(QWidget *parent = nullptr);

    void setProfiles(const QList<Profile> &profiles, const QString &currentId);
    Profile currentProfile() const;
    bool isLiveBadgeVisible() const;

signals:
    void profileChosen(const Profile &profile);

private:
    void updateBadge();

    QComboBox *m_combo;
    QLabel *m_badge;
    QList<Profile> m_profiles;
};
