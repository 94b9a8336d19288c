#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// An inline, non-modal error strip above the table: one message at a time (no modal
// storm), with Retry and a close button.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &message, bool retryable);
    void showInfo(const QString &message);
    QString text() const;

signals:
    void retryRequested();

private:
    void setTone(bool error);

    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_retry;
};
