// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTreeWidget>

class QThreadPool;

// The uploads this computer made into one audience with one profile (UploadHistory),
// newest first, two lines each so they fit a narrow pane: date · state, then file · IDs
// sent / in Batch. Read on a worker thread (a connection of its own to the history
// database); an answer for an audience no longer shown is dropped.
class AudienceUploadsView : public QTreeWidget
{
    Q_OBJECT
public:
    enum Field { Date, File, State, Ids, FieldCount };
    static constexpr int FieldRole = Qt::UserRole + 1; // + Field: that field's text

    // `pool`: the application's (AppContext::pool), where the history is read.
    explicit AudienceUploadsView(QThreadPool *pool, QWidget *parent = nullptr);

    // The history database and the profile whose uploads to list; no path: none.
    void setSource(const QString &historyPath, const QString &profileId);
    void showAudience(const QString &name);
    void clearAudience();
    bool isLoading() const { return m_loading; }
    QString field(int row, Field field) const;

signals:
    void loaded(int uploads); // the list of the audience shown is complete

private:
    QThreadPool *m_pool;
    QString m_path;
    QString m_profileId;
    QString m_audience;
    quint64 m_generation = 0; // of the newest request: older answers are dropped
    bool m_loading = false;
};
