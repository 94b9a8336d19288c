// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "browse/AudienceBrowser.h"

#include "browse/AudienceDetailsPane.h"
#include "browse/AudiencePager.h"
#include "browse/AudienceTableModel.h"
#include "browse/PagingBar.h"
#include "common/ErrorBanner.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

AudienceBrowser::AudienceBrowser(BatchClient *client, QWidget *parent)
    : QWidget(parent)
    , m_model(new AudienceTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_pager(new AudiencePager(client, this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_paging(new PagingBar(m_pager, this))
    , m_banner(new ErrorBanner(this))
    , m_details(new AudienceDetailsPane(client, this))
    , m_splitter(new QSplitter(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AudienceTableModel::UnderlyingDataRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // name, type, description...

    m_filter->setPlaceholderText(tr("Filter the audiences of this page (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AudienceTableModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(AudienceTableModel::Name, 180);
    m_table->setColumnWidth(AudienceTableModel::Type, 110);
    m_table->setColumnWidth(AudienceTableModel::Description, 193);
    m_table->setColumnWidth(AudienceTableModel::Ids, 75);
    m_table->setColumnWidth(AudienceTableModel::Created, 128);
    m_table->setColumnWidth(AudienceTableModel::Updated, 128);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setAccessibleName(tr("Audiences"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_banner);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_paging);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_details->setMinimumWidth(260);
    m_splitter->setSizes({860, 320});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_pager, &AudiencePager::pageLoaded, this, &AudienceBrowser::onPageLoaded);
    connect(m_pager, &AudiencePager::failed, this, [this](const ApiError &error) {
        m_banner->showError(error.message, error.retryable || error.kind != ApiError::Kind::Http);
    });
    connect(m_pager, &AudiencePager::reachedEnd, this, [this] {
        m_banner->showInfo(tr("That was the last page: there are no more audiences."));
    });
    connect(m_banner, &ErrorBanner::retryRequested, m_pager, &AudiencePager::reload);
    connect(m_paging, &PagingBar::pageSizeChosen, this, [this](int size) {
        m_pager->setPageSize(size);
        emit pageSizeChosen(size);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AudienceBrowser::onSelectionChanged);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (index.isValid())
            m_table->selectRow(index.row());
        emit contextMenuRequested(m_table->viewport()->mapToGlobal(pos));
    });
}

const AudienceInfo *AudienceBrowser::selectedAudience() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->audienceAt(m_proxy->mapToSource(rows.first()).row());
}

void AudienceBrowser::selectAudienceWhenLoaded(const QString &name)
{
    m_pendingSelection = name;
}

void AudienceBrowser::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void AudienceBrowser::onPageLoaded()
{
    const QString previous = selectedAudience() ? selectedAudience()->name : QString();
    m_model->setAudiences(m_pager->audiences());
    m_banner->hide(); // a page arrived: whatever failed before is over
    const QString wanted = m_pendingSelection.isEmpty() ? previous : m_pendingSelection;
    m_pendingSelection.clear();
    const int row = m_model->rowOf(wanted);
    if (row >= 0) {
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
        m_table->scrollTo(m_table->currentIndex());
    } else {
        m_details->clear();
    }
}

void AudienceBrowser::onSelectionChanged()
{
    if (const AudienceInfo *audience = selectedAudience())
        m_details->showAudience(*audience);
    else
        m_details->clear();
    emit selectionChanged();
}

QByteArray AudienceBrowser::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << m_table->horizontalHeader()->saveState() << m_splitter->saveState();
    return state;
}

void AudienceBrowser::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint8 version = 0;
    QByteArray header, splitter;
    in >> version >> header >> splitter;
    if (version != 1 || in.status() != QDataStream::Ok)
        return;
    m_table->horizontalHeader()->restoreState(header);
    m_splitter->restoreState(splitter);
}
