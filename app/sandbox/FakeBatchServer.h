#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

// A local fake of Batch's Custom Audience API 1.1 (shared/api/custom-audience-1.1.md) on
// QHttpServer, bound to 127.0.0.1. Implements every route with its validations and
// documented error codes. Used by `audience-desk --sandbox`, the CLI and all tests.
class FakeBatchServer : public QObject
{
    Q_OBJECT
public:
    static inline const QString sandboxApiKey = QStringLiteral("SANDBOX_API_KEY");
    static inline const QString sandboxRestKey = QStringLiteral("sandbox-rest-key");

    struct Member
    {
        QString id;
        QJsonObject attributes; // as sent, e.g. {"age": 3, "date(signup)": "..."}
        QStringList tags;
    };
    struct Audience
    {
        QString name;
        QString type = QStringLiteral("install_ids");
        QString description;
        QDateTime created; // UTC
        QDateTime updated; // UTC
        QMap<QString, Member> members; // by install ID
    };
    struct Request // what a test can assert on
    {
        QByteArray method;
        QString path; // e.g. /1.1/KEY/custom-audience/name
        QString query; // e.g. from=0&limit=10
        QHash<QByteArray, QByteArray> headers; // lowercased names
        QByteArray body;
        int status = 0; // what the fake answered
    };
    struct Fault
    {
        int httpStatus = 503;
        QByteArray body; // empty: the documented error body for the status
        QByteArray retryAfter; // Retry-After header value, if any
        QByteArray method; // empty: any method
    };

    explicit FakeBatchServer(QObject *parent = nullptr);
    ~FakeBatchServer() override;

    bool listen(quint16 port = 0); // 0: a free port
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    void setCredentials(const QString &apiKey, const QString &restKey);
    void seedSampleAudiences(int count = 137); // deterministic names and dates
    void addAudience(const Audience &audience);
    void clear();

    QStringList audienceNames() const; // most recent first, as List orders them
    std::optional<Audience> audience(const QString &name) const;
    QList<Request> requests() const;
    void clearRequests();

    void injectFault(const Fault &fault, int times = 1); // the next N matching requests
    void setResponseDelayMs(int ms); // before every answer
    void setIndexingDelayMs(int ms); // tokens stay IN_PROGRESS this long

private:
    struct Private;
    std::unique_ptr<Private> d;
};
