// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportPlan.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;

// "Save as Plan…" and the line beside it: writes the import as chosen so far to a plan file
// (asked through FileDialog) that File → Open Plan… and `audience-desk-cli run` take, and
// says where it went or why it could not. The line also carries what an opened plan asked
// for and could not get.
class PlanSaver : public QWidget
{
    Q_OBJECT
public:
    // `plan` gives the import as chosen when the button is pressed; `csvPath` where to
    // suggest saving it (beside the file).
    PlanSaver(std::function<ImportPlan()> plan, QWidget *parent = nullptr);

    void setSavable(bool savable); // a plan needs an audience and a file that stays
    void say(const QString &sentence, bool problem = false);

private:
    void save();

    std::function<ImportPlan()> m_plan;
    QPushButton *m_button;
    QLabel *m_note;
};
