// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "browse/AudienceBrowser.h"

#include "browse/AudienceDetailsPane.h"
#include "browse/AudiencePager.h"
#include "browse/AudienceSearch.h"
#include "browse/AudienceTableModel.h"
#include "browse/PagingBar.h"
#include "common/ErrorBanner.h"
#include "common/Palette.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

AudienceBrowser::AudienceBrowser(BatchClient *client, QThreadPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_model(new AudienceTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_pager(new AudiencePager(client, this))
    , m_search(new AudienceSearch(client, m_pager, this))
    , m_filter(new QLineEdit(this))
    , m_searchProgress(new QAction(this))
    , m_matches(new QLabel(this))
    , m_table(new QTableView(this))
    , m_paging(new PagingBar(m_pager, this))
    , m_banner(new ErrorBanner(this))
    , m_details(new AudienceDetailsPane(client, pool, this))
    , m_splitter(new QSplitter(this))
{
    m_model->setObjectName(QStringLiteral("audienceModel"));
    m_search->setObjectName(QStringLiteral("audienceSearch"));
    m_filter->setObjectName(QStringLiteral("audienceFilter"));
    m_searchProgress->setObjectName(QStringLiteral("searchProgressAction"));
    m_table->setObjectName(QStringLiteral("audienceTable"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AudienceTableModel::UnderlyingDataRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // name, type, description...

    m_filter->setPlaceholderText(tr("Filter all audiences (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    m_searchProgress->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_filter->addAction(m_searchProgress, QLineEdit::TrailingPosition);
    m_searchProgress->setVisible(false);
    m_matches->setAccessibleName(tr("Matches"));
    m_matches->hide();

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
    leftLayout->addWidget(m_matches);
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

    connect(m_filter, &QLineEdit::textChanged, this, &AudienceBrowser::onFilterChanged);
    connect(m_search, &AudienceSearch::progress, this, &AudienceBrowser::updateSearchState);
    connect(m_search, &AudienceSearch::finished, this, [this] {
        if (m_search->isActive() && !m_search->isComplete())
            m_banner->showError(
                tr("Not every audience could be read: %1").arg(m_search->error().message), true);
        if (m_search->isActive())
            selectByName(m_details->audienceName());
        updateSearchState();
    });
    connect(m_search, &AudienceSearch::totalChanged, this, &AudienceBrowser::totalChanged);
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
    return shownModel()->audienceAt(m_proxy->mapToSource(rows.first()).row());
}

QString AudienceBrowser::matchesText() const
{
    return m_matches->isVisible() || m_search->isActive() ? m_matches->text() : QString();
}

AudienceTableModel *AudienceBrowser::shownModel() const
{
    return m_search->isActive() ? m_search->model() : m_model;
}

void AudienceBrowser::selectByName(const QString &name)
{
    const int row = name.isEmpty() ? -1 : shownModel()->rowOf(name);
    const QModelIndex index
        = row < 0 ? QModelIndex() : m_proxy->mapFromSource(shownModel()->index(row, 0));
    if (index.isValid()) {
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    } else {
        m_table->clearSelection();
        m_details->clear();
    }
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
    selectByName(wanted);
    if (m_search->isActive()) // reloaded during a search: it reads everything again
        updateSearchState();
}

void AudienceBrowser::onFilterChanged(const QString &text)
{
    const QString selected = selectedAudience() ? selectedAudience()->name : QString();
    const bool filtering = !text.isEmpty();
    if (filtering != m_search->isActive()) {
        if (filtering) {
            m_search->begin();
            m_proxy->setSourceModel(m_search->model());
        } else {
            m_search->end();
            m_proxy->setSourceModel(m_model); // the page the user was on
        }
        m_paging->setVisible(!filtering);
        m_matches->setVisible(filtering);
    }
    m_proxy->setFilterFixedString(text);
    selectByName(selected);
    updateSearchState();
}

void AudienceBrowser::updateSearchState()
{
    const bool loading = m_search->isActive() && m_search->isLoading();
    m_searchProgress->setVisible(loading);
    if (!m_search->isActive())
        return;
    const int loaded = m_search->model()->rowCount();
    const QString matches = tr("%n matches", nullptr, m_proxy->rowCount());
    if (m_search->isComplete()) {
        m_matches->setText(tr("%1 in %2", "12 matches in 137 audiences")
                               .arg(matches, tr("%n audiences", nullptr, loaded)));
    } else {
        const QString read = tr("%n audiences read", nullptr, loaded);
        m_matches->setText(
            loading ? tr("%1 in %2 so far, searching the others…").arg(matches, read)
                    : tr("%1 in the %2", "could not read the others").arg(matches, read));
    }
    // A pie of the share read when the total is known (a page reached the end, or an
    // earlier search read them all), else a busy sign.
    const int total = m_search->estimatedTotal();
    const bool share = loading && total > 0;
    const QString progress = share
        ? tr("Searching every audience: %1 % read").arg(std::min(100, loaded * 100 / total))
        : tr("Searching every audience: %n read so far", nullptr, loaded);
    m_searchProgress->setIcon(share ? progressIcon(double(loaded) / total)
                                    : style()->standardIcon(QStyle::SP_BrowserReload));
    m_searchProgress->setToolTip(progress);
    m_searchProgress->setText(progress);
}

QIcon AudienceBrowser::progressIcon(double fraction) const
{
    const int side = m_filter->fontMetrics().height();
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = Palette::text(Palette::Role::Info, palette());
    const QRectF circle(1.5, 1.5, side - 3, side - 3);
    painter.setPen(QPen(colour, 1.2));
    painter.drawEllipse(circle);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPie(circle, 90 * 16, -int(std::clamp(fraction, 0.0, 1.0) * 360 * 16));
    return QIcon(pixmap);
}

void AudienceBrowser::onSelectionChanged()
{
    if (const AudienceInfo *audience = selectedAudience()) {
        // Selected again after the search's model grew: the pane already shows it.
        if (audience->name != m_details->audienceName() || !m_search->isActive())
            m_details->showAudience(*audience);
    } else {
        m_details->clear();
    }
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
