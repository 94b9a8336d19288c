// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profiles/SettingsDialog.h"

#include "api/BatchClient.h"
#include "common/MessageBox.h"
#include "common/Palette.h"
#include "profiles/ProfileEditor.h"
#include "settings/AppSettings.h"
#include "settings/ProfileSession.h"
#include "settings/ProfileStore.h"
#include "settings/SecretRequest.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>
#include <algorithm>

namespace {
bool sameSettings(const Profile &a, const Profile &b)
{
    return a.displayName == b.displayName && a.apiKey == b.apiKey && a.keyKind == b.keyKind
        && a.restKey == b.restKey && a.baseUrl == b.baseUrl
        && a.restKeyInSettings == b.restKeyInSettings;
}
} // namespace

SettingsDialog::SettingsDialog(ProfileSession *profiles, QNetworkAccessManager *network,
                               QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_client(new BatchClient(network, this))
    , m_list(new QListWidget(this))
    , m_editor(new ProfileEditor(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("Re&move…"), this))
    , m_save(new QPushButton(tr("&Save Profile"), this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_status(new QLabel(this))
    , m_cancelWait(new QPushButton(tr("Stop &Waiting"), this))
    , m_languageRow(new QWidget(this))
    , m_language(new QComboBox(m_languageRow))
{
    m_list->setObjectName(QStringLiteral("profileList"));
    m_editor->setObjectName(QStringLiteral("profileEditor"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_test->setObjectName(QStringLiteral("testButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_cancelWait->setObjectName(QStringLiteral("cancelWaitButton"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    setWindowTitle(tr("Profiles and Keys"));
    m_list->setMinimumWidth(190);
    m_list->setAccessibleName(tr("Profiles"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);

    m_cancelWait->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancelWait, 0, Qt::AlignTop);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addStretch(1);
    actions->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addWidget(m_editor, 1);
    right->addLayout(statusRow);
    right->addLayout(actions);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addSpacing(8);
    columns->addLayout(right, 1);
    // The language, beside Close: not a profile's setting. Each language is named in itself.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    auto *languageLabel = new QLabel(tr("&Language:"), m_languageRow);
    languageLabel->setBuddy(m_language);
    auto *languageNote = new QLabel(tr("(applies at the next start)"), m_languageRow);
    auto *languageLayout = new QHBoxLayout(m_languageRow);
    languageLayout->setContentsMargins(0, 0, 0, 0);
    languageLayout->addWidget(languageLabel);
    languageLayout->addWidget(m_language);
    languageLayout->addWidget(languageNote);
    m_languageRow->hide();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_languageRow);
    bottom->addStretch(1);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);
    resize(760, 460);

    connect(close, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (m_appSettings)
            m_appSettings->setLanguage(m_language->currentData().toString());
    });
    connect(m_cancelWait, &QPushButton::clicked, this, [this] {
        if (m_request)
            m_request->cancel();
    });
    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::saveProfile);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_editor, &ProfileEditor::edited, this, &SettingsDialog::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showProfile(m_list->item(row)->data(Qt::UserRole).toString());
    });

    reloadList(m_profiles->store()->currentProfileId());
    if (m_list->count() == 0)
        addProfile();
}

void SettingsDialog::reloadList(const QString &selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = -1;
    for (const Profile &p : m_profiles->savedProfiles()) {
        auto *item = new QListWidgetItem(
            p.isLive() ? tr("%1 — LIVE").arg(p.displayName) : p.displayName, m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.isLive())
            item->setForeground(Palette::text(Palette::Role::Live, m_list->palette()));
        if (p.id == selectId)
            select = m_list->count() - 1;
    }
    if (select < 0 && m_list->count() > 0 && selectId.isEmpty())
        select = 0;
    if (select >= 0) {
        m_list->setCurrentRow(select);
        showProfile(m_list->item(select)->data(Qt::UserRole).toString());
    }
    updateButtons();
}

void SettingsDialog::follow(SecretRequest *request, const QString &waitingText)
{
    if (m_request)
        m_request->cancel(); // its answer is about something else now
    m_request = request;
    if (!request)
        return;
    connect(request, &SecretRequest::waiting, this, [this, waitingText] {
        setStatus(waitingText, false);
        m_cancelWait->show();
    });
    connect(request, &SecretRequest::finished, m_cancelWait, &QWidget::hide);
}

void SettingsDialog::showProfile(const QString &id)
{
    const auto profile = m_profiles->store()->profile(id);
    if (!profile)
        return;
    m_currentId = id;
    m_editor->setProfile(*profile);
    m_baseline = *profile;
    setStatus({}, false);
    follow(m_profiles->complete(*profile, this,
                                [this, id](const Profile &complete, const SecretStore::Result &r) {
                                    if (id != m_currentId)
                                        return;
                                    if (r.status == SecretStore::Status::Ok) {
                                        const bool untouched = !hasUnsavedChanges();
                                        Profile p = m_editor->profile();
                                        p.restKey = complete.restKey;
                                        m_editor->setProfile(p);
                                        m_baseline.restKey = complete.restKey;
                                        if (untouched)
                                            m_baseline = m_editor->profile();
                                        return;
                                    }
                                    if (r.status == SecretStore::Status::NoKeychain)
                                        m_editor->setKeychainAvailable(false, r.message);
                                    setStatus(r.message, true);
                                }),
           tr("Waiting for the system keychain to give the REST API key: answer its prompt "
              "(it may ask to unlock your keyring)."));
}

void SettingsDialog::addProfile()
{
    Profile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.displayName = tr("New profile");
    m_currentId = p.id;
    m_list->clearSelection();
    m_editor->setProfile(p);
    m_baseline = m_editor->profile();
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
    setStatus(tr("Fill in the keys, then Save Profile."), false);
    updateButtons();
}

void SettingsDialog::saveProfile()
{
    if (!m_editor->problem().isEmpty()) {
        m_closeWhenSaved = false;
        return;
    }
    const Profile p = m_editor->profile();
    if (!p.restKeyInSettings)
        setStatus(tr("Saving the REST API key in the system keychain…"), false);
    follow(m_profiles->save(p, this,
                            [this, p](const SecretStore::Result &r) {
                                if (r.status == SecretStore::Status::Ok) {
                                    storeProfile(p);
                                    if (std::exchange(m_closeWhenSaved, false))
                                        QDialog::reject();
                                    return;
                                }
                                m_closeWhenSaved = false;
                                if (r.status == SecretStore::Status::NoKeychain)
                                    m_editor->setKeychainAvailable(false, r.message);
                                setStatus(r.message, true);
                            }),
           tr("Waiting for the system keychain to store the REST API key: answer its prompt "
              "(it may ask for a password for a new keyring). The profile is saved once the "
              "keychain has the key."));
}

void SettingsDialog::storeProfile(const Profile &profile)
{
    // Written to the settings by the session once the keychain has the key.
    if (m_profiles->store()->currentProfileId().isEmpty())
        m_profiles->store()->setCurrentProfileId(profile.id);
    m_baseline = profile;
    reloadList(profile.id);
    setStatus(tr("Profile “%1” saved.").arg(profile.displayName), false);
    emit saved(profile.id);
}

bool SettingsDialog::hasUnsavedChanges() const
{
    return !m_currentId.isEmpty() && !sameSettings(m_editor->profile(), m_baseline);
}

void SettingsDialog::reject()
{
    if (!hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    const QString title = tr("Save Changes?");
    const QString text
        = tr("Save the changes to “%1” before closing?").arg(m_editor->profile().displayName);
    // Save, Discard or Cancel; tests answer through MessageBox::setNextAnswer().
    const auto answer = MessageBox::question(
        this, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        QDialog::reject();
    } else if (answer == QMessageBox::Save) {
        m_closeWhenSaved = true; // closes once saved; stays open to say why if it fails
        saveProfile();
    }
}

void SettingsDialog::removeProfile()
{
    const auto profile = m_profiles->store()->profile(m_currentId);
    if (!profile)
        return;
    const auto answer = MessageBox::question(
        this, tr("Remove Profile"),
        tr("Remove the profile “%1” and its REST API key from this computer? Nothing changes on "
           "Batch.")
            .arg(profile->displayName));
    if (answer != QMessageBox::Yes)
        return;
    m_profiles->remove(profile->id);
    m_currentId.clear();
    reloadList({});
    if (m_list->count() == 0)
        addProfile();
}

void SettingsDialog::testConnection()
{
    ApiConfig quick;
    quick.maxAttempts = 1; // a person is waiting for the answer
    quick.timeoutMs = 15000;
    quick.deadlineMs = 15000;
    m_client->setConfig(ProfileSession::configFor(m_editor->profile(), quick));
    if (m_testReply)
        m_testReply->cancel();
    ApiReply *reply = m_client->list(0, 1);
    m_testReply = reply;
    m_test->setEnabled(false);
    setStatus(tr("Testing the connection…"), false);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_testReply = nullptr; // before updateButtons(): the button is usable again at once
        updateButtons();
        if (reply->isOk())
            setStatus(tr("Connected: the keys work (%n audiences on the first page).", nullptr,
                         int(reply->audiences().size())),
                      false);
        else if (reply->error().kind != ApiError::Kind::Cancelled)
            setStatus(reply->error().message, true);
    });
}

void SettingsDialog::updateButtons()
{
    const bool valid = m_editor->problem().isEmpty();
    m_save->setEnabled(valid);
    m_test->setEnabled(valid && !m_testReply);
    m_remove->setEnabled(m_profiles->store()->profile(m_currentId).has_value());
}

void SettingsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    if (error)
        Palette::setText(m_status, Palette::Role::Error);
    else
        Palette::clearText(m_status);
}

void SettingsDialog::setAppSettings(AppSettings *settings)
{
    m_appSettings = settings;
    m_languageRow->setVisible(settings != nullptr);
    if (!settings)
        return;
    const QSignalBlocker blocker(m_language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
}
