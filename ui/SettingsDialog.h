#pragma once

#include "api/ApiReply.h"
#include "settings/Profile.h"

#include <QDialog>
#include <QPointer>

class BatchClient;
class ProfileEditor;
class ProfileStore;
class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class SecretStore;

// Profiles and keys: add, edit, remove, and test a connection with List (limit 1).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(ProfileStore *profiles, SecretStore *secrets, QNetworkAccessManager *network,
                   QWidget *parent = nullptr);

    ProfileEditor *editor() const { return m_editor; }
    QListWidget *profileList() const { return m_list; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testButton() const { return m_test; }
    QLabel *statusLabel() const { return m_status; }

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

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    BatchClient *m_client;
    QPointer<ApiReply> m_testReply;
    QListWidget *m_list;
    ProfileEditor *m_editor;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_save;
    QPushButton *m_test;
    QLabel *m_status;
    QString m_currentId;
};
