#include "HistoryWindow.h"

#include "history/UploadHistory.h"
#include "history/UploadHistoryModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

HistoryWindow::HistoryWindow(UploadHistory *history, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_model(new UploadHistoryModel(this))
    , m_view(new QTableView(this))
    , m_resume(new QPushButton(tr("&Resume Upload"), this))
{
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryWindow::updateButtons);
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
                             || u->state == UploadRecord::State::Running
                             || u->state == UploadRecord::State::Cancelled
                             || u->state == UploadRecord::State::Failed));
}
