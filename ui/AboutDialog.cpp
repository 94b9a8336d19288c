// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AboutDialog.h"

#include "AppContext.h"
#include "history/UploadHistory.h"
#include "log/LogFile.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_support(new QPlainTextEdit(this))
{
    m_support->setObjectName(QStringLiteral("supportView"));
    setWindowTitle(tr("About Audience Desk"));

    auto *icon = new QLabel(this);
    icon->setPixmap(windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(
        tr("<h3>Audience Desk %1</h3>"
           "<p>Browse the custom audiences of your Batch apps and upload CSV segments into "
           "them, with the Custom Audience API 1.1.</p>"
           "<p><a href=\"%2\">%2</a></p>"
           "<p>Copyright © 2026 Audience Desk contributors.<br>"
           "This program is free software: you can redistribute it and/or modify it under "
           "the terms of the <a href=\"%3\">GNU General Public License</a>, version 3 or "
           "(at your option) any later version. It comes with absolutely no warranty.</p>"
           "<p>Built with Qt %4, running on Qt %5.</p>")
            .arg(QApplication::applicationVersion(), homepage().toString(), licenceUrl().toString(),
                 QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(text, 1);

    auto *supportLabel = new QLabel(tr("&Support information:"), this);
    supportLabel->setBuddy(m_support);
    m_support->setReadOnly(true);
    m_support->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_support->setPlainText(supportText(context));
    m_support->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_support->setAccessibleName(tr("Support information"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy
        = buttons->addButton(tr("&Copy Support Information"), QDialogButtonBox::ActionRole);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_support->toPlainText()); });
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(supportLabel);
    layout->addWidget(m_support, 1);
    layout->addWidget(buttons);
    resize(620, 480);
}

QUrl AboutDialog::homepage()
{
    return QUrl(QStringLiteral("https://github.com/audience-desk/audience-desk"));
}

QUrl AboutDialog::licenceUrl()
{
    return QUrl(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html"));
}

QString AboutDialog::supportText(const AppContext &context)
{
    const QString logPath = LogFile::currentPath();
    QStringList lines;
    lines << QStringLiteral("Audience Desk %1 (Qt %2 built, %3 running)")
                 .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                      QString::fromLatin1(qVersion()))
          << QStringLiteral("System: %1, %2 (%3)")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                      QGuiApplication::platformName())
          << QStringLiteral("Settings: %1")
                 .arg(context.qsettings ? context.qsettings->fileName() : QString())
          << QStringLiteral("Data: %1")
                 .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
          << QStringLiteral("History: %1")
                 .arg(context.history ? context.history->path() : UploadHistory::defaultPath())
          << QStringLiteral("Log: %1").arg(
                 logPath.isEmpty() ? QStringLiteral("(off) %1").arg(LogFile::defaultPath())
                                   : logPath);
    return lines.join(QLatin1Char('\n'));
}
