// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "browse/PagingBar.h"

#include "browse/AudiencePager.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

PagingBar::PagingBar(AudiencePager *pager, QWidget *parent)
    : QWidget(parent)
    , m_pager(pager)
    , m_pageSize(new QComboBox(this))
    , m_previous(new QPushButton(tr("< &Previous"), this))
    , m_next(new QPushButton(tr("&Next >"), this))
    , m_range(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    m_previous->setObjectName(QStringLiteral("previousPageButton"));
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    for (int size : AudiencePager::pageSizes)
        m_pageSize->addItem(tr("%n per page", nullptr, size), size);
    m_pageSize->setAccessibleName(tr("Audiences per page"));
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_previous->setToolTip(tr("Previous page (Ctrl+PgUp)"));
    m_next->setToolTip(tr("Next page (Ctrl+PgDown)"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_range);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(m_pageSize);
    layout->addSpacing(12);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);

    connect(m_previous, &QPushButton::clicked, pager, &AudiencePager::previous);
    connect(m_next, &QPushButton::clicked, pager, &AudiencePager::next);
    connect(m_pageSize, &QComboBox::activated, this,
            [this](int index) { emit pageSizeChosen(m_pageSize->itemData(index).toInt()); });
    connect(pager, &AudiencePager::stateChanged, this, &PagingBar::updateState);
    setPageSize(pager->pageSize());
    updateState();
}

void PagingBar::setPageSize(int size)
{
    const int index = m_pageSize->findData(size);
    if (index >= 0)
        m_pageSize->setCurrentIndex(index);
}

QString PagingBar::rangeText() const
{
    return m_range->text();
}

void PagingBar::updateState()
{
    m_previous->setEnabled(m_pager->canGoPrevious());
    m_next->setEnabled(m_pager->canGoNext());
    m_range->setText(m_pager->rangeText());
    m_busy->setVisible(m_pager->isLoading());
}
