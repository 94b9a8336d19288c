#pragma once

#include "history/UploadRecord.h"

#include <QDialog>

class QPushButton;
class QTableView;
class UploadHistory;
class UploadHistoryModel;

// Every upload with its final state; an interrupted one can be resumed from here.
class HistoryWindow : public QDialog
{
    Q_OBJECT
public:
    HistoryWindow(UploadHistory *history, QWidget *parent = nullptr);

    void reload();
    QTableView *view() const { return m_view; }
    QPushButton *resumeButton() const { return m_resume; }

signals:
    void resumeRequested(const UploadRecord &upload);

private:
    void updateButtons();

    UploadHistory *m_history;
    UploadHistoryModel *m_model;
    QTableView *m_view;
    QPushButton *m_resume;
};
