// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SyncBaselineStore.h"

#include "SqliteConnection.h"

#include "import/EntryDigests.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

SyncBaselineStore::SyncBaselineStore(const QString &path)
{
    m_connection = SqliteConnection::open(QStringLiteral("baselines-"), path, &m_error);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return;
    QSqlQuery q(db);
    for (const QString &statement :
         {QStringLiteral("CREATE TABLE IF NOT EXISTS baselines (key TEXT PRIMARY KEY,"
                         " token TEXT NOT NULL, verified_ids INTEGER NOT NULL,"
                         " upload_id INTEGER, verified_at TEXT)"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS baseline_ids (key TEXT NOT NULL,"
                         " id BLOB NOT NULL, hash INTEGER NOT NULL, PRIMARY KEY (key, id))"
                         " WITHOUT ROWID")}) {
        if (!q.exec(statement)) {
            m_error = q.lastError().text();
            db.close();
            return;
        }
    }
    // Files written by the upload history stay private to their owner.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

SyncBaselineStore::~SyncBaselineStore()
{
    SqliteConnection::close(m_connection);
}

QString SyncBaselineStore::pathBeside(const QString &historyPath)
{
    return QFileInfo(historyPath).absoluteDir().filePath(QStringLiteral("sync-baselines.sqlite"));
}

bool SyncBaselineStore::isOpen() const
{
    return QSqlDatabase::database(m_connection, false).isOpen();
}

std::optional<SyncBaseline> SyncBaselineStore::load(const QString &key) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT token, verified_ids, upload_id, verified_at FROM baselines WHERE key=?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SyncBaseline b;
    b.key = key;
    b.token = q.value(0).toString();
    b.verifiedIds = q.value(1).toLongLong();
    b.uploadId = q.value(2).toLongLong();
    b.verifiedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    QSqlQuery ids(db);
    ids.setForwardOnly(true);
    ids.prepare(QStringLiteral("SELECT id, hash FROM baseline_ids WHERE key=?"));
    ids.addBindValue(key);
    if (!ids.exec()) {
        m_error = ids.lastError().text();
        return std::nullopt;
    }
    b.entries.reserve(qsizetype(b.verifiedIds));
    while (ids.next())
        b.entries.insert(ids.value(0).toByteArray(), quint64(ids.value(1).toLongLong()));
    return b;
}

bool SyncBaselineStore::save(const SyncBaseline &header, const EntryDigests &entries)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    auto fail = [&](const QSqlQuery &query) {
        m_error = query.lastError().text();
        db.rollback();
        return false;
    };
    q.prepare(QStringLiteral("DELETE FROM baseline_ids WHERE key=?"));
    q.addBindValue(header.key);
    if (!q.exec())
        return fail(q);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO baselines (key, token, verified_ids,"
                             " upload_id, verified_at) VALUES (?,?,?,?,?)"));
    q.addBindValue(header.key);
    q.addBindValue(header.token);
    q.addBindValue(header.verifiedIds);
    q.addBindValue(header.uploadId);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return fail(q);
    QSqlQuery ids(db);
    ids.prepare(
        QStringLiteral("INSERT OR REPLACE INTO baseline_ids (key, id, hash) VALUES (?,?,?)"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        ids.bindValue(0, header.key);
        ids.bindValue(1, entries.id(i).toByteArray());
        ids.bindValue(2, qint64(entries.hashes[size_t(i)]));
        if (!ids.exec())
            return fail(ids);
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        return false;
    }
    return true;
}

bool SyncBaselineStore::remove(const QString &key)
{
    // The header alone, at once (called as an upload starts): without it the IDs are no
    // baseline, and the next save of the key deletes them.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM baselines WHERE key=?"));
    q.addBindValue(key);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}
