// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/ResultPage.h"

#include "common/Palette.h"
#include "upload/ImportFanOut.h"
#include "upload/ImportSession.h"
#include "wizard/ImportWizard.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

ResultPage::ResultPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_skipped(new QLabel(this))
    , m_openRejects(new QPushButton(tr("Open &Rejected Rows"), this))
    , m_state(new QLabel(this))
    , m_tokens(new QPlainTextEdit(this))
    , m_tokensLabel(
          new QLabel(tr("Indexing tokens (for support, or `audience-desk-cli status`):"), this))
    , m_apps(new QTableWidget(0, 2, this))
    , m_show(new QPushButton(tr("&Show Audience"), this))
    , m_stopWaiting(new QPushButton(tr("S&top Waiting"), this))
{
    m_summary->setObjectName(QStringLiteral("resultSummaryLabel"));
    m_skipped->setObjectName(QStringLiteral("skippedLabel"));
    m_openRejects->setObjectName(QStringLiteral("openRejectsButton"));
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_apps->setObjectName(QStringLiteral("resultAppsView"));
    m_show->setObjectName(QStringLiteral("showAudienceButton"));
    m_stopWaiting->setObjectName(QStringLiteral("stopWaitingButton"));
    setTitle(tr("Uploaded"));
    setFinalPage(true);
    m_summary->setWordWrap(true);
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_state->setFont(big);
    m_state->setWordWrap(true);
    m_tokens->setReadOnly(true);
    m_tokens->setTabChangesFocus(true);
    m_tokens->setMaximumHeight(90);
    m_tokens->setAccessibleName(tr("Indexing tokens"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto *skippedRow = new QHBoxLayout;
    skippedRow->addWidget(m_skipped, 1);
    skippedRow->addWidget(m_openRejects);
    layout->addLayout(skippedRow);
    m_skipped->setWordWrap(true);
    layout->addSpacing(8);
    layout->addWidget(m_state);
    layout->addSpacing(8);
    m_apps->setHorizontalHeaderLabels({tr("App"), tr("What Batch confirmed")});
    m_apps->verticalHeader()->hide();
    m_apps->horizontalHeader()->setStretchLastSection(true);
    m_apps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_apps->setSelectionMode(QAbstractItemView::NoSelection);
    m_apps->setShowGrid(false);
    m_apps->setWordWrap(true); // a refusal is said in full
    connect(m_apps->horizontalHeader(), &QHeaderView::sectionResized, m_apps,
            &QTableWidget::resizeRowsToContents);
    m_apps->setAccessibleName(tr("Apps"));
    m_apps->hide();
    layout->addWidget(m_apps, 1);
    layout->addWidget(m_tokensLabel);
    layout->addWidget(m_tokens);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addStretch(1);
    buttons->addWidget(m_stopWaiting);
    layout->addLayout(buttons);

    ImportSession *session = wizard->session();
    connect(session, &ImportSession::indexingChanged, this, &ResultPage::onState);
    connect(m_stopWaiting, &QPushButton::clicked, session, &ImportSession::stopVerifying);
    connect(session, &ImportSession::verified, this, [this] {
        m_stopWaiting->hide();
        const UploadVerification &v = m_wizard->session()->verification();
        const bool applied = v.status == UploadVerification::Status::Applied;
        m_state->setText(
            applied && v.matches()
                ? tr("✔ Applied: %1 is ready for campaigns. %2").arg(v.audience, v.sentence())
                : v.sentence());
        m_state->setForegroundRole(applied && v.matches() ? QPalette::Link : QPalette::WindowText);
    });
    connect(m_openRejects, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_wizard->session()->keptRejectsPath()));
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        emit m_wizard->showAudienceRequested(m_wizard->context().profile.id, m_wizard->audience());
        m_wizard->accept();
    });
}

void ResultPage::initializePage()
{
    const bool several = m_wizard->isFanOut();
    m_apps->setVisible(several);
    m_tokensLabel->setVisible(!several); // each app's are in Upload History
    m_tokens->setVisible(!several);
    if (several) {
        showFanOut();
        return;
    }
    const UploadRecord &u = m_wizard->upload();
    m_summary->setText(tr("Batch acknowledged every request: %1 IDs of %2 sent to %3.")
                           .arg(QLocale().toString(u.acknowledgedIds()), u.fileName, u.audience));
    QStringList tokens;
    for (const auto &r : u.requests)
        if (!r.indexingToken.isEmpty())
            tokens << r.indexingToken;
    m_tokens->setPlainText(tokens.join(QLatin1Char('\n')));
    const qint64 skipped = u.rejectedRows;
    m_skipped->setText(tr("%n invalid rows were skipped: not sent.", nullptr,
                          int(std::min<qint64>(skipped, INT_MAX))));
    m_skipped->setVisible(skipped > 0);
    const QString rejects = m_wizard->session()->keptRejectsPath();
    m_openRejects->setVisible(skipped > 0 && !rejects.isEmpty());
    m_openRejects->setToolTip(rejects);
    m_state->setText(tr("Waiting for Batch to apply the upload…"));
    Palette::clearText(m_state);
    m_current = IndexingState::Unknown;
    m_stopWaiting->show();
    m_wizard->session()->verify();
    m_show->setFocus();
}

void ResultPage::cleanupPage()
{
    m_wizard->session()->stopVerifying();
}

void ResultPage::onState(IndexingState state, qint64)
{
    m_current = state;
    switch (state) {
    case IndexingState::Applied:
        break; // said with Batch's count when the session has compared it

    case IndexingState::Replaced:
        m_state->setText(
            tr("Replaced: a newer upload to %1 has replaced this one.").arg(m_wizard->audience()));
        break;
    case IndexingState::InProgress:
        m_state->setText(tr("Batch is indexing the IDs… (campaigns may not target them yet)"));
        break;
    case IndexingState::Unknown:
        break;
    }
}

void ResultPage::showFanOut()
{
    const QList<ImportFanOut::Outcome> &outcomes = m_wizard->fanOut()->outcomes();
    QList<Profile> apps {m_wizard->context().profile};
    apps << m_wizard->extraTargets();
    m_apps->setRowCount(0);
    m_apps->setRowCount(int(outcomes.size()));
    QStringList failed;
    int confirmed = 0;
    for (int i = 0; i < outcomes.size(); ++i) {
        const ImportFanOut::Outcome &o = outcomes.at(i);
        const Profile app = apps.value(i);
        const QString name
            = app.isLive() ? tr("%1 (LIVE)").arg(o.target.profileName) : o.target.profileName;
        QString text;
        bool bad = false;
        if (!o.started) {
            text = o.message.isEmpty() ? tr("Not started.") : o.message;
            bad = true;
        } else if (o.stop != ImportSession::Stop::Completed) {
            text = tr("Failed: %1").arg(o.message);
            bad = true;
        } else {
            text = o.verification.sentence(); // Batch's count, or why there is none
            confirmed += o.verification.matches() ? 1 : 0;
        }
        if (bad)
            failed << o.target.profileName;
        auto *appItem = new QTableWidgetItem(name);
        auto *textItem = new QTableWidgetItem(text);
        appItem->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        textItem->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        if (app.isLive())
            appItem->setForeground(Palette::text(Palette::Role::Live, palette()));
        if (bad)
            textItem->setForeground(Palette::text(Palette::Role::Error, palette()));
        else if (o.verification.matches())
            textItem->setForeground(Palette::text(Palette::Role::Success, palette()));
        m_apps->setItem(i, 0, appItem);
        m_apps->setItem(i, 1, textItem);
    }
    m_apps->resizeColumnToContents(0);
    m_apps->resizeRowsToContents();
    const int n = int(outcomes.size());
    m_summary->setText(tr("%1 into %2, in %n apps one after the other:", nullptr, n)
                           .arg(QFileInfo(m_wizard->csvPath()).fileName(), m_wizard->audience()));
    const qint64 skipped = m_wizard->validation().rejectedRows;
    m_skipped->setText(tr("%n invalid rows were skipped: not sent.", nullptr,
                          int(std::min<qint64>(skipped, INT_MAX))));
    m_skipped->setVisible(skipped > 0);
    m_openRejects->hide(); // each app's upload kept its own (Upload History)
    m_stopWaiting->hide(); // each app was verified before the next one
    m_current = IndexingState::Unknown;
    if (failed.isEmpty() && confirmed == n) {
        Palette::clearText(m_state);
        m_state->setForegroundRole(QPalette::Link);
        m_state->setText(
            tr("✔ Applied in every app: %1 is ready for campaigns.").arg(m_wizard->audience()));
    } else if (failed.isEmpty()) {
        Palette::clearText(m_state);
        m_state->setForegroundRole(QPalette::WindowText);
        m_state->setText(tr("Sent to every app; Batch did not confirm every count (see below)."));
    } else {
        Palette::setText(m_state, Palette::Role::Error);
        m_state->setText(
            tr("Not done in %1 of %n apps: %2. An upload cut short is resumed from Audience → "
               "Upload History.",
               nullptr, n)
                .arg(failed.size())
                .arg(failed.join(tr(", "))));
    }
    m_show->setFocus();
}
