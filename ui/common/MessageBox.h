// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMessageBox>
#include <QString>

// The one way the widgets ask a modal question or give a modal warning, and the one seam
// the tests answer it through (as KeePassXC's src/gui/MessageBox.h): setNextAnswer() makes
// the next call return that answer without showing anything. Every call also records what
// it said (lastTitle(), lastText(), count()), shown or not, so a test can check the wording
// and that a question was (or was not) asked.
class MessageBox
{
public:
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton
    warning(QWidget *parent, const QString &title, const QString &text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    // A warning whose way on is destructive: a button labelled `action` (DestructiveRole)
    // and Cancel, the default. Returns QMessageBox::Yes when `action` was chosen, otherwise
    // QMessageBox::Cancel; a preset answer of Yes (or Ok) stands for `action`.
    static QMessageBox::StandardButton destructive(QWidget *parent, const QString &title,
                                                   const QString &text, const QString &action);

    // For tests: the next call returns `answer` at once, shows nothing, and forgets it.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastTitle();
    static QString lastText();
    static int count(); // calls so far, answered by the user or by setNextAnswer()

private:
    static bool takeNextAnswer(const QString &title, const QString &text,
                               QMessageBox::StandardButton *answer);
};
