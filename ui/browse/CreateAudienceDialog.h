// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Name (checked as typed against the API's rule) and description of a new audience.
class CreateAudienceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateAudienceDialog(QWidget *parent = nullptr);

    QString name() const;
    QString description() const;

private:
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_description;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
