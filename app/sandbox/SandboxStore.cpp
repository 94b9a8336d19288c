// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcSandbox, "audiencedesk.sandbox", QtWarningMsg)

namespace {
constexpr int formatVersion = 1;

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QDateTime fromUtc(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}
} // namespace

SandboxStore::SandboxStore(FakeBatchServer *server, const QString &path, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_path(path)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(1000); // an upload's requests: one write, not one each
    connect(m_timer, &QTimer::timeout, this, &SandboxStore::saveNow);
    connect(server, &FakeBatchServer::stateChanged, m_timer, qOverload<>(&QTimer::start));
}

bool SandboxStore::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const auto audiences = fromJson(file.readAll());
    if (!audiences) {
        qCWarning(lcSandbox).noquote() << "unreadable sandbox state, samples instead:" << m_path;
        return false;
    }
    m_server->restore(*audiences);
    return true;
}

bool SandboxStore::saveNow()
{
    m_timer->stop();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(m_server->snapshot())) < 0
        || !file.commit()) {
        qCWarning(lcSandbox).noquote()
            << "cannot save the sandbox to" << m_path << ":" << file.errorString();
        return false;
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void SandboxStore::flush()
{
    if (m_timer->isActive())
        saveNow();
}

QByteArray SandboxStore::toJson(const QList<FakeBatchServer::Snapshot> &audiences)
{
    QJsonArray list;
    for (const FakeBatchServer::Snapshot &s : audiences) {
        const FakeBatchServer::Audience &a = s.audience;
        QJsonArray members;
        for (const FakeBatchServer::Member &m : a.members)
            members.append(
                QJsonObject {{QStringLiteral("id"), m.id},
                             {QStringLiteral("attributes"), m.attributes},
                             {QStringLiteral("tags"), QJsonArray::fromStringList(m.tags)}});
        list.append(QJsonObject {{QStringLiteral("name"), a.name},
                                 {QStringLiteral("type"), a.type},
                                 {QStringLiteral("description"), a.description},
                                 {QStringLiteral("created"), utc(a.created)},
                                 {QStringLiteral("updated"), utc(a.updated)},
                                 {QStringLiteral("seeded_ids"), double(s.seededIds)},
                                 {QStringLiteral("members"), members}});
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("version"), formatVersion},
                                      {QStringLiteral("audiences"), list}})
        .toJson(QJsonDocument::Compact);
}

std::optional<QList<FakeBatchServer::Snapshot>> SandboxStore::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || doc.object().value(QStringLiteral("version")).toInt() != formatVersion)
        return std::nullopt;
    QList<FakeBatchServer::Snapshot> audiences;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("audiences")).toArray()) {
        const QJsonObject o = v.toObject();
        FakeBatchServer::Snapshot s;
        s.audience.name = o.value(QStringLiteral("name")).toString();
        if (s.audience.name.isEmpty())
            return std::nullopt;
        s.audience.type = o.value(QStringLiteral("type")).toString(s.audience.type);
        s.audience.description = o.value(QStringLiteral("description")).toString();
        s.audience.created = fromUtc(o.value(QStringLiteral("created")));
        s.audience.updated = fromUtc(o.value(QStringLiteral("updated")));
        s.seededIds = qint64(o.value(QStringLiteral("seeded_ids")).toDouble());
        for (const QJsonValue &mv : o.value(QStringLiteral("members")).toArray()) {
            const QJsonObject mo = mv.toObject();
            FakeBatchServer::Member m;
            m.id = mo.value(QStringLiteral("id")).toString();
            m.attributes = mo.value(QStringLiteral("attributes")).toObject();
            for (const QJsonValue &t : mo.value(QStringLiteral("tags")).toArray())
                m.tags << t.toString();
            s.audience.members.insert(m.id, m);
        }
        audiences.append(s);
    }
    return audiences;
}
