// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/AudienceInfo.h"

#include <QWidget>

class AudienceDetailsPane;
class AudiencePager;
class AudienceTableModel;
class BatchClient;
class ErrorBanner;
class PagingBar;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

// The audiences of the current profile: filter box, sortable table of the loaded page,
// paging bar, inline error banner, and the details pane of the selection.
class AudienceBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit AudienceBrowser(BatchClient *client, QWidget *parent = nullptr);

    AudiencePager *pager() const { return m_pager; }
    AudienceTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    PagingBar *pagingBar() const { return m_paging; }
    ErrorBanner *banner() const { return m_banner; }
    AudienceDetailsPane *detailsPane() const { return m_details; }
    QLineEdit *filterEdit() const { return m_filter; }

    const AudienceInfo *selectedAudience() const;
    void selectAudienceWhenLoaded(const QString &name); // after the next page load
    void focusFilter();

    QByteArray saveState() const; // header (column widths, sort) and splitter
    void restoreState(const QByteArray &state);

signals:
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);
    void pageSizeChosen(int size);

private:
    void onPageLoaded();
    void onSelectionChanged();

    AudienceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    AudiencePager *m_pager;
    QLineEdit *m_filter;
    QTableView *m_table;
    PagingBar *m_paging;
    ErrorBanner *m_banner;
    AudienceDetailsPane *m_details;
    QSplitter *m_splitter;
    QString m_pendingSelection;
};
