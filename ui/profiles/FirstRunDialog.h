// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

// First start without any profile: try the sandbox's sample data, or add real keys.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { TrySandbox = 1, AddKeys = 2 };

    explicit FirstRunDialog(QWidget *parent = nullptr);
};
