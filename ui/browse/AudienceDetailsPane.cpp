// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "browse/AudienceDetailsPane.h"

#include "api/BatchClient.h"
#include "browse/AudienceTableModel.h"
#include "browse/AudienceUploadsView.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString dateText(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return AudienceDetailsPane::tr("%1 (UTC %2)")
        .arg(AudienceTableModel::shortDateTime(utc),
             utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString stateText(IndexingState state)
{
    switch (state) {
    case IndexingState::Applied:
        return AudienceDetailsPane::tr("Applied: the last change is live");
    case IndexingState::InProgress:
        return AudienceDetailsPane::tr("Indexing in progress: campaigns may not target the "
                                       "new IDs yet");
    case IndexingState::Replaced:
        return AudienceDetailsPane::tr("Replaced by a newer upload");
    case IndexingState::Unknown:
        break;
    }
    return AudienceDetailsPane::tr("Checking…");
}
} // namespace

AudienceDetailsPane::AudienceDetailsPane(BatchClient *client, QThreadPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_title(new QLabel(this))
    , m_type(new QLabel(this))
    , m_description(new QLabel(this))
    , m_ids(new QLabel(this))
    , m_created(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_state(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select an audience to see its details."), this))
    , m_form(new QWidget(this))
    , m_buttons(new QVBoxLayout)
    , m_uploadsSummary(new QLabel(this))
    , m_uploads(new AudienceUploadsView(pool, this))
{
    m_uploads->setObjectName(QStringLiteral("uploadsView"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_title->setContentsMargins(0, 0, 0, 6);
    m_description->setWordWrap(true);
    m_state->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // a narrow pane: labels above values
    form->setVerticalSpacing(4);
    form->addRow(m_title);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("IDs:"), m_ids);
    form->addRow(tr("Indexing:"), m_state);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Updated:"), m_updated);
    form->addRow(tr("Description:"), m_description);
    for (QLabel *label : {m_type, m_ids, m_created, m_updated, m_description}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        label->setContentsMargins(8, 0, 0, 4);
    }
    m_state->setContentsMargins(8, 0, 0, 4);
    m_buttons->setSpacing(2);
    form->addRow(m_buttons);
    auto *uploadsTitle = new QLabel(tr("Uploads from this computer:"), this);
    uploadsTitle->setBuddy(m_uploads);
    form->addRow(uploadsTitle);
    form->addRow(m_uploadsSummary);
    form->addRow(m_uploads);
    m_uploadsSummary->setWordWrap(true);
    m_uploadsSummary->setContentsMargins(8, 0, 0, 0);
    connect(m_uploads, &AudienceUploadsView::loaded, this, [this](int count) {
        m_uploadsSummary->setText(count == 0 ? tr("None with this profile.")
                                             : tr("%n uploads, newest first", nullptr, count));
        m_uploads->setVisible(count > 0);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_form, 1);
    clear();
}

AudienceDetailsPane::~AudienceDetailsPane()
{
    if (m_reply)
        m_reply->abandon();
}

void AudienceDetailsPane::clear()
{
    if (m_reply)
        m_reply->abandon();
    m_reply = nullptr;
    m_current = {};
    m_uploads->clearAudience();
    m_form->hide();
    m_placeholder->show();
}

void AudienceDetailsPane::showAudience(const AudienceInfo &audience)
{
    clear();
    m_current = audience;
    fill(audience);
    m_placeholder->hide();
    m_form->show();
    m_uploadsSummary->setText(tr("Reading…"));
    m_uploads->hide();
    m_uploads->showAudience(audience.name);

    ApiReply *reply = m_client->view(audience.name);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onViewFinished(reply); });
}

void AudienceDetailsPane::setActions(const QList<QAction *> &actions)
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_actions = actions;
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_form);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_buttons->addWidget(button);
    }
}

void AudienceDetailsPane::setUploadSource(const QString &historyPath, const QString &profileId)
{
    m_uploads->setSource(historyPath, profileId);
    if (!m_current.name.isEmpty())
        m_uploads->showAudience(m_current.name);
}

QString AudienceDetailsPane::uploadsSummary() const
{
    return m_uploadsSummary->text();
}

QString AudienceDetailsPane::indexingStateText() const
{
    return m_state->text();
}

void AudienceDetailsPane::fill(const AudienceInfo &audience)
{
    m_title->setText(audience.name);
    m_type->setText(AudienceTableModel::typeLabel(audience.type));
    m_ids->setText(QLocale().toString(audience.idCount));
    m_created->setText(dateText(audience.created));
    m_updated->setText(dateText(audience.updated));
    m_description->setText(audience.description.isEmpty() ? tr("(none)") : audience.description);
    m_state->setText(stateText(audience.indexingState));
}

void AudienceDetailsPane::onViewFinished(ApiReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    if (!reply->isOk()) {
        if (reply->error().kind != ApiError::Kind::Cancelled)
            m_state->setText(tr("Could not load the details: %1").arg(reply->error().message));
        return;
    }
    m_current = reply->audience();
    fill(m_current);
}
