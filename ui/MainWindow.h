// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "AppContext.h"
#include "settings/Profile.h"
#include "wizard/ImportWizard.h"

#include <QMainWindow>
#include <QPointer>

class AudienceBrowser;
class BatchClient;
class ProfileSession;
class SecretRequest;
class ProfileSwitcher;
class QAction;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Chooses the profile to start on: the environment's, the sandbox, the saved current
    // one, or (none saved) asks the user on first start.
    void start(bool sandbox);
    void activateProfile(const Profile &profile);
    bool activateSandbox();

    void createAudience(const QString &name, const QString &description);
    // The import wizard, on a file and/or a target audience (both optional).
    ImportWizard *openImportWizard(const QString &file = {}, const QString &audience = {});
    ImportWizard *resumeUpload(const struct UploadRecord &upload);
    void openHistory();
    void deleteAudience(const QString &name, qint64 idCount);

    BatchClient *client() const { return m_client; }
    const Profile &currentProfile() const { return m_profile; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    QList<Profile> allProfiles() const; // transient and saved; the current one complete
    void reloadProfiles();
    ImportWizard::Context wizardContext() const;
    void applyProfile(const Profile &profile); // REST key known
    void updateTitle();
    void updateActions();
    void openSettings();
    void onCreateTriggered();
    void onDeleteTriggered();
    void showContextMenu(const QPoint &globalPos);
    // What can be done to the selected audience: the context menu and the details pane.
    QList<QAction *> selectedAudienceActions() const;
    void pasteIds(); // the import wizard on the clipboard's IDs
    void openPlan(); // File → Open Plan…: the import wizard on a saved plan
    void showAbout();
    void showLogFolder();
    void showAudience(const QString &profileId, const QString &name);
    void offerUnfinishedUploads();
    // `action`: the destructive button's text (Delete Audience by default).
    bool askConfirmation(const QString &title, const QString &text, const QString &action = {});
    void resetSandbox(); // after a confirmation

    AppContext m_context;
    ProfileSession *m_profileSession;
    BatchClient *m_client;
    AudienceBrowser *m_browser;
    ProfileSwitcher *m_switcher;
    Profile m_profile;
    QList<Profile> m_transientProfiles;
    bool m_offerUnfinished = false;
    QPointer<SecretRequest> m_keychainRequest; // the REST key being read, if any

    QAction *m_refresh = nullptr;
    QAction *m_create = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_find = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QAction *m_showLogFolder = nullptr;
    QAction *m_import = nullptr;
    QAction *m_openPlan = nullptr;
    QAction *m_pasteIds = nullptr;
    QAction *m_replaceFromCsv = nullptr;
    QAction *m_addFromCsv = nullptr;
    QAction *m_removeFromCsv = nullptr;
    QAction *m_syncFromCsv = nullptr;
    QAction *m_history = nullptr;
    QAction *m_resetSandbox = nullptr;
};
