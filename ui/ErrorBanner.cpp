#include "ErrorBanner.h"

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
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));

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
    hide();
}

void ErrorBanner::setTone(bool error)
{
    const auto icon = error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    setStyleSheet(error
                      ? QStringLiteral("#errorBanner { background: #fdecea; border: 1px solid "
                                       "#f5c2c0; border-radius: 4px; } QLabel { color: #611a15; }")
                      : QStringLiteral("#errorBanner { background: #e8f0fe; border: 1px solid "
                                       "#c6d7f9; border-radius: 4px; }"));
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
