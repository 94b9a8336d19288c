// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "history/UploadRecord.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QTableView;
class UploadHistory;
class UploadHistoryModel;

// Every upload with its final state; the selected one in detail (file fingerprint, each
// request and its indexing token); an interrupted one can be resumed from here.
class HistoryWindow : public QDialog
{
    Q_OBJECT
public:
    HistoryWindow(UploadHistory *history, QWidget *parent = nullptr);

    void reload();

signals:
    void resumeRequested(const UploadRecord &upload);

private:
    void updateButtons();
    void showDetails();

    UploadHistory *m_history;
    UploadHistoryModel *m_model;
    QTableView *m_view;
    QPushButton *m_resume;
    QPlainTextEdit *m_details;
};
