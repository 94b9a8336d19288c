// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UploadRecordBuilder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

QString UploadRecordBuilder::sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

UploadRecord UploadRecordBuilder::build(const ImportJob::Result &result, const QString &csvPath,
                                        const QString &audience, const ColumnMapping &mapping,
                                        const QString &profileId, const QString &profileName)
{
    UploadRecord r;
    r.profileId = profileId;
    r.profileName = profileName;
    r.audience = audience;
    r.fileName = QFileInfo(csvPath).fileName();
    r.filePath = QFileInfo(csvPath).absoluteFilePath();
    r.fileSize = QFileInfo(csvPath).size();
    r.fileSha256 = result.fileSha256.isEmpty() ? sha256Of(csvPath) : result.fileSha256;
    r.mappingJson = QString::fromUtf8(mapping.toJson());
    r.rowsRead = result.rowsRead;
    r.validIds = result.uniqueIds;
    r.rejectedRows = result.rejectedRows;
    r.duplicateIds = result.duplicateIds;
    for (const ImportJob::Chunk &c : result.chunks) {
        UploadRequestRecord q;
        q.sequence = c.sequence;
        q.method = c.replace ? QStringLiteral("replace") : QStringLiteral("update");
        q.idCount = c.ids;
        q.bodyPath = c.path;
        q.bodySha256 = c.sha256;
        r.requests.append(q);
    }
    return r;
}
