// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"

#include "AboutDialog.h"
#include "log/LogFile.h"

#include "api/BatchClient.h"
#include "browse/AudienceBrowser.h"
#include "browse/AudienceDetailsPane.h"
#include "browse/AudiencePager.h"
#include "browse/CreateAudienceDialog.h"
#include "browse/PagingBar.h"
#include "common/ErrorBanner.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "history/HistoryWindow.h"
#include "history/UploadHistory.h"
#include "profiles/FirstRunDialog.h"
#include "profiles/ProfileSwitcher.h"
#include "profiles/SettingsDialog.h"
#include "sandbox/FakeBatchServer.h"
#include "sandbox/SandboxHost.h"
#include "settings/AppSettings.h"
#include "settings/ProfileSession.h"
#include "settings/ProfileStore.h"
#include "settings/SecretRequest.h"
#include "settings/SecretStore.h"
#include "upload/ImportSession.h"
#include "wizard/ImportWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUrl>
#include <algorithm>
#include <utility>

// The icons live in this static library: registered here too (registering twice is
// harmless), so tests and tools that build a window without main() get them.
static void initResources()
{
    Q_INIT_RESOURCE(audience_desk);
}

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_profileSession(new ProfileSession(context.profiles, context.secrets, this))
    , m_client(new BatchClient(context.network, this))
    , m_browser(new AudienceBrowser(m_client, m_context.pool, this))
    , m_switcher(new ProfileSwitcher(this))
{
    m_browser->setObjectName(QStringLiteral("audienceBrowser"));
    m_switcher->setObjectName(QStringLiteral("profileSwitcher"));
    initResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/audience-desk.svg")));
    setCentralWidget(m_browser);
    createActions();
    createMenusAndToolBar();
    m_browser->detailsPane()->setActions(selectedAudienceActions());

    const int pageSize = m_context.settings->pageSize();
    m_browser->pagingBar()->setPageSize(pageSize);
    connect(m_browser, &AudienceBrowser::pageSizeChosen, this,
            [this](int size) { m_context.settings->setPageSize(size); });
    connect(m_browser, &AudienceBrowser::selectionChanged, this, &MainWindow::updateActions);
    connect(m_browser, &AudienceBrowser::contextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_browser->pager(), &AudiencePager::stateChanged, this, &MainWindow::updateActions);
    connect(m_browser->pager(), &AudiencePager::pageLoaded, this, [this] {
        // Said once Batch has answered, never before (nor next to an error).
        statusBar()->showMessage(m_profile.id == ProfileSession::sandboxId
                                     ? tr("Sandbox: sample data served on this computer")
                                     : tr("Connected to %1").arg(m_profile.baseUrl.host()));
        if (std::exchange(m_offerUnfinished, false))
            offerUnfinishedUploads();
    });
    connect(m_browser->pager(), &AudiencePager::failed, this, [this] {
        statusBar()->showMessage(tr("Not connected to %1: see the message above the table.")
                                     .arg(m_profile.baseUrl.host()));
    });
    connect(m_switcher, &ProfileSwitcher::profileChosen, this, &MainWindow::activateProfile);
    auto *total = new QLabel(this);
    total->setObjectName(QStringLiteral("audienceTotal"));
    total->hide();
    statusBar()->addPermanentWidget(total);
    connect(m_browser, &AudienceBrowser::totalChanged, total, [total](int count) {
        total->setText(tr("%n audiences", nullptr, count));
        total->setVisible(count >= 0);
    });
    connect(m_context.profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfiles);

    setAcceptDrops(true);
    resize(1180, 700);
    restoreGeometry(m_context.settings->mainWindowGeometry());
    restoreState(m_context.settings->mainWindowState());
    m_browser->restoreState(m_context.settings->audienceTableState());
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh"),
                                             style()->standardIcon(QStyle::SP_BrowserReload)),
                            tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Reload this page of audiences (F5)"));
    connect(m_refresh, &QAction::triggered, m_browser->pager(), &AudiencePager::reload);

    m_create = new QAction(QIcon::fromTheme(QStringLiteral("list-add"),
                                            style()->standardIcon(QStyle::SP_FileDialogNewFolder)),
                           tr("&Create Audience…"), this);
    m_create->setShortcut(QKeySequence::New);
    connect(m_create, &QAction::triggered, this, &MainWindow::onCreateTriggered);

    m_delete = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete"),
                                            style()->standardIcon(QStyle::SP_TrashIcon)),
                           tr("&Delete Audience…"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &MainWindow::onDeleteTriggered);

    m_settings
        = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system"),
                                       style()->standardIcon(QStyle::SP_FileDialogDetailedView)),
                      tr("&Profiles and Keys…"), this);
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_settings, &QAction::triggered, this, &MainWindow::openSettings);

    m_find = new QAction(tr("&Filter"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_browser, &AudienceBrowser::focusFilter);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_import = new QAction(QIcon::fromTheme(QStringLiteral("document-import"),
                                            style()->standardIcon(QStyle::SP_ArrowUp)),
                           tr("&Import CSV…"), this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setToolTip(tr("Upload a CSV segment into an audience (Ctrl+I)"));
    connect(m_import, &QAction::triggered, this, [this] { openImportWizard(); });
    m_openPlan = new QAction(tr("&Open Plan…"), this);
    m_openPlan->setObjectName(QStringLiteral("openPlanAction"));
    m_openPlan->setShortcut(QKeySequence::Open);
    m_openPlan->setToolTip(tr("Run a saved import again: its file, mapping, audience and apps"));
    connect(m_openPlan, &QAction::triggered, this, &MainWindow::openPlan);

    // Ctrl+V: a focused text field keeps it (QLineEdit accepts the ShortcutOverride of
    // Paste), so the filter box still pastes text; anywhere else it pastes IDs.
    m_pasteIds = new QAction(tr("&Paste IDs…"), this);
    m_pasteIds->setObjectName(QStringLiteral("pasteIdsAction"));
    m_pasteIds->setShortcut(QKeySequence::Paste);
    m_pasteIds->setToolTip(tr("Upload a column of IDs copied from a spreadsheet (Ctrl+V)"));
    connect(m_pasteIds, &QAction::triggered, this, &MainWindow::pasteIds);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &MainWindow::updateActions);

    // The selected audience, from a file, in each mode (the wizard's Target page opens on it).
    auto fromCsv = [this](const QString &text, UploadMode mode) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, this, [this, mode] {
            if (const AudienceInfo *a = m_browser->selectedAudience()) {
                if (ImportWizard *wizard = openImportWizard({}, a->name))
                    wizard->session()->setMode(mode);
            }
        });
        return action;
    };
    m_replaceFromCsv = fromCsv(tr("&Replace from CSV…"), UploadMode::Replace);
    m_addFromCsv = fromCsv(tr("&Add from CSV…"), UploadMode::Add);
    m_removeFromCsv = fromCsv(tr("Re&move from CSV…"), UploadMode::Remove);
    m_syncFromCsv = fromCsv(tr("S&ync from CSV…"), UploadMode::Sync);

    m_resetSandbox = new QAction(tr("&Reset Sandbox…"), this);
    m_resetSandbox->setObjectName(QStringLiteral("resetSandboxAction"));
    m_resetSandbox->setToolTip(tr("Put the sample audiences back in the sandbox"));
    connect(m_resetSandbox, &QAction::triggered, this, &MainWindow::resetSandbox);
    if (m_context.sandbox)
        connect(m_context.sandbox, &SandboxHost::resetFinished, this, [this] {
            statusBar()->showMessage(tr("The sandbox holds the sample audiences again."), 5000);
            if (m_profile.id == ProfileSession::sandboxId) {
                m_browser->detailsPane()->clear();
                m_browser->pager()->first();
            }
        });

    m_history = new QAction(tr("Upload &History…"), this);
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_history, &QAction::triggered, this, &MainWindow::openHistory);

    m_about = new QAction(tr("&About Audience Desk"), this);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    m_showLogFolder = new QAction(tr("Show &Log Folder"), this);
    connect(m_showLogFolder, &QAction::triggered, this, &MainWindow::showLogFolder);
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openPlan);
    file->addSeparator();
    file->addAction(m_settings);
    file->addAction(m_resetSandbox);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *audience = menuBar()->addMenu(tr("&Audience"));
    audience->addAction(m_import);
    audience->addAction(m_pasteIds);
    audience->addAction(m_replaceFromCsv);
    audience->addAction(m_addFromCsv);
    audience->addAction(m_removeFromCsv);
    audience->addAction(m_syncFromCsv);
    audience->addAction(m_history);
    audience->addSeparator();
    audience->addAction(m_create);
    audience->addAction(m_delete);
    audience->addSeparator();
    audience->addAction(m_refresh);
    audience->addAction(m_find);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_showLogFolder);
    help->addSeparator();
    help->addAction(m_aboutQt);
    help->addAction(m_about);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addWidget(m_switcher);
    toolBar->addSeparator();
    toolBar->addAction(m_refresh);
    toolBar->addAction(m_import);
    toolBar->addAction(m_create);
    toolBar->addAction(m_delete);
    toolBar->addSeparator();
    toolBar->addAction(m_settings);
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::start(bool sandbox)
{
    if (auto env = ProfileSession::environmentProfile(QProcessEnvironment::systemEnvironment())) {
        m_transientProfiles.append(*env);
        reloadProfiles();
        activateProfile(*env);
        return;
    }
    if (sandbox) {
        activateSandbox();
        return;
    }
    reloadProfiles();
    const QList<Profile> saved = m_context.profiles->profiles();
    if (saved.isEmpty()) {
        FirstRunDialog dialog(this);
        const int choice = dialog.exec();
        if (choice == FirstRunDialog::TrySandbox)
            activateSandbox();
        else if (choice == FirstRunDialog::AddKeys)
            QMetaObject::invokeMethod(this, &MainWindow::openSettings, Qt::QueuedConnection);
        else
            m_browser->banner()->showInfo(
                tr("No profile yet: add your Batch keys with File → Profiles and Keys, or "
                   "try the sandbox, with sample data on this computer."),
                tr("Try the &Sandbox"), [this] { activateSandbox(); });
        return;
    }
    const auto current = m_context.profiles->profile(m_context.profiles->currentProfileId());
    activateProfile(current ? *current : saved.first());
}

bool MainWindow::activateSandbox()
{
    if (!m_context.sandbox->isRunning() && !m_context.sandbox->start()) {
        m_browser->banner()->showError(tr("The sandbox could not start: no free local port."),
                                       false);
        return false;
    }
    const Profile sandbox = ProfileSession::sandboxProfile(m_context.sandbox->baseUrl());
    auto isSandbox = [](const Profile &p) { return p.id == ProfileSession::sandboxId; };
    m_transientProfiles.erase(
        std::remove_if(m_transientProfiles.begin(), m_transientProfiles.end(), isSandbox),
        m_transientProfiles.end());
    m_transientProfiles.append(sandbox);
    reloadProfiles();
    applyProfile(sandbox);
    return true;
}

QList<Profile> MainWindow::allProfiles() const
{
    QList<Profile> all = m_transientProfiles;
    // The sandbox is always offered, running or not: a way back to sample data.
    if (std::none_of(all.cbegin(), all.cend(),
                     [](const Profile &p) { return p.id == ProfileSession::sandboxId; }))
        all.append(ProfileSession::sandboxProfile({}));
    all += m_context.profiles->profiles();
    for (Profile &p : all) {
        if (p.id == m_profile.id)
            p = m_profile; // with its REST key, already read
    }
    return all;
}

void MainWindow::reloadProfiles()
{
    m_switcher->setProfiles(allProfiles(), m_profile.id);
}

void MainWindow::activateProfile(const Profile &profile)
{
    if (profile.id == ProfileSession::sandboxId) {
        activateSandbox();
        return;
    }
    if (!profile.transient)
        m_context.profiles->setCurrentProfileId(profile.id);
    if (m_keychainRequest)
        m_keychainRequest->cancel(); // another profile was chosen meanwhile
    if (ProfileSession::hasRestKey(profile)) {
        applyProfile(profile);
        return;
    }
    SecretRequest *request = m_profileSession->complete(
        profile, this, [this](const Profile &complete, const SecretStore::Result &result) {
            applyProfile(complete);
            if (result.status != SecretStore::Status::Ok) {
                m_browser->pager()->cancel();
                m_browser->banner()->showError(
                    tr("The REST API key of “%1” could not be read: %2 Open File → Profiles "
                       "and Keys to enter it again.")
                        .arg(complete.displayName, result.message),
                    false);
            }
        });
    m_keychainRequest = request;
    if (!request)
        return;
    statusBar()->showMessage(tr("Reading the REST API key from the system keychain…"));
    connect(request, &SecretRequest::waiting, this, [this, request, profile] {
        // A prompt (unlock the keyring) is probably up: not a failure, wait for it.
        m_browser->banner()->showInfo(
            tr("Waiting for the system keychain to give the REST API key of “%1”: answer its "
               "prompt (it may ask to unlock your keyring).")
                .arg(profile.displayName),
            tr("Cancel"), [request] { request->cancel(); });
    });
}

void MainWindow::applyProfile(const Profile &profile)
{
    m_profile = profile;
    m_client->setConfig(ProfileSession::configFor(profile));
    qCInfo(lcSession).noquote() << "profile" << profile.displayName
                                << (profile.isLive() ? "(Live)" : "") << "at"
                                << m_client->config().baseUrl.toString();
    reloadProfiles();
    updateTitle();
    updateActions();
    m_offerUnfinished = true; // once the first page is shown (a page load clears the banner)
    m_browser->detailsPane()->clear();
    m_browser->detailsPane()->setUploadSource(
        m_context.history ? m_context.history->path() : QString(), profile.id);
    m_browser->banner()->hide();
    m_browser->pager()->setPageSize(m_context.settings->pageSize());
    statusBar()->showMessage(tr("Asking %1 for the audiences…").arg(profile.baseUrl.host()));
}

void MainWindow::updateTitle()
{
    // Qt appends the application's display name ("Sandbox — Audience Desk"): the app's
    // name appears once.
    QString title;
    if (m_profile.id == ProfileSession::sandboxId)
        title = tr("Sandbox");
    else if (!m_profile.id.isEmpty())
        title = m_profile.isLive() ? tr("%1 (LIVE)").arg(m_profile.displayName)
                                   : m_profile.displayName;
    setWindowTitle(title);
}

void MainWindow::updateActions()
{
    const bool connected = !m_profile.id.isEmpty();
    m_refresh->setEnabled(connected);
    m_create->setEnabled(connected);
    m_delete->setEnabled(connected && m_browser->selectedAudience());
    m_import->setEnabled(connected);
    m_openPlan->setEnabled(connected);
    const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
    m_pasteIds->setEnabled(connected && clipboard && clipboard->hasText());
    for (QAction *fromCsv : {m_replaceFromCsv, m_addFromCsv, m_removeFromCsv, m_syncFromCsv})
        fromCsv->setEnabled(connected && m_browser->selectedAudience());
    m_resetSandbox->setEnabled(m_profile.id == ProfileSession::sandboxId && m_context.sandbox
                               && m_context.sandbox->isRunning());
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_profileSession, m_context.network, this);
    dialog.setAppSettings(m_context.settings);
    dialog.exec();
    reloadProfiles();
    if (m_profile.transient)
        return;
    // The profile on screen may have been edited or removed.
    if (auto updated = m_context.profiles->profile(m_profile.id))
        activateProfile(*updated);
    else if (!m_context.profiles->profiles().isEmpty())
        activateProfile(m_context.profiles->profiles().first());
}

void MainWindow::onCreateTriggered()
{
    CreateAudienceDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        createAudience(dialog.name(), dialog.description());
}

void MainWindow::createAudience(const QString &name, const QString &description)
{
    ApiReply *reply = m_client->create(name, description);
    statusBar()->showMessage(tr("Creating “%1”…").arg(name));
    connect(reply, &ApiReply::finished, this, [this, reply, name] {
        reply->deleteLater();
        if (!reply->isOk()) {
            m_browser->banner()->showError(
                tr("“%1” was not created. %2").arg(name, reply->error().message),
                reply->error().retryable);
            statusBar()->clearMessage();
            return;
        }
        statusBar()->showMessage(tr("Audience “%1” created.").arg(name), 5000);
        // Newest first: a new audience is on the first page.
        m_browser->selectAudienceWhenLoaded(name);
        m_browser->pager()->first();
    });
}

bool MainWindow::askConfirmation(const QString &title, const QString &text, const QString &action)
{
    // Tests answer through MessageBox::setNextAnswer().
    return MessageBox::destructive(this, title, text,
                                   action.isEmpty() ? tr("Delete Audience") : action)
        == QMessageBox::Yes;
}

void MainWindow::resetSandbox()
{
    if (!askConfirmation(tr("Reset Sandbox"),
                         tr("Put the sample audiences back in the sandbox?\n\nThe audiences "
                            "created, changed or uploaded to in the sandbox are lost. Nothing "
                            "at Batch changes."),
                         tr("Reset Sandbox")))
        return;
    statusBar()->showMessage(tr("Resetting the sandbox…"));
    m_context.sandbox->reset();
}

void MainWindow::onDeleteTriggered()
{
    if (const AudienceInfo *audience = m_browser->selectedAudience())
        deleteAudience(audience->name, audience->idCount);
}

void MainWindow::deleteAudience(const QString &name, qint64 idCount)
{
    const QString text
        = tr("Delete the audience “%1” and its %2 IDs?\n\nCampaigns that target it will then "
             "target nobody. This cannot be undone.%3")
              .arg(name, QLocale().toString(idCount),
                   m_profile.isLive() ? tr("\n\nThis is a LIVE app.") : QString());
    if (!askConfirmation(tr("Delete Audience"), text))
        return;
    ApiReply *reply = m_client->remove(name);
    statusBar()->showMessage(tr("Deleting “%1”…").arg(name));
    connect(reply, &ApiReply::finished, this, [this, reply, name] {
        reply->deleteLater();
        if (!reply->isOk()) {
            m_browser->banner()->showError(
                tr("“%1” was not deleted. %2").arg(name, reply->error().message),
                reply->error().retryable);
            statusBar()->clearMessage();
            return;
        }
        statusBar()->showMessage(tr("Audience “%1” deleted.").arg(name), 5000);
        m_browser->pager()->reload();
    });
}

QList<QAction *> MainWindow::selectedAudienceActions() const
{
    return {m_replaceFromCsv, m_addFromCsv, m_removeFromCsv, m_syncFromCsv, m_delete};
}

void MainWindow::showContextMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    if (m_browser->selectedAudience()) {
        menu.addActions(selectedAudienceActions());
        menu.addSeparator();
    }
    menu.addAction(m_create);
    menu.addSeparator();
    menu.addAction(m_refresh);
    menu.exec(globalPos);
}

void MainWindow::showAbout()
{
    AboutDialog about(m_context, this);
    about.exec();
}

void MainWindow::showLogFolder()
{
    const QString log = LogFile::currentPath();
    const QString folder = log.isEmpty() ? LogFile::defaultFolder() : QFileInfo(log).absolutePath();
    QDir().mkpath(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        statusBar()->showMessage(tr("No file manager could open %1.").arg(folder), 8000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // An import wizard sending requests asks before it stops (the audience would be
    // partial); the window waits for it.
    for (ImportWizard *wizard : findChildren<ImportWizard *>()) {
        if (!wizard->isVisible() || wizard->close())
            continue;
        if (wizard->isStopping()) // closes once the upload has recorded where it stopped
            connect(wizard, &QDialog::rejected, this, &QWidget::close, Qt::QueuedConnection);
        event->ignore();
        return;
    }
    m_context.settings->setMainWindowGeometry(saveGeometry());
    m_context.settings->setMainWindowState(saveState());
    m_context.settings->setAudienceTableState(m_browser->saveState());
    QMainWindow::closeEvent(event);
}

ImportWizard::Context MainWindow::wizardContext() const
{
    ImportWizard::Context context;
    context.client = m_client;
    context.profile = m_profile;
    context.history = m_context.history;
    context.settings = m_context.qsettings;
    context.profiles = allProfiles();
    if (!m_context.sandbox || !m_context.sandbox->isRunning()) // in the switcher only
        context.profiles.removeIf(
            [](const Profile &p) { return p.id == ProfileSession::sandboxId; });
    context.profileSession = m_profileSession;
    context.pool = m_context.pool;
    return context;
}

ImportWizard *MainWindow::openImportWizard(const QString &file, const QString &audience)
{
    if (m_profile.id.isEmpty()) {
        m_browser->banner()->showInfo(tr("Choose a profile (or the sandbox) before importing."));
        qCInfo(lcSession) << "import wizard not opened: no profile" << file;
        return nullptr;
    }
    // A saved plan (dropped, opened with the app, on the command line) opens as a plan.
    std::optional<ImportPlan> plan;
    if (!file.isEmpty() && ImportPlan::looksLikePlan(file)) {
        QString why;
        plan = ImportPlan::load(file, &why);
        if (!plan) {
            m_browser->banner()->showError(
                tr("The plan %1 cannot be opened: %2").arg(QDir::toNativeSeparators(file), why),
                false);
            return nullptr;
        }
    }
    auto *wizard = new ImportWizard(wizardContext(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    qCInfo(lcSession).noquote() << "import wizard opened" << file;
    if (plan)
        wizard->openPlan(*plan);
    else if (!file.isEmpty())
        wizard->setFile(file);
    if (!audience.isEmpty())
        wizard->setTargetAudience(audience);
    connect(wizard, &ImportWizard::showAudienceRequested, this, &MainWindow::showAudience);
    connect(wizard, &QWizard::finished, this, [this] { m_browser->pager()->reload(); });
    wizard->show();
    return wizard;
}

void MainWindow::openPlan()
{
    const QString path = FileDialog::openFileName(
        this, tr("Open Plan"),
        m_context.qsettings ? AppSettings(m_context.qsettings).lastImportFolder() : QString(),
        tr("Import plans (*.plan.json *.json)"));
    if (!path.isEmpty())
        openImportWizard(path);
}

void MainWindow::pasteIds()
{
    const QString text = QGuiApplication::clipboard()->text();
    // (Not trimmed(): a million pasted lines would be copied only to look at both ends.)
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); })) {
        statusBar()->showMessage(tr("The clipboard holds no text: copy a column of IDs first."),
                                 5000);
        return;
    }
    // Into the selected audience, if any, as Replace from CSV… does.
    const AudienceInfo *selected = m_browser->selectedAudience();
    if (ImportWizard *wizard = openImportWizard({}, selected ? selected->name : QString()))
        wizard->pasteIds(text);
}

ImportWizard *MainWindow::resumeUpload(const UploadRecord &upload)
{
    if (upload.profileId != m_profile.id) {
        m_browser->banner()->showInfo(
            tr("This upload was made with the profile “%1”: switch to it to resume.")
                .arg(upload.profileName));
        return nullptr;
    }
    auto *wizard = new ImportWizard(wizardContext(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->resumeUpload(upload);
    connect(wizard, &ImportWizard::showAudienceRequested, this, &MainWindow::showAudience);
    wizard->show();
    return wizard;
}

void MainWindow::openHistory()
{
    if (!m_context.history)
        return;
    HistoryWindow window(m_context.history, this);
    connect(&window, &HistoryWindow::resumeRequested, this, &MainWindow::resumeUpload);
    window.exec();
}

void MainWindow::offerUnfinishedUploads()
{
    if (!m_context.history || m_profile.id.isEmpty())
        return;
    for (const UploadRecord &u : m_context.history->unfinished()) {
        if (u.profileId == m_profile.id) {
            const qint64 id = u.id;
            m_browser->banner()->showInfo(
                tr("The upload of %1 into %2 did not finish: the audience may be partial. "
                   "Resume it now, or later from Audience → Upload History.")
                    .arg(u.fileName, u.audience),
                tr("Re&sume Upload…"), [this, id] {
                    if (const auto full = m_context.history->upload(id))
                        resumeUpload(*full);
                });
            return;
        }
    }
}

void MainWindow::showAudience(const QString &profileId, const QString &name)
{
    m_browser->selectAudienceWhenLoaded(name);
    if (profileId != m_profile.id) {
        // The wizard uploaded with another profile: switch to it (its first page loads).
        for (const Profile &p : allProfiles()) {
            if (p.id == profileId) {
                activateProfile(p);
                return;
            }
        }
    }
    m_browser->pager()->first(); // newest first: a new or updated audience is near the top
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openImportWizard(urls.first().toLocalFile());
    }
}
