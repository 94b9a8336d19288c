// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SandboxFixture.h"
#include "history/UploadHistory.h"
#include "upload/ImportSession.h"
#include "upload/UploadLock.h"
#include "upload/UploadWorkDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// What the upload-mode tests share (tst_uploadmodes, tst_syncmodes): CSV files of
// id-NNNNNN rows, an upload of one into vip_fr in a mode (verified), a verified Replace as
// the baseline, and what the sandbox received.
class UploadModesTestBase : public QObject
{
protected:
    QTemporaryDir m_dir;

    // install_id,score: id-NNNNNN for first..first+count-1, score (i % 97) + bump.
    QString makeCsv(const QString &name, int first, int count, int bump = 0,
                    const QList<int> &changed = {})
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write("install_id,score\n");
        for (int i = first; i < first + count; ++i)
            f.write(QStringLiteral("%1,%2\n")
                        .arg(id(i))
                        .arg(i % 97 + bump + (changed.contains(i) ? 1000 : 0))
                        .toUtf8());
        return path;
    }
    static QString id(int i) { return QStringLiteral("id-%1").arg(i, 6, 10, QLatin1Char('0')); }
    static QStringList idsIn(int first, int count)
    {
        QStringList ids;
        for (int i = first; i < first + count; ++i)
            ids << id(i);
        return ids;
    }
    static QStringList held(const FakeBatchServer &server, const QString &audience)
    {
        const auto a = server.audience(audience);
        return a ? a->members.keys() : QStringList();
    }
    static int count(const FakeBatchServer &server, const QByteArray &method)
    {
        int n = 0;
        for (const auto &r : server.requests())
            n += r.method == method;
        return n;
    }

    struct Run
    {
        std::unique_ptr<ImportSession> session;
        QStringList notes;
    };
    Run upload(SandboxFixture &s, UploadHistory &history, const QString &csv, UploadMode mode,
               bool verify = true, bool fallback = true)
    {
        Run r;
        r.session = std::make_unique<ImportSession>(&s.network, &history);
        ImportSession &session = *r.session;
        QObject::connect(&session, &ImportSession::note, &session,
                         [&r](const QString &line) { r.notes << line; });
        session.setFile(csv);
        session.setMapping(
            ColumnMapping::defaultFor({QStringLiteral("install_id"), QStringLiteral("score")}));
        session.setMode(mode);
        session.setSyncFallback(fallback);
        QSignalSpy checked(&session, &ImportSession::checked);
        session.check();
        if (!checked.wait(30000) || !session.checkResult().ok)
            qWarning("the check failed");
        ImportSession::Target target;
        target.config = s.config();
        target.profileId = QStringLiteral("test-profile");
        target.profileName = QStringLiteral("Test");
        target.audience = QStringLiteral("vip_fr");
        target.createIfMissing = true;
        session.setTarget(target);
        QSignalSpy finished(&session, &ImportSession::uploadFinished);
        session.start();
        if (finished.isEmpty() && !finished.wait(30000))
            qWarning("the upload did not stop");
        if (verify && session.stopReason() == ImportSession::Stop::Completed) {
            QSignalSpy verified(&session, &ImportSession::verified);
            session.verify(10000);
            if (!verified.wait(15000))
                qWarning("not verified");
        }
        return r;
    }
    // A verified Replace (the baseline); the bytes of its requests in *bytes.
    void seedBaseline(SandboxFixture &s, UploadHistory &history, int first, int count,
                      qint64 *bytes = nullptr)
    {
        Run r = upload(s, history, makeCsv(QStringLiteral("seed.csv"), first, count),
                       UploadMode::Replace);
        QCOMPARE(r.session->stopReason(), ImportSession::Stop::Completed);
        QVERIFY(r.session->verification().matches());
        for (const auto &request : s.server.requests())
            if (bytes && (request.method == "PUT" || request.method == "PATCH"))
                *bytes += request.body.size();
        s.server.clearRequests();
    }
    void send(SandboxFixture &s, const QByteArray &method, const QByteArray &body)
    {
        ApiReply *reply = method == "PUT" ? s.client.replace(QStringLiteral("vip_fr"), body)
                                          : s.client.update(QStringLiteral("vip_fr"), body);
        QSignalSpy done(reply, &ApiReply::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(reply->isOk());
        reply->deleteLater();
        s.server.clearRequests();
    }
    static QJsonArray entriesSent(const FakeBatchServer &server)
    {
        QJsonArray all;
        for (const auto &r : server.requests()) {
            if (r.method != "PATCH" && r.method != "PUT")
                continue;
            for (const auto &e :
                 QJsonDocument::fromJson(r.body).object().value(QStringLiteral("ids")).toArray())
                all.append(e);
        }
        return all;
    }
    static QByteArray makeBody(int first, int count)
    {
        QByteArray body = R"({"ids":[)";
        for (int i = first; i < first + count; ++i)
            body += (i > first ? "," : "") + QStringLiteral(R"({"id":"%1"})").arg(id(i)).toUtf8();
        return body + "]}";
    }
    // Before each test: no upload folder, lock or baseline of another test.
    void clean()
    {
        QDir(UploadWorkDir::root()).removeRecursively();
        QDir(UploadLock::defaultDir()).removeRecursively();
        QFile::remove(m_dir.filePath(QStringLiteral("sync-baselines.sqlite")));
    }
};
