// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "settings/Profile.h"

#include <QPointer>
#include <QWidget>

class ProfileSession;
class QComboBox;
class QLabel;
class SecretRequest;

// The app an upload goes to: the saved profiles (Live ones marked), the one in use described
// under them. Choosing another reads its REST key from the system keychain first, saying
// that it waits and, when it cannot, why, staying on the one in use; chosen() says when the
// new one can be used.
class ProfileChooser : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileChooser(QWidget *parent = nullptr);

    // Offers `profiles` (`current`, in use, among them) on `host`.
    void setProfiles(const QList<Profile> &profiles, const Profile &current, const QString &host,
                     ProfileSession *session);
    const QList<Profile> &profiles() const { return m_profiles; }
    // The offered profile with this id or name (any case); -1: none.
    int indexOf(const QString &idOrName) const;
    // As if the user chose it (an opened plan's app).
    void choose(int index);
    bool isReadingKey() const;

signals:
    void chosen(const Profile &profile); // another profile, its REST key known
    void readingKeyChanged();

private:
    void describe();

    QComboBox *m_box;
    QLabel *m_info;
    QList<Profile> m_profiles;
    Profile m_current;
    QString m_host;
    ProfileSession *m_session = nullptr;
    QPointer<SecretRequest> m_keyRequest; // a chosen profile's REST key being read
    int m_generation = 0; // of the choices made
};
