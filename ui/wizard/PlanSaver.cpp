// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/PlanSaver.h"

#include "common/FileDialog.h"
#include "common/Palette.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

PlanSaver::PlanSaver(std::function<ImportPlan()> plan, QWidget *parent)
    : QWidget(parent)
    , m_plan(std::move(plan))
    , m_button(new QPushButton(tr("Sa&ve as Plan…"), this))
    , m_note(new QLabel(this))
{
    m_button->setObjectName(QStringLiteral("savePlanButton"));
    m_note->setObjectName(QStringLiteral("planNote"));
    m_button->setToolTip(tr("Save this import (file, format, mapping, audience, mode and apps) "
                            "to run it again: File → Open Plan…, or audience-desk-cli run"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    layout->addWidget(m_note, 1);
    connect(m_button, &QPushButton::clicked, this, &PlanSaver::save);
}

void PlanSaver::setSavable(bool savable)
{
    m_button->setEnabled(savable);
}

void PlanSaver::say(const QString &sentence, bool problem)
{
    if (problem)
        Palette::setText(m_note, Palette::Role::Error);
    else
        Palette::clearText(m_note);
    m_note->setText(sentence);
}

void PlanSaver::save()
{
    const ImportPlan plan = m_plan();
    const QFileInfo csv(plan.file);
    const QString path = FileDialog::saveFileName(
        this, tr("Save as Plan"),
        csv.dir().filePath(csv.completeBaseName() + QStringLiteral(".plan.json")),
        tr("Import plans (*.plan.json);;JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const QString shown = QDir::toNativeSeparators(path);
    QString why;
    if (plan.save(path, &why))
        say(tr("Saved to %1. Open it again with File → Open Plan…, or run it with: "
               "audience-desk-cli run %1")
                .arg(shown));
    else
        say(tr("The plan could not be saved to %1: %2").arg(shown, why), true);
}
