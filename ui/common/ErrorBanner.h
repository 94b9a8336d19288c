// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;

// An inline, non-modal error strip above the table: one message at a time (no modal
// storm), with Retry or another action, and a close button.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &message, bool retryable);
    void showInfo(const QString &message);
    // Information with a button that does what the message suggests (hides the banner).
    void showInfo(const QString &message, const QString &actionText, std::function<void()> action);
    QString text() const;

signals:
    void retryRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // a theme change recolours

private:
    void applyColours();
    void setTone(bool error);

    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_retry;
    QPushButton *m_action;
    std::function<void()> m_onAction;
    bool m_error = false;
    bool m_applying = false; // a style sheet repolishes: no PaletteChange loop
};
