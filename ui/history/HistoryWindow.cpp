// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/HistoryWindow.h"

#include "history/UploadHistory.h"
#include "history/UploadHistoryModel.h"
#include "history/UploadRecordText.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

HistoryWindow::HistoryWindow(UploadHistory *history, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_model(new UploadHistoryModel(this))
    , m_view(new QTableView(this))
    , m_resume(new QPushButton(tr("&Resume Upload"), this))
    , m_details(new QPlainTextEdit(this))
{
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_details->setObjectName(QStringLiteral("detailsView"));
    setWindowTitle(tr("Upload History"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(UploadHistoryModel::Started, 130);
    m_view->setColumnWidth(UploadHistoryModel::Audience, 150);
    m_view->setColumnWidth(UploadHistoryModel::File, 150);
    m_view->setColumnWidth(UploadHistoryModel::State, 130);
    m_view->setAccessibleName(tr("Uploads"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_resume, QDialogButtonBox::ActionRole);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an upload to see its requests."));
    m_details->setAccessibleName(tr("Upload details"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        showDetails();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        if (auto upload = m_history->upload(m_model->uploadAt(rows.first().row())->id)) {
            emit resumeRequested(*upload);
            accept();
        }
    });
    reload();
}

void HistoryWindow::reload()
{
    m_model->setUploads(m_history ? m_history->uploads() : QList<UploadRecord> {});
    updateButtons();
}

void HistoryWindow::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const UploadRecord *u = rows.isEmpty() ? nullptr : m_model->uploadAt(rows.first().row());
    m_resume->setEnabled(u
                         && (u->state == UploadRecord::State::Partial
                             || u->state == UploadRecord::State::Interrupted
                             || u->state == UploadRecord::State::Cancelled
                             || u->state == UploadRecord::State::Failed));
}

void HistoryWindow::showDetails()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const UploadRecord *u = rows.isEmpty() ? nullptr : m_model->uploadAt(rows.first().row());
    // The list holds no requests: the selected upload is read whole (one small query).
    const auto full = u && m_history ? m_history->upload(u->id) : std::nullopt;
    m_details->setPlainText(full ? UploadRecordText::details(*full) : QString());
}
