// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiErrorBuilder.h"
#include "api/ErrorBodyParser.h"

#include <QLocale>
#include <QTest>

class TestErrorBodyParser : public QObject
{
    Q_OBJECT
private slots:
    void shapes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::newRow("error_code+error_message")
            << 400 << QByteArray(R"({"error_code":31,"error_message":"bad id"})") << 31
            << "MALFORMED_PARAMETER"
            << "bad id";
        QTest::newRow("code+message") << 400 << QByteArray(R"({"code":30,"message":"ids missing"})")
                                      << 30 << "MISSING_PARAMETER"
                                      << "ids missing";
        QTest::newRow("code as string") << 400 << QByteArray(R"({"code":"32","error":"not json"})")
                                        << 32 << "MALFORMED_JSON_BODY"
                                        << "not json";
        QTest::newRow("name under error")
            << 401 << QByteArray(R"({"error":"AUTHENTICATION_INVALID","message":"nope"})") << 10
            << "AUTHENTICATION_INVALID"
            << "nope";
        QTest::newRow("empty body 503") << 503 << QByteArray() << 2 << "MAINTENANCE_ERROR"
                                        << "";
        QTest::newRow("html 500") << 500 << QByteArray("<html>oops</html>") << 1 << "SERVER_ERROR"
                                  << "";
        QTest::newRow("400 without code") << 400 << QByteArray("{}") << -1 << ""
                                          << "";
        QTest::newRow("json array") << 404 << QByteArray("[1,2]") << 20 << "ROUTE_NOT_FOUND"
                                    << "";
        QTest::newRow("unknown status") << 418 << QByteArray("teapot") << -1 << ""
                                        << "";
    }
    void shapes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, name);
        QFETCH(QString, text);
        const auto r = ErrorBodyParser::parse(status, body);
        QCOMPARE(r.code, code);
        QCOMPARE(r.name, name);
        QCOMPARE(r.text, text);
    }

    void messagesSayWhatWhetherAndWhatToDo()
    {
        const ApiError list = ApiErrorBuilder::http(ApiReply::Operation::List, 401, {});
        QVERIFY(list.message.contains(QStringLiteral("keys")));
        QVERIFY(list.message.contains(QStringLiteral("Nothing was changed.")));
        QVERIFY(list.message.contains(QStringLiteral("Profiles and Keys")));
        const ApiError replace = ApiErrorBuilder::http(ApiReply::Operation::Replace, 503, {});
        QVERIFY(replace.retryable);
        QVERIFY(replace.message.contains(QStringLiteral("may or may not have been replaced")));
        QVERIFY(replace.message.contains(QStringLiteral("Try again")));
        const ApiError bad
            = ApiErrorBuilder::http(ApiReply::Operation::Update, 400,
                                    R"({"error_code":31,"error_message":"ids[3]: tags"})");
        QVERIFY(bad.message.contains(QStringLiteral("ids[3]: tags")));
        QVERIFY(bad.message.contains(QStringLiteral("Nothing was changed on Batch.")));
        const ApiError refused = ApiErrorBuilder::network(
            ApiReply::Operation::Replace, QNetworkReply::ConnectionRefusedError, {}, false,
            QUrl(QStringLiteral("http://127.0.0.1:9")));
        QCOMPARE(refused.serverEffect, ApiError::ServerEffect::NothingChanged);
        // Which server, not "check your internet connection".
        QVERIFY2(refused.message.startsWith(QStringLiteral("127.0.0.1:9 refused the connection.")),
                 qPrintable(refused.message));
        QVERIFY(!refused.message.contains(QStringLiteral("internet")));
        const ApiError unknown = ApiErrorBuilder::network(
            ApiReply::Operation::List, QNetworkReply::HostNotFoundError, {}, false,
            QUrl(QStringLiteral("https://api.batch.example")));
        QVERIFY2(unknown.message.contains(QStringLiteral("api.batch.example could not be found")),
                 qPrintable(unknown.message));
        const ApiError timeout = ApiErrorBuilder::timeout(ApiReply::Operation::Update, 30000);
        QVERIFY(timeout.message.contains(QStringLiteral("30 second")));
        QCOMPARE(timeout.serverEffect, ApiError::ServerEffect::MayHaveChanged);
    }

    // How long Batch asked to wait, and the local time to try again (rounded up).
    void retryAfterAdvice()
    {
        const QDateTime now(QDate(2026, 11, 23), QTime(13, 5, 20));
        const QLocale l;
        const QString timeFormat = l.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
        auto at = [&](int h, int m) { return l.toString(QTime(h, m), timeFormat); };
        QCOMPARE(ApiErrorBuilder::retryAfterAdvice(3600 * 1000, now),
                 QStringLiteral("Batch asked to wait 60 minutes before trying again: try again "
                                "after %1.")
                     .arg(at(14, 6)));
        QCOMPARE(ApiErrorBuilder::retryAfterAdvice(45 * 1000, now),
                 QStringLiteral("Batch asked to wait 45 seconds before trying again: try again "
                                "after %1.")
                     .arg(at(13, 7)));
        QVERIFY(ApiErrorBuilder::retryAfterAdvice(1000, now).contains(QStringLiteral("1 second ")));
        QVERIFY(ApiErrorBuilder::retryAfterAdvice(150 * 1000, now)
                    .contains(QStringLiteral("3 minutes")));
        QVERIFY(ApiErrorBuilder::retryAfterAdvice(4 * 3600 * 1000, now)
                    .contains(QStringLiteral("4 hours")));
        const QDateTime on = QDateTime(now.date(), QTime(13, 6)).addDays(1);
        QVERIFY(ApiErrorBuilder::retryAfterAdvice(86400 * 1000, now)
                    .endsWith(l.toString(on,
                                         l.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ')
                                             + timeFormat)
                              + QLatin1Char('.')));
        QVERIFY(!ApiErrorBuilder::retryAfterAdvice(45 * 1000, now).contains(QStringLiteral(":00")));
        const QDateTime exact(now.date(), QTime(13, 5));
        QVERIFY(ApiErrorBuilder::retryAfterAdvice(120 * 1000, exact)
                    .endsWith(at(13, 7) + QLatin1Char('.')));

        const ApiError e = ApiErrorBuilder::http(ApiReply::Operation::Update, 503, {}, 3600 * 1000);
        QCOMPARE(e.retryAfterMs, 3600 * 1000);
        QVERIFY(e.message.contains(QStringLiteral("Batch asked to wait 60 minutes")));
        QVERIFY(e.message.contains(QStringLiteral("may or may not have been added")));
        const ApiError refused = ApiErrorBuilder::http(ApiReply::Operation::List, 400, {}, 5000);
        QCOMPARE(refused.retryAfterMs, -1); // not worth retrying: no delay to honour
        QVERIFY(!refused.message.contains(QStringLiteral("asked to wait")));
        QCOMPARE(ApiErrorBuilder::http(ApiReply::Operation::List, 503, {}).retryAfterMs, -1);
    }
};

QTEST_GUILESS_MAIN(TestErrorBodyParser)
#include "tst_errorbodyparser.moc"
