#include "ResultPage.h"

#include "ImportWizard.h"
#include "upload/IndexingPoller.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ResultPage::ResultPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_poller(new IndexingPoller(wizard->context().client, this))
    , m_summary(new QLabel(this))
    , m_state(new QLabel(this))
    , m_tokens(new QPlainTextEdit(this))
    , m_show(new QPushButton(tr("&Show Audience"), this))
{
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
    layout->addSpacing(8);
    layout->addWidget(m_state);
    layout->addSpacing(8);
    layout->addWidget(
        new QLabel(tr("Indexing tokens (for support, or `audience-desk-cli status`):"), this));
    layout->addWidget(m_tokens);
    layout->addStretch(1);
    layout->addWidget(m_show, 0, Qt::AlignLeft);

    connect(m_poller, &IndexingPoller::stateChanged, this, &ResultPage::onState);
    connect(m_poller, &IndexingPoller::finished, this, [this](IndexingState state) {
        if (state == IndexingState::Unknown && m_current != IndexingState::Applied)
            m_state->setText(
                tr("Batch has not confirmed the indexing yet. Check the audience later: campaigns "
                   "sent before it is applied may miss some IDs."));
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        emit m_wizard->showAudienceRequested(m_wizard->context().profile.id, m_wizard->audience());
        m_wizard->accept();
    });
}

void ResultPage::initializePage()
{
    const UploadRecord &u = m_wizard->upload();
    m_summary->setText(tr("%1 now holds the %2 IDs of %3.")
                           .arg(u.audience, QLocale().toString(u.acknowledgedIds()), u.fileName));
    QStringList tokens;
    for (const auto &r : u.requests)
        if (!r.indexingToken.isEmpty())
            tokens << r.indexingToken;
    m_tokens->setPlainText(tokens.join(QLatin1Char('\n')));
    m_state->setText(tr("Waiting for Batch to apply the upload…"));
    m_current = IndexingState::Unknown;
    if (!tokens.isEmpty())
        m_poller->start(u.audience, tokens.last());
    m_show->setFocus();
}

void ResultPage::cleanupPage()
{
    m_poller->stop();
}

void ResultPage::onState(IndexingState state, qint64 ids)
{
    m_current = state;
    switch (state) {
    case IndexingState::Applied:
        m_state->setText(tr("✔ Applied: %1 is ready for campaigns (%2 IDs).")
                             .arg(m_wizard->audience(), QLocale().toString(ids)));
        m_state->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        break;
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
