// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/ValidationPage.h"

#include "import/ImportDraft.h"
#include "import/RejectedRowsModel.h"
#include "upload/ImportSession.h"
#include "wizard/ImportWizard.h"
#include "wizard/StepNotice.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <climits>

ValidationPage::ValidationPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel Check"), this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_problems(new QTableView(this))
    , m_model(new RejectedRowsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_export(new QPushButton(tr("&Export Rejected Rows…"), this))
    , m_skip(new QCheckBox(this))
    , m_payload(new QPlainTextEdit(this))
    , m_noProblem(new QLabel(tr("No problem found: every row is valid."), this))
    , m_why(new StepNotice(this))
{
    m_cancel->setObjectName(QStringLiteral("cancelCheckButton"));
    m_summary->setObjectName(QStringLiteral("checkSummaryLabel"));
    m_problems->setObjectName(QStringLiteral("problemsView"));
    m_skip->setObjectName(QStringLiteral("skipInvalidBox"));
    m_noProblem->setObjectName(QStringLiteral("noProblemLabel"));
    setTitle(tr("Check every row"));
    setSubTitle(tr("The whole file is checked before anything is sent."));
    m_summary->setWordWrap(true);
    m_noProblem->hide();
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    m_problems->setModel(m_proxy);
    m_problems->setSortingEnabled(true);
    m_problems->sortByColumn(RejectedRowsModel::Line, Qt::AscendingOrder);
    m_problems->sortByColumn(RejectedRowsModel::Line, Qt::AscendingOrder);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setColumnWidth(RejectedRowsModel::Line, 70);
    m_problems->setColumnWidth(RejectedRowsModel::ColumnName, 160);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setAccessibleName(tr("Rejected rows"));
    m_problems->setTabKeyNavigation(false); // Tab moves on: keyboard users reach the rest
    m_filter->setPlaceholderText(tr("Filter the problems (line, column or reason)"));
    m_filter->setClearButtonEnabled(true);
    m_payload->setReadOnly(true);
    m_payload->setTabChangesFocus(true);
    m_payload->setAccessibleName(tr("First request preview"));
    m_payload->setMaximumHeight(130);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_why);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_noProblem);
    layout->addLayout(filterRow);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_skip);
    layout->addWidget(new QLabel(tr("First request, as it will be sent:"), this));
    layout->addWidget(m_payload);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_cancel, &QPushButton::clicked, wizard->session(), &ImportSession::cancelCheck);
    connect(m_skip, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Rejected Rows"),
                                                          QStringLiteral("rejected-rows.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportRejects(path);
    });
    connect(wizard->session(), &ImportSession::checkProgress, m_progress, &QProgressBar::setValue);
    connect(wizard->session(), &ImportSession::checked, this, [this] {
        if (std::exchange(m_waiting, false))
            onFinished();
    });
}

bool ValidationPage::isRunning() const
{
    return m_waiting;
}

void ValidationPage::initializePage()
{
    start();
}

void ValidationPage::cleanupPage()
{
    // Back: the check goes on in the background, and starts again if the mapping changes.
    m_waiting = false;
}

void ValidationPage::start()
{
    m_model->setProblems({});
    m_payload->clear();
    m_skip->hide();
    m_skip->setChecked(false);
    m_export->setEnabled(false);
    m_why->hide();
    m_noProblem->hide();
    setProblemsShown(true);
    m_summary->setText(tr("Checking every row…"));
    m_progress->setRange(0, 1000);
    ImportSession *session = m_wizard->session();
    m_wizard->recheck(); // nothing to do when this file and mapping are checked or checking
    m_waiting = true;
    emit completeChanged();
    if (!session->isChecking()) {
        m_waiting = false;
        onFinished(); // checked while the user looked at the other pages
        return;
    }
    m_progress->setValue(session->checkPermille());
    m_progress->show();
    m_cancel->show();
}

void ValidationPage::setProblemsShown(bool shown)
{
    m_filter->setVisible(shown);
    m_export->setVisible(shown);
    m_problems->setVisible(shown);
}

void ValidationPage::onFinished()
{
    m_progress->hide();
    m_cancel->hide();
    const ImportJob::Result &r = m_wizard->validation();
    setProblemsShown(false);
    if (r.cancelled) {
        m_summary->setText(tr(
            "Check cancelled: nothing was sent. Go back, or press Next to leave and come back to "
            "check again."));
        emit completeChanged();
        return;
    }
    if (!r.ok) {
        m_summary->setText(tr("The file could not be checked: %1").arg(r.error));
        emit completeChanged();
        return;
    }
    const QLocale l;
    m_summary->setText(
        tr("<b>%1</b> rows read: <b>%2</b> valid, <b>%3</b> rejected. %4 IDs appear more than once "
           "(the last row wins; %5 earlier rows superseded). <b>%6</b> IDs will be sent %7.")
            .arg(l.toString(r.rowsRead), l.toString(r.validRows), l.toString(r.rejectedRows),
                 l.toString(r.duplicateIds), l.toString(r.supersededRows), l.toString(r.uniqueIds),
                 tr("in %Ln requests", nullptr, int(r.chunks.size())))
        + (r.warnings == 0 ? QString()
                           : tr(" <b>%Ln warnings</b> below: read them before sending.", nullptr,
                                int(std::min<qint64>(r.warnings, INT_MAX)))));
    m_model->setProblems(r.problems, r.sheet);
    setProblemsShown(!r.problems.isEmpty());
    m_noProblem->setVisible(r.problems.isEmpty());
    QStringList why;
    for (const ImportDraft::Doubt &d : ImportDraft::checkDoubts(r))
        why << d.reason;
    m_why->setReasons(why);
    m_export->setEnabled(r.rejectedRows > 0);
    m_skip->setText(tr("&Skip the %Ln invalid rows and send the %1 valid IDs (or go Back to fix "
                       "the mapping)",
                       nullptr, int(std::min<qint64>(r.rejectedRows, INT_MAX)))
                        .arg(l.toString(r.uniqueIds)));
    m_skip->setVisible(r.rejectedRows > 0);
    if (!r.chunks.isEmpty()) {
        // The first entries, indented; parsed off the GUI thread (the body is ~1.5 MB).
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
            m_payload->setPlainText(watcher->result());
            watcher->deleteLater();
        });
        const QString path = r.chunks.first().path;
        watcher->setFuture(QtConcurrent::run(m_wizard->context().pool, [path] {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return QString();
            const QJsonArray ids = QJsonDocument::fromJson(file.readAll())
                                       .object()
                                       .value(QStringLiteral("ids"))
                                       .toArray();
            QJsonArray head;
            for (qsizetype i = 0; i < ids.size() && i < 3; ++i)
                head.append(ids.at(i));
            QString text = QString::fromUtf8(
                QJsonDocument(QJsonObject {{QStringLiteral("ids"), head}}).toJson());
            if (ids.size() > 3)
                text += ValidationPage::tr("… and %Ln more IDs in this request", nullptr,
                                           int(ids.size() - 3));
            return text;
        }));
    }
    emit completeChanged();
}

bool ValidationPage::isComplete() const
{
    const ImportJob::Result &r = m_wizard->validation();
    return !m_waiting && r.ok && r.uniqueIds > 0 && (r.rejectedRows == 0 || m_skip->isChecked());
}

bool ValidationPage::exportRejects(const QString &path)
{
    QFile::remove(path);
    return QFile::copy(m_wizard->session()->rejectsPath(), path);
}
