// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profiles/ProfileEditor.h"

#include "api/ApiValidation.h"
#include "common/Palette.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_liveWarning(new QLabel(this))
    , m_restKey(new QLineEdit(this))
    , m_showRestKey(new QAction(this))
    , m_keychainNote(new QLabel(this))
    , m_storeInSettings(
          new QCheckBox(tr("Store the REST key in the settings file (unencrypted)"), this))
    , m_advanced(new QGroupBox(tr("Advanced"), this))
    , m_baseUrl(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_kind->setObjectName(QStringLiteral("kindBox"));
    m_liveWarning->setObjectName(QStringLiteral("liveWarning"));
    m_restKey->setObjectName(QStringLiteral("restKeyEdit"));
    m_showRestKey->setObjectName(QStringLiteral("showRestKeyAction"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_storeInSettings->setObjectName(QStringLiteral("storeInSettingsBox"));
    m_name->setPlaceholderText(tr("e.g. Shop — iOS"));
    m_apiKey->setPlaceholderText(tr("From Batch: ⚙ Settings → General of your app"));
    m_kind->addItem(apiKeyKindName(ApiKeyKind::Live), int(ApiKeyKind::Live));
    m_kind->addItem(apiKeyKindName(ApiKeyKind::Dev), int(ApiKeyKind::Dev));
    m_kind->addItem(apiKeyKindName(ApiKeyKind::Sdk), int(ApiKeyKind::Sdk));
    m_liveWarning->setText(tr("LIVE key: uploads and deletions reach your real users."));
    m_liveWarning->setStyleSheet(Palette::badgeStyle(Palette::Role::Live, palette()));
    m_liveWarning->setWordWrap(true);
    m_restKey->setEchoMode(QLineEdit::Password);
    m_restKey->setPlaceholderText(tr("Company REST API key (secret)"));
    m_showRestKey->setCheckable(true);
    m_showRestKey->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_showRestKey->setToolTip(tr("Show the REST API key"));
    m_showRestKey->setText(tr("Show the REST API key")); // its accessible name
    m_restKey->addAction(m_showRestKey, QLineEdit::TrailingPosition);
    m_keychainNote->setWordWrap(true);
    Palette::setText(m_keychainNote, Palette::Role::Warning);
    m_keychainNote->hide();
    m_storeInSettings->hide();
    m_baseUrl->setPlaceholderText(Profile::defaultBaseUrl().toString());
    m_problem->setWordWrap(true);
    Palette::setText(m_problem, Palette::Role::Error);

    auto *advanced = new QFormLayout(m_advanced);
    advanced->addRow(tr("&Base URL:"), m_baseUrl);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Display name:"), m_name);
    form->addRow(tr("A&pp API key:"), m_apiKey);
    form->addRow(tr("Key &kind:"), m_kind);
    form->addRow(QString(), m_liveWarning);
    form->addRow(tr("&REST API key:"), m_restKey);
    form->addRow(QString(), m_keychainNote);
    form->addRow(QString(), m_storeInSettings);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_showRestKey, &QAction::toggled, this, [this](bool shown) {
        m_restKey->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showRestKey->setToolTip(shown ? tr("Hide the REST API key")
                                        : tr("Show the REST API key"));
    });
    for (QLineEdit *edit : {m_name, m_apiKey, m_restKey, m_baseUrl})
        connect(edit, &QLineEdit::textEdited, this, &ProfileEditor::updateState);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfileEditor::updateState);
    connect(m_storeInSettings, &QCheckBox::toggled, this, &ProfileEditor::updateState);
    updateState();
}

void ProfileEditor::setProfile(const Profile &profile)
{
    m_profile = profile;
    m_name->setText(profile.displayName);
    m_apiKey->setText(profile.apiKey);
    m_kind->setCurrentIndex(m_kind->findData(int(profile.keyKind)));
    m_restKey->setText(profile.restKey);
    m_showRestKey->setChecked(false);
    m_baseUrl->setText(profile.baseUrl == Profile::defaultBaseUrl() ? QString()
                                                                    : profile.baseUrl.toString());
    m_storeInSettings->setChecked(profile.restKeyInSettings);
    updateState();
}

Profile ProfileEditor::profile() const
{
    Profile p = m_profile;
    p.displayName = m_name->text().trimmed();
    p.apiKey = m_apiKey->text().trimmed();
    p.keyKind = ApiKeyKind(m_kind->currentData().toInt());
    p.restKey = m_restKey->text().trimmed();
    const QString base = m_baseUrl->text().trimmed();
    p.baseUrl = base.isEmpty() ? Profile::defaultBaseUrl() : QUrl(base);
    p.restKeyInSettings = m_storeInSettings->isChecked();
    return p;
}

bool ProfileEditor::restKeyShown() const
{
    return m_restKey->echoMode() == QLineEdit::Normal;
}

void ProfileEditor::setKeychainAvailable(bool available, const QString &message)
{
    m_keychainAvailable = available;
    m_keychainNote->setText(message);
    m_keychainNote->setVisible(!available);
    m_storeInSettings->setVisible(!available || m_storeInSettings->isChecked());
    updateState();
}

QString ProfileEditor::problem() const
{
    const Profile p = profile();
    if (p.displayName.isEmpty())
        return tr("Give the profile a name.");
    if (!ApiValidation::isValidKey(p.apiKey))
        return tr("Enter the app API key (letters, digits, _ and - only).");
    if (!ApiValidation::isValidKey(p.restKey))
        return tr("Enter the REST API key (letters, digits, _ and - only).");
    QString why;
    if (!ApiValidation::isAllowedBaseUrl(p.baseUrl, &why))
        return why;
    if (!m_keychainAvailable && !p.restKeyInSettings)
        return tr("No keychain is available: tick “Store the REST key in the settings file” to "
                  "keep the key, or it cannot be saved.");
    return {};
}

void ProfileEditor::updateState()
{
    m_liveWarning->setVisible(ApiKeyKind(m_kind->currentData().toInt()) == ApiKeyKind::Live);
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    emit edited();
}
