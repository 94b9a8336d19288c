// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "browse/AudienceUploadsView.h"

#include "browse/AudienceTableModel.h"
#include "history/UploadHistory.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

AudienceUploadsView::AudienceUploadsView(QThreadPool *pool, QWidget *parent)
    : QTreeWidget(parent)
    , m_pool(pool)
{
    setColumnCount(1);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setTextElideMode(Qt::ElideMiddle); // file names keep their extension
    setAccessibleName(tr("Uploads from this computer"));
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

QString AudienceUploadsView::field(int row, Field field) const
{
    const QTreeWidgetItem *item = topLevelItem(row);
    return item ? item->data(0, FieldRole + field).toString() : QString();
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
            const QString fields[FieldCount]
                = {AudienceTableModel::shortDateTime(u.createdAt), u.fileName,
                   uploadStateName(u.state),
                   u.verifiedIds >= 0
                       ? tr("%1 sent / %2 in Batch")
                             .arg(locale.toString(u.validIds), locale.toString(u.verifiedIds))
                       : tr("%1 sent").arg(locale.toString(u.validIds))};
            auto *item = new QTreeWidgetItem(this);
            item->setText(0,
                          tr("%1 · %2\n%3 · %4", "date · state, file · IDs")
                              .arg(fields[Date], fields[State], fields[File], fields[Ids]));
            QStringList tip {u.filePath.isEmpty() ? u.fileName : u.filePath};
            if (!u.message.isEmpty())
                tip << u.message;
            item->setToolTip(0, tip.join(QLatin1Char('\n')));
            for (int f = 0; f < FieldCount; ++f)
                item->setData(0, FieldRole + f, fields[f]);
        }
        emit loaded(int(uploads.size()));
    });
    watcher->setFuture(QtConcurrent::run(m_pool, [path = m_path, profile = m_profileId, name] {
        const UploadHistory history(path);
        return history.uploadsInto(profile, name);
    }));
}
