// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/MessageBox.h"

#include <QPushButton>

namespace {
// GUI thread only, as every QMessageBox.
QMessageBox::StandardButton s_nextAnswer = QMessageBox::NoButton;
QString s_lastTitle;
QString s_lastText;
int s_count = 0;
} // namespace

bool MessageBox::takeNextAnswer(const QString &title, const QString &text,
                                QMessageBox::StandardButton *answer)
{
    s_lastTitle = title;
    s_lastText = text;
    ++s_count;
    if (s_nextAnswer == QMessageBox::NoButton)
        return false;
    *answer = s_nextAnswer;
    s_nextAnswer = QMessageBox::NoButton;
    return true;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    QMessageBox::StandardButton answer;
    if (takeNextAnswer(title, text, &answer))
        return answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    QMessageBox::StandardButton answer;
    if (takeNextAnswer(title, text, &answer))
        return answer;
    return QMessageBox::warning(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::destructive(QWidget *parent, const QString &title,
                                                    const QString &text, const QString &action)
{
    QMessageBox::StandardButton answer;
    if (takeNextAnswer(title, text, &answer))
        return answer == QMessageBox::Yes || answer == QMessageBox::Ok ? QMessageBox::Yes
                                                                       : QMessageBox::Cancel;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *chosen = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == chosen ? QMessageBox::Yes : QMessageBox::Cancel;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastTitle()
{
    return s_lastTitle;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

int MessageBox::count()
{
    return s_count;
}
