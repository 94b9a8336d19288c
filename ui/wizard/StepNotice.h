// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLabel>

// Why the wizard shows a page a clean file would skip ("Check this page: the dates in …"),
// in the warning colour; hidden when there is no reason.
class StepNotice : public QLabel
{
    Q_OBJECT
public:
    explicit StepNotice(QWidget *parent = nullptr);

    void setReasons(const QStringList &reasons);
};
