// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FileCheck.h"

#include <QPointer>
#include <QTimer>
#include <QtConcurrent>

FileCheck::FileCheck(QObject *parent)
    : QObject(parent)
{
    m_workers.setMaxThreadCount(2); // a check, and the previous one's folder going
    connect(&m_watcher, &QFutureWatcher<ImportJob::Result>::finished, this, [this] {
        if (m_watched != m_number)
            return; // stopped by fail(): over already
        const bool rowsSaid = !m_checking;
        m_checking = false;
        m_preparing = false;
        m_result = m_watcher.result();
        if (!rowsSaid)
            emit checked();
        emit prepared();
    });
}

FileCheck::~FileCheck()
{
    stop();
}

void FileCheck::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void FileCheck::stop()
{
    cancel();
    m_watcher.waitForFinished();
}

void FileCheck::fail(const QString &error)
{
    stop();
    ++m_number;
    m_result = {};
    m_result.error = error;
    m_permille = 0;
    m_checking = false;
    m_preparing = false;
    QTimer::singleShot(0, this, [this, number = m_number] {
        if (number != m_number)
            return;
        emit checked();
        emit prepared();
    });
}

void FileCheck::start(const ImportJob::Settings &settings)
{
    stop();
    const quint64 number = ++m_number;
    m_result = {};
    m_permille = 0;
    m_checking = true;
    m_preparing = false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto flag = m_cancel;
    QPointer<FileCheck> self(this);
    // From the check's thread to this one; dropped once another check began.
    auto post = [self, number](auto apply) {
        QMetaObject::invokeMethod(
            self,
            [self, number, apply] {
                if (self && self->m_number == number)
                    apply(*self);
            },
            Qt::QueuedConnection);
    };
    auto progress = [post](ImportJob::Phase phase, qint64 done, qint64 total) {
        const int permille = total > 0
            ? int(done * 500 / total) + (phase == ImportJob::Phase::Writing ? 500 : 0)
            : 0;
        post([permille](FileCheck &check) {
            if (!check.m_checking)
                return;
            check.m_permille = permille;
            emit check.progress(permille);
        });
    };
    auto rowsChecked = [post](const ImportJob::Result &rows) {
        post([rows](FileCheck &check) {
            if (!check.m_checking)
                return; // over already
            check.m_checking = false;
            check.m_preparing = true;
            check.m_result = rows;
            emit check.checked();
        });
    };
    m_watched = number;
    m_watcher.setFuture(QtConcurrent::run(&m_workers, [settings, flag, progress, rowsChecked] {
        return ImportJob::run(settings, flag.get(), progress, rowsChecked);
    }));
}
