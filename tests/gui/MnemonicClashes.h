// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QStringList>
#include <QWidget>

// Alt+letter must lead to one control. The letters that more than one visible control of
// a window claims (buttons, labels with a buddy, checkable group boxes, menu bar titles),
// one "Alt+b: < Back, Browse…" line each; empty when every mnemonic is unique.
// `includeHidden`: also the controls hidden for now that can show up later (a banner).
inline QStringList mnemonicClashes(QWidget *window, bool includeHidden = false)
{
    QMap<QChar, QStringList> owners;
    const auto note = [&](const QString &text) {
        const qsizetype at
            = QString(text).replace(QStringLiteral("&&"), QStringLiteral("__")).indexOf(u'&');
        if (at >= 0 && at + 1 < text.size())
            owners[text.at(at + 1).toLower()] << QString(text).remove(u'&');
    };
    for (QWidget *child : window->findChildren<QWidget *>()) {
        if (!includeHidden && !child->isVisibleTo(window))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(child))
            note(b->text());
        else if (auto *l = qobject_cast<QLabel *>(child); l && l->buddy())
            note(l->text());
        else if (auto *g = qobject_cast<QGroupBox *>(child); g && g->isCheckable())
            note(g->title());
        else if (auto *bar = qobject_cast<QMenuBar *>(child)) {
            for (const QAction *a : bar->actions())
                note(a->text());
        }
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(u", "));
    }
    return clashes;
}
