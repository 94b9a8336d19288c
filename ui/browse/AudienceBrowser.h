// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/AudienceInfo.h"

#include <QWidget>

class QThreadPool;

class AudienceDetailsPane;
class AudiencePager;
class AudienceSearch;
class AudienceTableModel;
class BatchClient;
class ErrorBanner;
class PagingBar;
class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

// The audiences of the current profile: filter box, sortable table of the loaded page,
// paging bar, inline error banner, and the details pane of the selection. Typing in the
// filter searches every audience (AudienceSearch reads the other pages meanwhile, its
// progress shown in the filter box): the table then lists all the matches, sorted as the
// header says, and a count replaces the paging bar; clearing the filter returns to the
// page.
class AudienceBrowser : public QWidget
{
    Q_OBJECT
public:
    // `pool`: the application's (AppContext::pool), for the details pane's history reads.
    AudienceBrowser(BatchClient *client, QThreadPool *pool, QWidget *parent = nullptr);

    AudiencePager *pager() const { return m_pager; }
    PagingBar *pagingBar() const { return m_paging; }
    ErrorBanner *banner() const { return m_banner; }
    AudienceDetailsPane *detailsPane() const { return m_details; }
    QString matchesText() const; // "12 matches in 137 audiences"; empty when not filtering

    const AudienceInfo *selectedAudience() const;
    void selectAudienceWhenLoaded(const QString &name); // after the next page load
    void focusFilter();

    QByteArray saveState() const; // header (column widths, sort) and splitter
    void restoreState(const QByteArray &state);

signals:
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);
    void pageSizeChosen(int size);
    void totalChanged(int total); // of the profile's audiences; -1: not known

private:
    void onPageLoaded();
    void onSelectionChanged();
    void onFilterChanged(const QString &text);
    void updateSearchState();
    QIcon progressIcon(double fraction) const; // a pie of the share read
    AudienceTableModel *shownModel() const; // the page's, or every audience's while filtering
    void selectByName(const QString &name);

    AudienceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    AudiencePager *m_pager;
    AudienceSearch *m_search;
    QLineEdit *m_filter;
    QAction *m_searchProgress;
    QLabel *m_matches;
    QTableView *m_table;
    PagingBar *m_paging;
    ErrorBanner *m_banner;
    AudienceDetailsPane *m_details;
    QSplitter *m_splitter;
    QString m_pendingSelection;
};
