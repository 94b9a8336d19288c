#include "UploadPage.h"

#include "ImportWizard.h"
#include "api/BatchClient.h"
#include "history/UploadHistory.h"
#include "history/UploadRecordBuilder.h"
#include "upload/UploadRunner.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

UploadPage::UploadPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_cancel(new QPushButton(tr("&Cancel Upload"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
{
    setTitle(tr("Uploading"));
    m_status->setWordWrap(true);
    m_log->setReadOnly(true);
    m_log->setTabChangesFocus(true);
    m_log->setAccessibleName(tr("Upload log"));
    m_resume->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_log, 1);
    layout->addLayout(buttons);

    m_runner = new UploadRunner(wizard->context().client, wizard->context().history, this);
    connect(m_cancel, &QPushButton::clicked, m_runner, &UploadRunner::cancel);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        // Resume from what the history says the server acknowledged.
        if (m_wizard->context().history)
            if (auto saved = m_wizard->context().history->upload(m_wizard->upload().id))
                m_wizard->upload() = *saved;
        append(tr("Resuming from request %1.").arg(m_wizard->upload().firstUnacknowledged() + 1));
        start();
    });
    connect(m_runner, &UploadRunner::requestStarted, this,
            [this](int index, int total, const QString &method, qint64 ids) {
                append(tr("Request %1 of %2: %3 of %4 IDs…")
                           .arg(index + 1)
                           .arg(total)
                           .arg(method == u"replace" ? tr("replace") : tr("add"),
                                QLocale().toString(ids)));
            });
    connect(m_runner, &UploadRunner::requestRetrying, this,
            [this](int index, int attempt, int delayMs, const ApiError &cause) {
                append(tr("Request %1 failed (%2): retrying (attempt %3) in %4 s.")
                           .arg(index + 1)
                           .arg(cause.detail)
                           .arg(attempt)
                           .arg(QLocale().toString(delayMs / 1000.0, 'f', 1)));
            });
    connect(
        m_runner, &UploadRunner::requestFinished, this,
        [this](int index, bool ok, const QString &detail) {
            append(
                ok ? tr("Request %1 acknowledged (indexing token %2).").arg(index + 1).arg(detail)
                   : tr("Request %1 failed: %2").arg(index + 1).arg(detail));
        });
    connect(m_runner, &UploadRunner::progress, this,
            [this](int done, int total, qint64 ids, qint64 idsTotal) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                m_progress->setFormat(tr("%v of %m requests"));
                m_status->setText(tr("%1 of %2 IDs sent to %3.")
                                      .arg(QLocale().toString(ids), QLocale().toString(idsTotal),
                                           m_wizard->audience()));
            });
    connect(m_runner, &UploadRunner::finished, this, &UploadPage::onFinished);
}

void UploadPage::initializePage()
{
    m_log->clear();
    if (!m_wizard->resuming())
        prepareRecord();
    else
        append(tr("Resuming the upload of %1 into %2.")
                   .arg(m_wizard->upload().fileName, m_wizard->audience()));
    ensureAudienceThenStart();
}

void UploadPage::prepareRecord()
{
    const Profile &profile = m_wizard->context().profile;
    UploadRecord &r = m_wizard->upload();
    r = UploadRecordBuilder::build(m_wizard->validation(), m_wizard->csvPath(),
                                   m_wizard->audience(), m_wizard->mapping(), profile.id,
                                   profile.displayName);
    if (m_wizard->context().history)
        m_wizard->context().history->create(r);
}

void UploadPage::ensureAudienceThenStart()
{
    BatchClient *client = m_wizard->context().client;
    ApiReply *view = client->view(m_wizard->audience());
    connect(view, &ApiReply::finished, this, [this, view, client] {
        view->deleteLater();
        if (view->isOk()) {
            start();
            return;
        }
        if (view->error().httpStatus != 404) {
            onFinished(UploadRecord::State::Failed, view->error().message);
            return;
        }
        append(tr("Creating the audience %1…").arg(m_wizard->audience()));
        ApiReply *create = client->create(m_wizard->audience());
        connect(create, &ApiReply::finished, this, [this, create] {
            create->deleteLater();
            if (create->isOk())
                start();
            else
                onFinished(UploadRecord::State::Failed, create->error().message);
        });
    });
}

void UploadPage::start()
{
    m_state = UploadRecord::State::Running;
    m_resume->hide();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_status->setText(tr("Sending…"));
    m_status->setStyleSheet(QString());
    m_runner->start(m_wizard->upload());
    emit completeChanged();
}

void UploadPage::onFinished(UploadRecord::State state, const QString &message)
{
    m_state = state;
    if (!m_runner->upload().requests.isEmpty() && m_runner->upload().id == m_wizard->upload().id)
        m_wizard->upload() = m_runner->upload(); // what the server acknowledged so far
    m_wizard->upload().state = state;
    if (state == UploadRecord::State::Completed) {
        m_status->setText(tr("Done: %1 Press Next to follow the indexing.").arg(message));
        m_cancel->hide();
    } else {
        m_status->setText(message);
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_cancel->hide();
        m_resume->show();
        m_resume->setFocus();
    }
    append(message);
    emit completeChanged();
}

void UploadPage::append(const QString &line)
{
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
}

bool UploadPage::isComplete() const
{
    return m_state == UploadRecord::State::Completed;
}
