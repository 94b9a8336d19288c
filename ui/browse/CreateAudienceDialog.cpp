// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "browse/CreateAudienceDialog.h"

#include "api/ApiValidation.h"
#include "common/Palette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CreateAudienceDialog::CreateAudienceDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_name->setObjectName(QStringLiteral("audienceNameEdit"));
    setWindowTitle(tr("Create Audience"));
    m_name->setMaxLength(255);
    m_name->setPlaceholderText(tr("e.g. vip_customers_fr"));
    m_description->setPlaceholderText(tr("Optional: what this audience is for"));
    m_problem->setWordWrap(true);
    Palette::setText(m_problem, Palette::Role::Error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_problem);
    form->addRow(tr("&Description:"), m_description);
    auto *hint = new QLabel(tr("Letters, digits, _ and - only; names are case sensitive. "
                               "The audience starts empty: import a CSV file to fill it."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    resize(460, sizeHint().height());

    connect(m_name, &QLineEdit::textChanged, this, &CreateAudienceDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString CreateAudienceDialog::name() const
{
    return m_name->text();
}

QString CreateAudienceDialog::description() const
{
    return m_description->text().trimmed();
}

void CreateAudienceDialog::validate()
{
    const QString text = m_name->text();
    const QString problem = text.isEmpty() ? QString() : ApiValidation::audienceNameProblem(text);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty() && problem.isEmpty());
}
