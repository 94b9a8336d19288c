// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/StepNotice.h"

#include "common/Palette.h"

StepNotice::StepNotice(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("stepNotice"));
    setWordWrap(true);
    Palette::setText(this, Palette::Role::Warning);
    hide();
}

void StepNotice::setReasons(const QStringList &reasons)
{
    setText(reasons.isEmpty() ? QString() : tr("Check this page: %1").arg(reasons.join(u' ')));
    setVisible(!reasons.isEmpty());
}
