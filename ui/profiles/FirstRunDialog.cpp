// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profiles/FirstRunDialog.h"

#include <QCommandLinkButton>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Audience Desk"));
    auto *title = new QLabel(tr("<h2>Welcome to Audience Desk</h2>"
                                "<p>Browse your Batch custom audiences and upload CSV segments "
                                "into them. How would you like to start?</p>"),
                             this);
    title->setWordWrap(true);

    auto *sandbox = new QCommandLinkButton(
        tr("Try with sample data"),
        tr("Explore a local sandbox with 137 sample audiences. Nothing is sent to Batch."), this);
    auto *keys = new QCommandLinkButton(
        tr("Add my Batch keys"),
        tr("Enter your app's API key and your company REST API key (Batch dashboard: "
           "Settings → General)."),
        this);
    sandbox->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(sandbox);
    layout->addWidget(keys);
    layout->addStretch(1);
    resize(520, sizeHint().height());

    connect(sandbox, &QCommandLinkButton::clicked, this, [this] { done(TrySandbox); });
    connect(keys, &QCommandLinkButton::clicked, this, [this] { done(AddKeys); });
}
