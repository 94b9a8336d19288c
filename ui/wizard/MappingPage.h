// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ColumnMapping.h"
#include "import/RecentMappings.h"

#include <QWizardPage>

class AttributeMappingModel;
class ImportWizard;
class StepNotice;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;
class TagEditor;

// Which column holds the install IDs, which become attributes (name, type, date format;
// at most 15) and which hold tags; mapping files load and save here.
class MappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool saveMapping(const QString &path);
    bool loadMapping(const QString &path);

private:
    void apply(const ColumnMapping &mapping);
    ColumnMapping current() const;
    void updateState();
    void updateNotSent();
    void fillRecentMenu(const QList<RecentMappings::Entry> &entries);
    void applyKeepingFormat(const ColumnMapping &mapping, const QString &notice);

    ImportWizard *m_wizard;
    QComboBox *m_idColumn;
    QTableView *m_view;
    AttributeMappingModel *m_model;
    QLabel *m_count;
    QCheckBox *m_decimalComma;
    TagEditor *m_tags;
    QLabel *m_problems;
    QLabel *m_notSent; // the columns not sent, by name
    QLabel *m_commaNote; // where a decimal comma was seen
    QLabel *m_notice; // which saved mapping is applied, if any
    StepNotice *m_why; // why the wizard stopped here, if it did
    QPushButton *m_recentButton;
    QMenu *m_recentMenu;
};
