// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ColumnMapping.h"
#include "import/CsvPreview.h"
#include "import/ImportJob.h"

#include <QWidget>

class QLabel;

// What was decided before the Target page, one line per page, each a link back to it (by
// mouse or by Tab and Enter): how the file is read, what is sent, what the check found.
class DecisionSummary : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionSummary(QWidget *parent = nullptr);

    void setDecisions(const CsvPreview &preview, const ColumnMapping &mapping,
                      const ImportJob::Result &check);

signals:
    void pageRequested(int pageId); // an ImportWizard::PageId

private:
    QLabel *line(int pageId);

    QLabel *m_format;
    QLabel *m_mapping;
    QLabel *m_check;
};
