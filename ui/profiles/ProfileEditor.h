// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "settings/Profile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;

// The fields of one profile, checked as typed. problem() says what blocks saving.
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    Profile profile() const; // the edited values, id kept
    QString problem() const; // empty when the profile can be saved

    void setKeychainAvailable(bool available, const QString &message = {});
    bool restKeyShown() const;

    QLineEdit *nameEdit() const { return m_name; }

signals:
    void edited();

private:
    void updateState();

    Profile m_profile;
    QLineEdit *m_name;
    QLineEdit *m_apiKey;
    QComboBox *m_kind;
    QLabel *m_liveWarning;
    QLineEdit *m_restKey;
    QAction *m_showRestKey;
    QLabel *m_keychainNote;
    QCheckBox *m_storeInSettings;
    QGroupBox *m_advanced;
    QLineEdit *m_baseUrl;
    QLabel *m_problem;
    bool m_keychainAvailable = true;
};
