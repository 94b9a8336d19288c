#include "SettingsDialog.h"

#include "ProfileEditor.h"
#include "api/BatchClient.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(ProfileStore *profiles, SecretStore *secrets,
                               QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_client(new BatchClient(network, this))
    , m_list(new QListWidget(this))
    , m_editor(new ProfileEditor(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("Re&move…"), this))
    , m_save(new QPushButton(tr("&Save Profile"), this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_status(new QLabel(this))
{
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

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addStretch(1);
    actions->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addWidget(m_editor, 1);
    right->addWidget(m_status);
    right->addLayout(actions);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addSpacing(8);
    columns->addLayout(right, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    resize(760, 460);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::saveProfile);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_editor, &ProfileEditor::edited, this, &SettingsDialog::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showProfile(m_list->item(row)->data(Qt::UserRole).toString());
    });

    reloadList(m_profiles->currentProfileId());
    if (m_list->count() == 0)
        addProfile();
}

void SettingsDialog::reloadList(const QString &selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = -1;
    for (const Profile &p : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(
            p.isLive() ? tr("%1 — LIVE").arg(p.displayName) : p.displayName, m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.isLive())
            item->setForeground(QColor(0xc6, 0x28, 0x28));
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

void SettingsDialog::showProfile(const QString &id)
{
    const auto profile = m_profiles->profile(id);
    if (!profile)
        return;
    m_currentId = id;
    m_editor->setProfile(*profile);
    setStatus({}, false);
    if (profile->restKeyInSettings)
        return;
    m_secrets->read(id, [this, id](const SecretStore::Result &r) {
        if (id != m_currentId)
            return;
        if (r.status == SecretStore::Status::Ok) {
            Profile p = m_editor->profile();
            p.restKey = r.secret;
            m_editor->setProfile(p);
        } else {
            if (r.status == SecretStore::Status::NoKeychain)
                m_editor->setKeychainAvailable(false, r.message);
            setStatus(r.message, true);
        }
    });
}

void SettingsDialog::addProfile()
{
    Profile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.displayName = tr("New profile");
    m_currentId = p.id;
    m_list->clearSelection();
    m_editor->setProfile(p);
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
    setStatus(tr("Fill in the keys, then Save Profile."), false);
    updateButtons();
}

void SettingsDialog::saveProfile()
{
    if (!m_editor->problem().isEmpty())
        return;
    const Profile p = m_editor->profile();
    if (p.restKeyInSettings) {
        storeProfile(p);
        m_secrets->remove(p.id, [](const SecretStore::Result &) {});
        return;
    }
    setStatus(tr("Saving the REST API key in the system keychain…"), false);
    m_secrets->write(p.id, p.restKey, [this, p](const SecretStore::Result &r) {
        if (r.status == SecretStore::Status::Ok) {
            storeProfile(p);
            return;
        }
        m_editor->setKeychainAvailable(false, r.message);
        setStatus(r.message, true);
    });
}

void SettingsDialog::storeProfile(const Profile &profile)
{
    m_profiles->save(profile);
    if (m_profiles->currentProfileId().isEmpty())
        m_profiles->setCurrentProfileId(profile.id);
    reloadList(profile.id);
    setStatus(tr("Profile “%1” saved.").arg(profile.displayName), false);
    emit saved(profile.id);
}

void SettingsDialog::removeProfile()
{
    const auto profile = m_profiles->profile(m_currentId);
    if (!profile)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Profile"),
        tr("Remove the profile “%1” and its REST API key from this computer? Nothing changes on "
           "Batch.")
            .arg(profile->displayName));
    if (answer != QMessageBox::Yes)
        return;
    m_secrets->remove(profile->id, [](const SecretStore::Result &) {});
    m_profiles->remove(profile->id);
    m_currentId.clear();
    reloadList({});
    if (m_list->count() == 0)
        addProfile();
}

void SettingsDialog::testConnection()
{
    const Profile p = m_editor->profile();
    ApiConfig config;
    config.baseUrl = p.baseUrl;
    config.apiKey = p.apiKey;
    config.restKey = p.restKey;
    config.maxAttempts = 1; // a person is waiting for the answer
    config.timeoutMs = 15000;
    m_client->setConfig(config);
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
            setStatus(tr("Connected: the keys work (%n audience(s) on the first page).", nullptr,
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
    m_remove->setEnabled(m_profiles->profile(m_currentId).has_value());
}

void SettingsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}
