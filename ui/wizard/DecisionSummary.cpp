// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/DecisionSummary.h"

#include "import/ImportSummaryText.h"
#include "wizard/ImportWizard.h"

#include <QFormLayout>
#include <QLabel>

DecisionSummary::DecisionSummary(QWidget *parent)
    : QWidget(parent)
    , m_format(line(ImportWizard::FormatPageId))
    , m_mapping(line(ImportWizard::MappingPageId))
    , m_check(line(ImportWizard::ValidationPageId))
{
    m_format->setObjectName(QStringLiteral("formatLine"));
    m_mapping->setObjectName(QStringLiteral("mappingLine"));
    m_check->setObjectName(QStringLiteral("checkLine"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Read as:"), m_format);
    form->addRow(tr("To send:"), m_mapping);
    form->addRow(tr("Checked:"), m_check);
    m_format->setAccessibleName(tr("How the file is read"));
    m_mapping->setAccessibleName(tr("What is sent"));
    m_check->setAccessibleName(tr("What the check found"));
}

QLabel *DecisionSummary::line(int pageId)
{
    auto *label = new QLabel(this);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setToolTip(tr("Go back to this step"));
    connect(label, &QLabel::linkActivated, this, [this, pageId] { emit pageRequested(pageId); });
    return label;
}

void DecisionSummary::setDecisions(const CsvPreview &preview, const ColumnMapping &mapping,
                                   const ImportJob::Result &check)
{
    auto link = [](const QString &text) {
        return QStringLiteral("<a href=\"step\">%1</a>").arg(text.toHtmlEscaped());
    };
    m_format->setText(link(ImportSummaryText::format(preview)));
    m_mapping->setText(link(ImportSummaryText::mapping(mapping)));
    m_check->setText(link(ImportSummaryText::check(check)));
}
