// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiReply.h"
#include "settings/Profile.h"

#include <QDialog>
#include <QPointer>

class AppSettings;
class BatchClient;
class ProfileEditor;
class ProfileSession;
class QComboBox;
class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class SecretRequest;

// Profiles and keys: add, edit, remove, and test a connection with List (limit 1). Keys
// go through the ProfileSession; a keychain that asks the user something is waited for
// (with Cancel), never taken for a failure. Closing with unsaved edits asks first.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(ProfileSession *profiles, QNetworkAccessManager *network,
                   QWidget *parent = nullptr);

    bool hasUnsavedChanges() const;
    void reject() override; // Esc, Close, the title bar's button

    // Shows the language choice, saved to settings at once; it applies at the next start
    // (Translations::install() runs before any window exists).
    void setAppSettings(AppSettings *settings);

    void addProfile();
    void saveProfile();
    void removeProfile();
    void testConnection();

signals:
    void saved(const QString &profileId);

private:
    void reloadList(const QString &selectId);
    void showProfile(const QString &id);
    void storeProfile(const Profile &profile);
    void updateButtons();
    void setStatus(const QString &text, bool error);
    void follow(SecretRequest *request, const QString &waitingText);

    ProfileSession *m_profiles;
    BatchClient *m_client;
    QPointer<SecretRequest> m_request; // the keychain operation under way
    Profile m_baseline; // as saved (or as added): what "unsaved changes" compares with
    bool m_closeWhenSaved = false;
    QPointer<ApiReply> m_testReply;
    QListWidget *m_list;
    ProfileEditor *m_editor;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_save;
    QPushButton *m_test;
    QLabel *m_status;
    QPushButton *m_cancelWait;
    QWidget *m_languageRow; // hidden until setAppSettings
    QComboBox *m_language; // "" system, "en", "fr" as item data
    AppSettings *m_appSettings = nullptr;
    QString m_currentId;
};
