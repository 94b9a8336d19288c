// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/ErrorBanner.h"

#include "common/Palette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_action(new QPushButton(this))
{
    m_action->setObjectName(QStringLiteral("bannerActionButton"));
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(close, 0, Qt::AlignTop);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        if (const auto action = m_onAction) // a copy: the action may show another message
            action();
    });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    m_action->hide();
    if (parent)
        parent->installEventFilter(this);
    installEventFilter(this);
    hide();
}

void ErrorBanner::setTone(bool error)
{
    m_error = error;
    const auto icon = error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    applyColours();
}

void ErrorBanner::applyColours()
{
    // Tinted from the theme: readable in light and dark (the fixed light blue was 1.15:1
    // under a dark theme).
    const auto role = m_error ? Palette::Role::Error : Palette::Role::Info;
    const QPalette &p = parentWidget() ? parentWidget()->palette() : palette();
    m_applying = true;
    setStyleSheet(QStringLiteral("#errorBanner { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; } #errorBanner > QLabel { color: %2; }")
                      .arg(Palette::fill(role, p).name(), Palette::textOnFill(role, p).name()));
    m_applying = false;
}

bool ErrorBanner::eventFilter(QObject *watched, QEvent *event)
{
    // Its own palette is the style sheet's: the parent's change says the theme changed.
    if ((event->type() == QEvent::PaletteChange
         || event->type() == QEvent::ApplicationPaletteChange)
        && !m_applying)
        applyColours();
    return QFrame::eventFilter(watched, event);
}

void ErrorBanner::showError(const QString &message, bool retryable)
{
    setTone(true);
    m_label->setText(message);
    m_retry->setVisible(retryable);
    m_action->hide();
    show();
}

void ErrorBanner::showInfo(const QString &message)
{
    showInfo(message, QString(), {});
}

void ErrorBanner::showInfo(const QString &message, const QString &actionText,
                           std::function<void()> action)
{
    setTone(false);
    m_label->setText(message);
    m_retry->hide();
    m_onAction = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(m_onAction != nullptr);
    show();
}

QString ErrorBanner::text() const
{
    return m_label->text();
}
