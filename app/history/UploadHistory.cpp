// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UploadHistory.h"

#include "SqliteConnection.h"

#include "LockFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace {
const int schemaVersion = 3;

QString toText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// A null QString binds as SQL NULL, which never equals '': store empty text instead.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QDateTime fromText(const QVariant &v)
{
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

UploadRecord recordFrom(const QSqlQuery &q)
{
    UploadRecord r;
    r.id = q.value(QStringLiteral("id")).toLongLong();
    r.profileId = q.value(QStringLiteral("profile_id")).toString();
    r.profileName = q.value(QStringLiteral("profile_name")).toString();
    r.audience = q.value(QStringLiteral("audience")).toString();
    r.fileName = q.value(QStringLiteral("file_name")).toString();
    r.filePath = q.value(QStringLiteral("file_path")).toString();
    r.fileSize = q.value(QStringLiteral("file_size")).toLongLong();
    r.fileSha256 = q.value(QStringLiteral("file_sha256")).toString();
    r.mappingJson = q.value(QStringLiteral("mapping_json")).toString();
    r.lockKey = q.value(QStringLiteral("lock_key")).toString();
    r.rowsRead = q.value(QStringLiteral("rows_read")).toLongLong();
    r.validIds = q.value(QStringLiteral("valid_ids")).toLongLong();
    r.rejectedRows = q.value(QStringLiteral("rejected_rows")).toLongLong();
    r.duplicateIds = q.value(QStringLiteral("duplicate_ids")).toLongLong();
    r.state = UploadRecord::State(q.value(QStringLiteral("state")).toInt());
    r.message = q.value(QStringLiteral("message")).toString();
    r.createdAt = fromText(q.value(QStringLiteral("created_at")));
    r.finishedAt = fromText(q.value(QStringLiteral("finished_at")));
    const QVariant verified = q.value(QStringLiteral("verified_ids"));
    r.verifiedIds = verified.isNull() ? -1 : verified.toLongLong();
    r.verifiedAt = fromText(q.value(QStringLiteral("verified_at")));
    const QString mode = q.value(QStringLiteral("mode")).toString();
    r.mode = mode.isEmpty() ? QStringLiteral("replace") : mode;
    // Running, but no live process holds its lock: it was cut short (crash, kill).
    if (r.state == UploadRecord::State::Running && !LockFiles::isHeld(r.lockKey))
        r.state = UploadRecord::State::Interrupted;
    return r;
}
} // namespace

QString uploadStateName(UploadRecord::State state)
{
    switch (state) {
    case UploadRecord::State::Planned:
        return UploadHistory::tr("Planned");
    case UploadRecord::State::Running:
        return UploadHistory::tr("Running");
    case UploadRecord::State::Completed:
        return UploadHistory::tr("Completed");
    case UploadRecord::State::Partial:
        return UploadHistory::tr("Partial: resume it");
    case UploadRecord::State::Failed:
        return UploadHistory::tr("Failed");
    case UploadRecord::State::Cancelled:
        return UploadHistory::tr("Cancelled");
    case UploadRecord::State::Abandoned:
        return UploadHistory::tr("Void: the audience changed");
    case UploadRecord::State::Interrupted:
        return UploadHistory::tr("Interrupted: resume it");
    }
    return {};
}

UploadHistory::UploadHistory(const QString &path)
{
    m_connection = SqliteConnection::open(QStringLiteral("history-"), path, &m_error);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return;
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (!migrate())
        db.close();
}

UploadHistory::~UploadHistory()
{
    SqliteConnection::close(m_connection);
}

QString UploadHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/history.sqlite");
}

QString UploadHistory::path() const
{
    return QSqlDatabase::database(m_connection, false).databaseName();
}

bool UploadHistory::isOpen() const
{
    return QSqlDatabase::database(m_connection, false).isOpen();
}

QString UploadHistory::errorString() const
{
    return m_error;
}

bool UploadHistory::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    if (version >= schemaVersion)
        return true;
    QStringList statements;
    if (version == 0)
        statements = {
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS uploads (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " profile_id TEXT, profile_name TEXT, audience TEXT NOT NULL,"
                " file_name TEXT, file_size INTEGER, file_sha256 TEXT, mapping_json TEXT,"
                " rows_read INTEGER, valid_ids INTEGER, rejected_rows INTEGER,"
                " duplicate_ids INTEGER, state INTEGER NOT NULL, message TEXT,"
                " created_at TEXT, finished_at TEXT)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS requests (upload_id INTEGER NOT NULL"
                           " REFERENCES uploads(id) ON DELETE CASCADE, sequence INTEGER NOT NULL,"
                           " method TEXT, id_count INTEGER, body_path TEXT, status INTEGER,"
                           " indexing_token TEXT, http_status INTEGER, error TEXT, sent_at TEXT,"
                           " acknowledged_at TEXT, PRIMARY KEY (upload_id, sequence))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS uploads_resume ON uploads"
                           " (profile_id, audience, file_sha256)"),
        };
    // Version 2: what resume and verification need (the file's path, the lock, each body's
    // hash, Batch's verified count).
    if (version < 2)
        statements += {
            QStringLiteral("ALTER TABLE uploads ADD COLUMN file_path TEXT"),
            QStringLiteral("ALTER TABLE uploads ADD COLUMN lock_key TEXT"),
            QStringLiteral("ALTER TABLE uploads ADD COLUMN verified_ids INTEGER"),
            QStringLiteral("ALTER TABLE uploads ADD COLUMN verified_at TEXT"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN body_sha256 TEXT"),
        };
    // Version 3: the upload mode (replace, add, remove, sync); older uploads are Replaces.
    statements += {
        QStringLiteral("ALTER TABLE uploads ADD COLUMN mode TEXT"),
        QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion),
    };
    db.transaction();
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            m_error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

qint64 UploadHistory::create(UploadRecord &record)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO uploads (profile_id, profile_name, audience, file_name, file_size,"
        " file_sha256, mapping_json, rows_read, valid_ids, rejected_rows, duplicate_ids, state,"
        " message, created_at, file_path, lock_key, mode)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!record.createdAt.isValid())
        record.createdAt = QDateTime::currentDateTimeUtc();
    for (const QVariant &v :
         {QVariant(nonNull(record.profileId)), QVariant(nonNull(record.profileName)),
          QVariant(record.audience), QVariant(nonNull(record.fileName)), QVariant(record.fileSize),
          QVariant(nonNull(record.fileSha256)), QVariant(nonNull(record.mappingJson)),
          QVariant(record.rowsRead), QVariant(record.validIds), QVariant(record.rejectedRows),
          QVariant(record.duplicateIds), QVariant(int(record.state)), QVariant(record.message),
          QVariant(toText(record.createdAt)), QVariant(nonNull(record.filePath)),
          QVariant(nonNull(record.lockKey)), QVariant(nonNull(record.mode))})
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        db.rollback();
        return 0;
    }
    record.id = q.lastInsertId().toLongLong();
    QSqlQuery r(db);
    r.prepare(QStringLiteral("INSERT INTO requests (upload_id, sequence, method, id_count,"
                             " body_path, status, body_sha256) VALUES (?,?,?,?,?,?,?)"));
    for (const UploadRequestRecord &request : std::as_const(record.requests)) {
        r.addBindValue(record.id);
        r.addBindValue(request.sequence);
        r.addBindValue(request.method);
        r.addBindValue(request.idCount);
        r.addBindValue(request.bodyPath);
        r.addBindValue(int(request.status));
        r.addBindValue(nonNull(request.bodySha256));
        if (!r.exec()) {
            m_error = r.lastError().text();
            db.rollback();
            return 0;
        }
    }
    db.commit();
    return record.id;
}

bool UploadHistory::updateRequest(qint64 uploadId, const UploadRequestRecord &request)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE requests SET status=?, indexing_token=?, http_status=?,"
                             " error=?, sent_at=?, acknowledged_at=?, body_path=? WHERE"
                             " upload_id=? AND sequence=?"));
    q.addBindValue(int(request.status));
    q.addBindValue(request.indexingToken);
    q.addBindValue(request.httpStatus);
    q.addBindValue(request.error);
    q.addBindValue(toText(request.sentAt));
    q.addBindValue(toText(request.acknowledgedAt));
    q.addBindValue(request.bodyPath);
    q.addBindValue(uploadId);
    q.addBindValue(request.sequence);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool UploadHistory::setState(qint64 uploadId, UploadRecord::State state, const QString &message)
{
    const bool final = state == UploadRecord::State::Completed
        || state == UploadRecord::State::Failed || state == UploadRecord::State::Abandoned;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE uploads SET state=?, message=?, finished_at=? WHERE id=?"));
    q.addBindValue(int(state));
    q.addBindValue(message);
    q.addBindValue(final ? toText(QDateTime::currentDateTimeUtc()) : QString());
    q.addBindValue(uploadId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QList<UploadRequestRecord> UploadHistory::requestsOf(qint64 uploadId) const
{
    QList<UploadRequestRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT sequence, method, id_count, body_path, status,"
                             " indexing_token, http_status, error, sent_at, acknowledged_at,"
                             " body_sha256 FROM requests WHERE upload_id=? ORDER BY sequence"));
    q.addBindValue(uploadId);
    q.exec();
    while (q.next()) {
        UploadRequestRecord r;
        r.sequence = q.value(0).toInt();
        r.method = q.value(1).toString();
        r.idCount = q.value(2).toLongLong();
        r.bodyPath = q.value(3).toString();
        r.status = UploadRequestRecord::Status(q.value(4).toInt());
        r.indexingToken = q.value(5).toString();
        r.httpStatus = q.value(6).toInt();
        r.error = q.value(7).toString();
        r.sentAt = fromText(q.value(8));
        r.acknowledgedAt = fromText(q.value(9));
        r.bodySha256 = q.value(10).toString();
        list.append(r);
    }
    return list;
}

std::optional<UploadRecord> UploadHistory::upload(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT * FROM uploads WHERE id=?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    UploadRecord record = recordFrom(q);
    record.requests = requestsOf(id);
    return record;
}

QList<UploadRecord> UploadHistory::uploads(int limit) const
{
    QList<UploadRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT * FROM uploads ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        list.append(recordFrom(q));
    return list;
}

QList<UploadRecord> UploadHistory::uploadsInto(const QString &profileId, const QString &audience,
                                               int limit) const
{
    QList<UploadRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT * FROM uploads WHERE profile_id=? AND audience=?"
                             " ORDER BY id DESC LIMIT ?"));
    q.addBindValue(nonNull(profileId));
    q.addBindValue(audience);
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        list.append(recordFrom(q));
    return list;
}

std::optional<UploadRecord> UploadHistory::findResumable(const QString &profileId,
                                                         const QString &audience,
                                                         const QString &fileSha256,
                                                         const QString &mappingJson,
                                                         const QString &mode) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id FROM uploads WHERE profile_id=? AND audience=? AND"
                             " file_sha256=? AND mapping_json=? AND ifnull(mode, 'replace')=?"
                             " AND state IN (?,?,?,?,?) ORDER BY id DESC LIMIT 1"));
    q.addBindValue(nonNull(profileId));
    q.addBindValue(audience);
    q.addBindValue(nonNull(fileSha256));
    q.addBindValue(nonNull(mappingJson));
    q.addBindValue(mode);
    for (auto s : {UploadRecord::State::Running, UploadRecord::State::Partial,
                   UploadRecord::State::Cancelled, UploadRecord::State::Planned,
                   UploadRecord::State::Interrupted})
        q.addBindValue(int(s));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return upload(q.value(0).toLongLong()); // Running there means another process has it
}

QList<UploadRecord> UploadHistory::unfinished() const
{
    QList<UploadRecord> list;
    for (const UploadRecord &r : uploads()) {
        if (r.state == UploadRecord::State::Interrupted || r.state == UploadRecord::State::Partial)
            list.append(r);
    }
    return list;
}

bool UploadHistory::setVerified(qint64 uploadId, qint64 ids)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE uploads SET verified_ids=?, verified_at=? WHERE id=?"));
    q.addBindValue(ids);
    q.addBindValue(toText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(uploadId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QList<UploadRecord> UploadHistory::resumableOlderThan(const QDateTime &cutoff) const
{
    QList<UploadRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id FROM uploads WHERE created_at < ? AND state IN (?,?,?,?)"));
    q.addBindValue(toText(cutoff));
    for (auto s : {UploadRecord::State::Running, UploadRecord::State::Partial,
                   UploadRecord::State::Cancelled, UploadRecord::State::Planned})
        q.addBindValue(int(s));
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : ids) {
        if (auto r = upload(id); r && r->state != UploadRecord::State::Running)
            list << *r; // Running: a live process is still on it
    }
    return list;
}
