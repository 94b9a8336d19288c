// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SandboxFixture.h"
#include "settings/ProfileSession.h"

#include <QNetworkReply>
#include <QSignalSpy>

// What the client tests share: waiting for a reply, a quick config for a raw server, and
// the fake's wire answers without the client's parsing.
class BatchClientTestBase : public QObject
{
protected:
    // The reply stays a child of the client until the client (the test's fixture) is
    // destroyed: it can be read after later waits. A deleteLater() here freed it in the
    // next wait's event loop, and reading it afterwards was a use after free.
    static ApiReply *wait(ApiReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &ApiReply::finished);
            if (!spy.wait(20000))
                qWarning("reply did not finish");
        }
        return reply;
    }
    static ApiConfig rawConfig(const QUrl &url)
    {
        Profile p;
        p.baseUrl = url;
        p.apiKey = QStringLiteral("KEY");
        p.restKey = QStringLiteral("rest-key-for-tests");
        ApiConfig quick;
        quick.timeoutMs = 2000;
        quick.backoffBaseMs = 10;
        quick.backoffCapMs = 20;
        return ProfileSession::configFor(p, quick);
    }
    // What the fake sends on the wire for a GET, without the client's parsing.
    static QPair<int, QByteArray> rawGet(const SandboxFixture &s, const QString &path)
    {
        QNetworkAccessManager nam;
        QUrl url = s.server.baseUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("X-Authorization", FakeBatchServer::sandboxRestKey.toUtf8());
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            qWarning("raw GET did not finish");
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
    }
    static QString listPath() { return QStringLiteral("/1.1/SANDBOX_API_KEY/custom-audience"); }
    static QByteArray replaceBody()
    {
        return "{\"ids\":[{\"id\":\"00123\",\"attributes\":{\"age\":31,\"vip\":true,"
               "\"date(signup)\":\"2024-05-01T10:00:00\",\"url(site)\":\"https://example.com/a\"},"
               "\"tags\":[\"fr\",\"vip\"]},{\"id\":\"B\",\"tags\":[\"x\"]}]}";
    }
};
