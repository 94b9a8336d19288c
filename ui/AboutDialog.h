// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

struct AppContext;
class QPlainTextEdit;

// Help → About: what this is, its version and licence, the homepage, About Qt, and the
// folders a support request needs (settings file, data, upload history, log), with a button
// that copies them.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const AppContext &context, QWidget *parent = nullptr);

    static QUrl homepage();
    static QUrl licenceUrl();
    // The lines of "Support information": versions, platform and paths, untranslated
    // labels so a support answer can read them whatever the user's language.
    static QString supportText(const AppContext &context);

private:
    QPlainTextEdit *m_support;
};
