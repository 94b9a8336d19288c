// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class AudiencePager;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

// Page size, Previous / Next, "Showing 21–30" and a busy indicator, bound to a pager.
class PagingBar : public QWidget
{
    Q_OBJECT
public:
    explicit PagingBar(AudiencePager *pager, QWidget *parent = nullptr);

    void setPageSize(int size); // shows it without reloading
    QString rangeText() const;

signals:
    void pageSizeChosen(int size);

private:
    void updateState();

    AudiencePager *m_pager;
    QComboBox *m_pageSize;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_range;
    QProgressBar *m_busy;
};
