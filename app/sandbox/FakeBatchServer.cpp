// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FakeBatchServer.h"

#include "FakeHttpServer.h"
#include "FakePayloadValidator.h"
#include "SampleAudiences.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

// Error bodies (their shape is not documented): {"error_code", "error_message", "error"}.
// Our choices where Batch documents nothing: an unknown audience answers 404
// ROUTE_NOT_FOUND (its route does not exist); creating an existing name answers
// 400 MALFORMED_PARAMETER.
namespace {
using Status = QHttpServerResponder::StatusCode;

struct Answer
{
    int status = 200;
    QJsonObject body;
    QByteArray rawBody; // when set, sent instead of body
    QByteArray retryAfter;
};

Answer errorAnswer(int status, int code, const QString &name, const QString &message)
{
    return {status,
            QJsonObject {{QStringLiteral("error_code"), code},
                         {QStringLiteral("error_message"), message},
                         {QStringLiteral("error"), name}},
            {},
            {}};
}

Answer documentedError(int status)
{
    switch (status) {
    case 401:
        return errorAnswer(401, 10, QStringLiteral("AUTHENTICATION_INVALID"),
                           QStringLiteral("Invalid API key or REST key"));
    case 403:
        return errorAnswer(403, 12, QStringLiteral("API_MISUSE"), QStringLiteral("API misuse"));
    case 404:
        return errorAnswer(404, 20, QStringLiteral("ROUTE_NOT_FOUND"),
                           QStringLiteral("Route not found"));
    case 400:
        return errorAnswer(400, 31, QStringLiteral("MALFORMED_PARAMETER"),
                           QStringLiteral("Malformed parameter"));
    case 503:
        return errorAnswer(503, 2, QStringLiteral("MAINTENANCE_ERROR"),
                           QStringLiteral("Service under maintenance"));
    default:
        return errorAnswer(status, 1, QStringLiteral("SERVER_ERROR"),
                           QStringLiteral("Internal server error"));
    }
}

// A fault's own answer: its status with the documented error body, or {} for a 2xx (a
// misbehaving gateway's empty acknowledgement); the fault's body when it gives one.
Answer faultAnswer(const FakeBatchServer::Fault &fault)
{
    Answer answer;
    if (fault.httpStatus >= 200 && fault.httpStatus < 300)
        answer.status = fault.httpStatus; // body: {}
    else
        answer = documentedError(fault.httpStatus);
    answer.rawBody = fault.body;
    answer.retryAfter = fault.retryAfter;
    return answer;
}

// How an answer goes out: at once, one body byte every dripMs, or not at all.
struct Delivery
{
    Status status = Status::Ok;
    QByteArray body;
    QByteArray retryAfter;
    int dripMs = 0;
    bool drop = false;
};

void deliver(const Delivery &delivery, const std::shared_ptr<QHttpServerResponder> &responder,
             const QPointer<QTcpSocket> &socket)
{
    // The client may have gone (a cancelled or superseded request).
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (delivery.drop) {
        // After the server has finished with this request, not in the middle of it.
        QTimer::singleShot(0, socket.data(), [socket] {
            if (socket)
                socket->abort();
        });
        return;
    }
    if (delivery.dripMs <= 0) {
        // HeaderList is an initializer_list in Qt 6.4: two literal forms.
        if (delivery.retryAfter.isEmpty())
            responder->write(delivery.body, {{"Content-Type", "application/json"}},
                             delivery.status);
        else
            responder->write(
                delivery.body,
                {{"Content-Type", "application/json"}, {"Retry-After", delivery.retryAfter}},
                delivery.status);
        return;
    }
    responder->writeStatusLine(delivery.status);
    responder->writeHeader("Content-Type", "application/json");
    if (!delivery.retryAfter.isEmpty())
        responder->writeHeader("Retry-After", delivery.retryAfter);
    responder->writeHeader("Content-Length", QByteArray::number(delivery.body.size()));
    // The first byte ends the headers; the others follow one by one.
    responder->writeBody(delivery.body.left(1));
    if (delivery.body.size() <= 1)
        return;
    auto *timer = new QTimer(socket.data()); // goes with the connection
    auto sent = std::make_shared<qsizetype>(1);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, responder, socket, sent, delivery] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            timer->deleteLater();
            return;
        }
        responder->writeBody(delivery.body.mid((*sent)++, 1));
        if (*sent >= delivery.body.size())
            timer->deleteLater();
    });
    timer->start(delivery.dripMs);
}

QString utc(const QDateTime &dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}
} // namespace

struct FakeBatchServer::Private
{
    struct Stored
    {
        Audience audience;
        qint64 seededIds = 0; // sample audiences report a count without members
        quint64 sequence = 0; // creation order, to break timestamp ties
        int generation = 0; // incremented by every Replace
        QString lastToken;
    };
    struct Token
    {
        QString audience;
        int generation = 0;
        qint64 issuedAtMs = 0;
    };

    std::unique_ptr<FakeHttpServer> http;
    quint16 port = 0;
    QString apiKey = sandboxApiKey;
    QString restKey = sandboxRestKey;
    QHash<QString, Stored> audiences;
    QHash<QString, Token> tokens;
    QList<Request> requests;
    QList<QPair<Fault, int>> faults;
    std::function<void(const Request &)> requestHook;
    quint64 sequence = 0;
    int responseDelayMs = 0;
    int indexingDelayMs = 0;
    QElapsedTimer clock;

    QList<const Stored *> ordered() const
    {
        QList<const Stored *> list;
        for (const Stored &s : audiences)
            list.append(&s);
        std::sort(list.begin(), list.end(), [](const Stored *a, const Stored *b) {
            if (a->audience.created != b->audience.created)
                return a->audience.created > b->audience.created;
            return a->sequence > b->sequence;
        });
        return list;
    }

    QJsonObject info(const Stored &s) const
    {
        const Audience &a = s.audience;
        return {{QStringLiteral("name"), a.name},
                {QStringLiteral("type"), a.type},
                {QStringLiteral("description"), a.description},
                {QStringLiteral("nb_ids"),
                 double(a.members.isEmpty() ? s.seededIds : a.members.size())},
                {QStringLiteral("created"), utc(a.created)},
                {QStringLiteral("updated"), utc(a.updated)}};
    }

    QString issueToken(Stored &s)
    {
        const QString token = QString::number(QRandomGenerator::global()->generate64(), 16)
                                  .rightJustified(16, QLatin1Char('0'))
            + QString::number(QRandomGenerator::global()->generate64(), 16)
                  .rightJustified(16, QLatin1Char('0'));
        tokens.insert(token, {s.audience.name, s.generation, clock.elapsed()});
        s.lastToken = token;
        return token;
    }

    QString stateOf(const Stored &s, const QString &token) const
    {
        const Token t = tokens.value(token);
        if (t.generation != s.generation)
            return QStringLiteral("REPLACED");
        return clock.elapsed() - t.issuedAtMs < indexingDelayMs ? QStringLiteral("IN_PROGRESS")
                                                                : QStringLiteral("APPLIED");
    }

    Answer route(const QHttpServerRequest &request, const QByteArray &method);
    Answer list(const QUrlQuery &query);
    Answer item(const QByteArray &method, const QString &name, const QHttpServerRequest &request);
    Answer write(const QString &name, const QByteArray &body, bool isUpdate);
};

Answer FakeBatchServer::Private::route(const QHttpServerRequest &request, const QByteArray &method)
{
    static const QRegularExpression re(
        QStringLiteral("^/1\\.1/([^/]+)/custom-audience(?:/([^/]*))?/?$"));
    const auto match = re.match(request.url().path());
    if (!match.hasMatch())
        return documentedError(404);
    if (match.captured(1) != apiKey || request.value("X-Authorization") != restKey.toUtf8())
        return documentedError(401);
    if (match.capturedLength(2) == 0
        && !match.captured(0).contains(QStringLiteral("custom-audience/"))) {
        if (method != "GET")
            return documentedError(404);
        return list(request.query());
    }
    return item(method, match.captured(2), request);
}

Answer FakeBatchServer::Private::list(const QUrlQuery &query)
{
    auto intParam = [&query](const char *key, int fallback, bool *ok) {
        *ok = true;
        if (!query.hasQueryItem(QLatin1String(key)))
            return fallback;
        return query.queryItemValue(QLatin1String(key)).toInt(ok);
    };
    bool okFrom = false, okLimit = false;
    const int from = intParam("from", 0, &okFrom);
    const int limit = intParam("limit", 10, &okLimit);
    if (!okFrom || from < 0)
        return errorAnswer(400, 31, QStringLiteral("MALFORMED_PARAMETER"),
                           QStringLiteral("from must be a non-negative integer"));
    if (!okLimit || limit < 1 || limit > 100)
        return errorAnswer(400, 31, QStringLiteral("MALFORMED_PARAMETER"),
                           QStringLiteral("limit must be between 1 and 100"));
    QJsonArray page;
    const auto all = ordered();
    for (qsizetype i = from; i < all.size() && i < qsizetype(from) + limit; ++i)
        page.append(info(*all.at(i)));
    return {200, {{QStringLiteral("custom_audiences"), page}}, {}, {}};
}

Answer FakeBatchServer::Private::item(const QByteArray &method, const QString &name,
                                      const QHttpServerRequest &request)
{
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_-]{1,255}$"));
    if (!nameRe.match(name).hasMatch())
        return errorAnswer(400, 31, QStringLiteral("MALFORMED_PARAMETER"),
                           QStringLiteral("Invalid audience name"));
    if (method == "POST") {
        if (audiences.contains(name))
            return errorAnswer(400, 31, QStringLiteral("MALFORMED_PARAMETER"),
                               QStringLiteral("An audience named %1 already exists").arg(name));
        QJsonObject body;
        if (!request.body().trimmed().isEmpty()) {
            const QJsonDocument doc = QJsonDocument::fromJson(request.body());
            if (!doc.isObject())
                return errorAnswer(400, 32, QStringLiteral("MALFORMED_JSON_BODY"),
                                   QStringLiteral("The body is not a JSON object"));
            body = doc.object();
        }
        const QJsonValue description = body.value(QStringLiteral("description"));
        if (!description.isUndefined() && !description.isString())
            return errorAnswer(400, 31, QStringLiteral("MALFORMED_PARAMETER"),
                               QStringLiteral("description must be a string"));
        Stored s;
        s.audience.name = name;
        s.audience.description = description.toString();
        s.audience.created = QDateTime::currentDateTimeUtc();
        s.audience.updated = s.audience.created;
        s.sequence = ++sequence;
        audiences.insert(name, s);
        return {201, {{QStringLiteral("name"), name}}, {}, {}};
    }
    auto it = audiences.find(name);
    if (it == audiences.end())
        return errorAnswer(404, 20, QStringLiteral("ROUTE_NOT_FOUND"),
                           QStringLiteral("Unknown audience %1").arg(name));
    if (method == "GET") {
        const QString token = request.query().queryItemValue(QStringLiteral("indexing_token"));
        if (!token.isEmpty() && tokens.value(token).audience != name)
            return errorAnswer(400, 31, QStringLiteral("MALFORMED_PARAMETER"),
                               QStringLiteral("Unknown indexing_token"));
        QJsonObject o = info(*it);
        const QString effective = token.isEmpty() ? it->lastToken : token;
        o.insert(QStringLiteral("indexing_state"),
                 effective.isEmpty() ? QStringLiteral("APPLIED") : stateOf(*it, effective));
        return {200, o, {}, {}};
    }
    if (method == "DELETE") {
        audiences.erase(it);
        return {200, {}, {}, {}};
    }
    if (method == "PUT" || method == "PATCH")
        return write(name, request.body(), method == "PATCH");
    return documentedError(404);
}

Answer FakeBatchServer::Private::write(const QString &name, const QByteArray &body, bool isUpdate)
{
    const FakePayloadValidator::Result result = FakePayloadValidator::validate(body, isUpdate);
    if (result.httpStatus)
        return errorAnswer(result.httpStatus, result.code, result.name, result.message);
    Stored &s = audiences[name];
    if (!isUpdate) {
        s.audience.members.clear();
        s.seededIds = 0;
        ++s.generation;
    }
    for (const FakePayloadValidator::Operation &op : result.operations) {
        if (op.remove)
            s.audience.members.remove(op.member.id);
        else
            s.audience.members.insert(op.member.id, op.member); // the last occurrence wins
    }
    s.audience.updated = QDateTime::currentDateTimeUtc();
    return {201, {{QStringLiteral("indexing_token"), issueToken(s)}}, {}, {}};
}

FakeBatchServer::FakeBatchServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->clock.start();
    d->http = std::make_unique<FakeHttpServer>(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder,
               QPointer<QTcpSocket> socket) {
            const QByteArray method = methodName(request.method());
            Request recorded;
            recorded.method = method;
            recorded.path = request.url().path();
            recorded.query = request.url().query();
            for (const auto &h : request.headers())
                recorded.headers.insert(h.first.toLower(), h.second);
            recorded.body = request.body();

            if (d->requestHook)
                d->requestHook(recorded);

            std::optional<Fault> fault;
            auto match = std::find_if(d->faults.begin(), d->faults.end(), [&](const auto &f) {
                return f.first.method.isEmpty() || f.first.method == method;
            });
            if (match != d->faults.end()) {
                fault = match->first;
                if (--match->second <= 0)
                    d->faults.erase(match);
            }
            const bool routed = !fault || fault->applyFirst || fault->httpStatus == 0;
            Answer answer;
            if (routed)
                answer = d->route(request, method);
            if (fault && fault->httpStatus != 0)
                answer = faultAnswer(*fault);

            Delivery delivery;
            delivery.drop = fault && fault->dropAnswer;
            delivery.dripMs = fault ? fault->dripMs : 0;
            delivery.status = Status(answer.status);
            delivery.retryAfter = answer.retryAfter;
            delivery.body = answer.rawBody.isEmpty()
                ? QJsonDocument(answer.body).toJson(QJsonDocument::Compact)
                : answer.rawBody;
            recorded.status = delivery.drop ? 0 : answer.status;
            d->requests.append(recorded);
            if (routed && method != "GET" && answer.status >= 200 && answer.status < 300)
                emit stateChanged();

            auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
            if (d->responseDelayMs <= 0) {
                deliver(delivery, shared, socket);
                return;
            }
            QTimer::singleShot(d->responseDelayMs, this,
                               [delivery, shared, socket] { deliver(delivery, shared, socket); });
        },
        this);
}

FakeBatchServer::~FakeBatchServer() = default;

bool FakeBatchServer::listen(quint16 port)
{
    d->port = d->http->listen(QHostAddress::LocalHost, port);
    return d->port != 0;
}

quint16 FakeBatchServer::port() const
{
    return d->port;
}

QUrl FakeBatchServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->port));
}

void FakeBatchServer::setCredentials(const QString &apiKey, const QString &restKey)
{
    d->apiKey = apiKey;
    d->restKey = restKey;
}

void FakeBatchServer::seedSampleAudiences(int count)
{
    const QDateTime newest(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC);
    for (const SampleAudiences::Sample &sample : SampleAudiences::make(count, newest)) {
        Private::Stored s;
        s.audience = sample.audience;
        s.seededIds = sample.idCount;
        s.sequence = ++d->sequence;
        d->audiences.insert(s.audience.name, s);
    }
}

void FakeBatchServer::addAudience(const Audience &audience)
{
    Private::Stored s;
    s.audience = audience;
    s.sequence = ++d->sequence;
    d->audiences.insert(audience.name, s);
}

void FakeBatchServer::clear()
{
    d->audiences.clear();
    d->tokens.clear();
}

QList<FakeBatchServer::Snapshot> FakeBatchServer::snapshot() const
{
    QList<Snapshot> list;
    const QList<const Private::Stored *> newestFirst = d->ordered();
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        list.append({(*it)->audience, (*it)->seededIds});
    return list;
}

void FakeBatchServer::restore(const QList<Snapshot> &audiences)
{
    clear();
    for (const Snapshot &snapshot : audiences) {
        Private::Stored s;
        s.audience = snapshot.audience;
        s.seededIds = snapshot.seededIds;
        s.sequence = ++d->sequence;
        d->audiences.insert(s.audience.name, s);
    }
}

QStringList FakeBatchServer::audienceNames() const
{
    QStringList names;
    for (const Private::Stored *s : d->ordered())
        names.append(s->audience.name);
    return names;
}

std::optional<FakeBatchServer::Audience> FakeBatchServer::audience(const QString &name) const
{
    const auto it = d->audiences.constFind(name);
    if (it == d->audiences.cend())
        return std::nullopt;
    return it->audience;
}

QList<FakeBatchServer::Request> FakeBatchServer::requests() const
{
    return d->requests;
}

void FakeBatchServer::clearRequests()
{
    d->requests.clear();
}

void FakeBatchServer::injectFault(const Fault &fault, int times)
{
    d->faults.append({fault, times});
}

void FakeBatchServer::setResponseDelayMs(int ms)
{
    d->responseDelayMs = ms;
}

void FakeBatchServer::setIndexingDelayMs(int ms)
{
    d->indexingDelayMs = ms;
}

void FakeBatchServer::setRequestHook(std::function<void(const Request &)> hook)
{
    d->requestHook = std::move(hook);
}
