// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "browse/AudienceUploadsView.h"

#include "history/UploadHistory.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>
#include <QtConcurrent>

AudienceUploadsView::AudienceUploadsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Date"), tr("File"), tr("State"), tr("IDs sent / in Batch")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setAccessibleName(tr("Uploads from this computer"));
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
}

void AudienceUploadsView::setSource(const QString &historyPath, const QString &profileId)
{
    m_path = historyPath;
    m_profileId = profileId;
    clearAudience();
}

void AudienceUploadsView::clearAudience()
{
    ++m_generation;
    m_audience.clear();
    m_loading = false;
    clear();
}

void AudienceUploadsView::showAudience(const QString &name)
{
    clearAudience();
    m_audience = name;
    if (m_path.isEmpty()) {
        emit loaded(0);
        return;
    }
    m_loading = true;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QList<UploadRecord>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another audience since
        m_loading = false;
        const QLocale locale;
        const QList<UploadRecord> uploads = watcher->result();
        for (const UploadRecord &u : uploads) {
            auto *item = new QTreeWidgetItem(this);
            item->setText(Date, locale.toString(u.createdAt.toLocalTime(), QLocale::ShortFormat));
            item->setText(File, u.fileName);
            item->setToolTip(File, u.filePath);
            item->setText(State, uploadStateName(u.state));
            item->setToolTip(State, u.message);
            item->setText(Ids,
                          tr("%1 / %2").arg(locale.toString(u.validIds),
                                            u.verifiedIds >= 0 ? locale.toString(u.verifiedIds)
                                                               : QStringLiteral("—")));
            item->setTextAlignment(Ids, Qt::AlignRight | Qt::AlignVCenter);
        }
        emit loaded(int(uploads.size()));
    });
    watcher->setFuture(QtConcurrent::run([path = m_path, profile = m_profileId, name] {
        const UploadHistory history(path);
        return history.uploadsInto(profile, name);
    }));
}
