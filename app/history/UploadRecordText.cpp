// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UploadRecordText.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

QString UploadRecordText::requestLine(const UploadRequestRecord &r, const QString &mode)
{
    const QLocale l;
    const QString kind = r.method == u"replace" ? tr("Replace")
        : mode == u"remove"                     ? tr("Update (remove)")
        : mode == u"sync"                       ? tr("Update (add and remove)")
                                                : tr("Update (add)");
    QString line
        = tr("Request %1: %2 of %3 IDs — ").arg(r.sequence).arg(kind, l.toString(r.idCount));
    switch (r.status) {
    case UploadRequestRecord::Status::Pending:
        line += tr("not sent");
        break;
    case UploadRequestRecord::Status::Sent:
        line += tr("sent %1, no answer recorded").arg(when(r.sentAt));
        break;
    case UploadRequestRecord::Status::Acknowledged:
        line += tr("acknowledged %1").arg(when(r.acknowledgedAt));
        break;
    case UploadRequestRecord::Status::Failed:
        line += r.httpStatus > 0 ? tr("failed (HTTP %1)").arg(r.httpStatus) : tr("failed");
        if (!r.error.isEmpty())
            line += QStringLiteral(": ") + r.error;
        break;
    }
    if (!r.indexingToken.isEmpty())
        line += tr(", indexing token %1").arg(r.indexingToken);
    return line;
}

QString UploadRecordText::details(const UploadRecord &u)
{
    const QLocale l;
    QStringList lines;
    lines << tr("%1 into %2 (profile %3): %4")
                 .arg(u.fileName, u.audience, u.profileName, uploadStateName(u.state));
    if (u.mode == u"add")
        lines << tr("Mode: add (the audience keeps its other IDs)");
    else if (u.mode == u"remove")
        lines << tr("Mode: remove (the audience keeps its other IDs)");
    else if (u.mode == u"sync")
        lines << tr("Mode: sync (only the differences from the last verified upload)");
    lines << tr("File: %1, SHA-256 %2")
                 .arg(l.formattedDataSize(u.fileSize),
                      u.fileSha256.isEmpty() ? tr("not computed") : u.fileSha256);
    lines << tr("Rows read: %1; valid IDs: %2; rejected rows: %3; duplicate IDs: %4")
                 .arg(l.toString(u.rowsRead), l.toString(u.validIds), l.toString(u.rejectedRows),
                      l.toString(u.duplicateIds));
    lines << (u.finishedAt.isValid()
                  ? tr("Started %1, ended %2").arg(when(u.createdAt), when(u.finishedAt))
                  : tr("Started %1").arg(when(u.createdAt)));
    if (u.verifiedIds >= 0)
        lines << tr("Batch reported %1 IDs in %2 once applied (%3); %4 were sent.")
                     .arg(l.toString(u.verifiedIds), u.audience, when(u.verifiedAt),
                          l.toString(u.acknowledgedIds()));
    else if (u.state == UploadRecord::State::Completed)
        lines << tr("Not verified: Batch's count was not read after the upload.");
    if (!u.message.isEmpty())
        lines << u.message;
    for (const UploadRequestRecord &r : u.requests)
        lines << requestLine(r, u.mode);
    return lines.join(u'\n');
}
