// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportPlan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace {

// Reads one JSON object strictly: every key must be known and of its type; the first problem
// names the key by its path ("options.skip_invalid").
class StrictObject
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    StrictObject(const QJsonObject &object, const QString &path, QString *error)
        : m_object(object)
        , m_path(path)
        , m_error(error)
    { }

    bool allow(std::initializer_list<const char *> keys)
    {
        QSet<QString> known;
        for (const char *k : keys)
            known.insert(QLatin1String(k));
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (it.key() == u"rest_key")
                return fail(tr("“%1”: a plan never holds a REST key; give it with --rest-key-file, "
                               "AUDIENCE_DESK_REST_KEY or a saved profile")
                                .arg(name(it.key())));
            if (!known.contains(it.key()))
                return fail(tr("unknown key “%1”").arg(name(it.key())));
        }
        return true;
    }
    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }
    bool string(const char *key, QString *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isString())
            return fail(tr("“%1” must be a string").arg(name(QLatin1String(key))));
        *out = v.toString();
        return true;
    }
    bool boolean(const char *key, bool *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(tr("“%1” must be true or false").arg(name(QLatin1String(key))));
        *out = v.toBool();
        return true;
    }
    bool integer(const char *key, int low, int high, int *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < low || d > high)
            return fail(tr("“%1” must be a whole number from %2 to %3")
                            .arg(name(QLatin1String(key)))
                            .arg(low)
                            .arg(high));
        *out = int(d);
        return true;
    }
    bool object(const char *key, QJsonObject *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isObject())
            return fail(tr("“%1” must be an object").arg(name(QLatin1String(key))));
        *out = v.toObject();
        return true;
    }
    bool array(const char *key, QJsonArray *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isArray())
            return fail(tr("“%1” must be a list").arg(name(QLatin1String(key))));
        *out = v.toArray();
        return true;
    }
    QString name(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    bool fail(const QString &why)
    {
        if (m_error && m_error->isEmpty())
            *m_error = why;
        return false;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

// Each element of a list of objects, strictly, as "attributes[2].type".
template<typename Read>
bool eachObject(const QJsonArray &list, const QString &path, QString *error, Read read)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!list.at(i).isObject()) {
            *error = ImportPlan::tr("“%1” must be an object").arg(at);
            return false;
        }
        StrictObject o(list.at(i).toObject(), at, error);
        if (!read(o))
            return false;
    }
    return true;
}

bool stringList(const QJsonArray &list, const QString &path, QString *error)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString()) {
            *error = ImportPlan::tr("“%1[%2]” must be a string").arg(path).arg(i);
            return false;
        }
    }
    return true;
}

// The mapping file's keys, checked strictly before ColumnMapping reads their values.
bool checkMapping(StrictObject &root, QString *error)
{
    QJsonObject csv;
    QJsonArray attributes, tagColumns, tags;
    QString ignored;
    if (!root.object("csv", &csv) || !root.string("id_column", &ignored)
        || !root.array("attributes", &attributes) || !root.array("tag_columns", &tagColumns)
        || !root.array("tags", &tags))
        return false;
    StrictObject read(csv, QStringLiteral("csv"), error);
    bool flag = false;
    if (!read.allow({"encoding", "delimiter", "header", "decimal_comma", "sheet"})
        || !read.string("encoding", &ignored) || !read.string("delimiter", &ignored)
        || !read.boolean("header", &flag) || !read.boolean("decimal_comma", &flag)
        || !read.string("sheet", &ignored))
        return false;
    if (!eachObject(attributes, QStringLiteral("attributes"), error, [&](StrictObject &a) {
            QString text;
            bool included = true;
            return a.allow({"column", "name", "type", "date_format", "included"})
                && a.string("column", &text) && a.string("name", &text) && a.string("type", &text)
                && a.string("date_format", &text) && a.boolean("included", &included);
        }))
        return false;
    if (!eachObject(tagColumns, QStringLiteral("tag_columns"), error, [](StrictObject &t) {
            QString text;
            return t.allow({"column", "separator"}) && t.string("column", &text)
                && t.string("separator", &text);
        }))
        return false;
    return stringList(tags, QStringLiteral("tags"), error);
}

} // namespace

QByteArray ImportPlan::toJson(const QString &planDir) const
{
    QJsonObject root = mapping.toObject(); // the mapping file's keys, its version included
    root.insert(QStringLiteral("audience_desk_plan"), formatVersion);
    QString path = file;
    if (!planDir.isEmpty() && !file.isEmpty()) {
        const QString relative = QDir(planDir).relativeFilePath(file);
        if (!relative.startsWith(QLatin1String("..")) && !QDir::isAbsolutePath(relative))
            path = relative;
    }
    root.insert(QStringLiteral("source"), QJsonObject {{QStringLiteral("file"), path}});
    root.insert(QStringLiteral("mode"), uploadModeKey(mode));
    root.insert(QStringLiteral("audience"), audience);
    QJsonArray apps;
    for (const Target &t : targets) {
        QJsonObject o;
        if (!t.profile.isEmpty())
            o.insert(QStringLiteral("profile"), t.profile);
        if (!t.apiKey.isEmpty())
            o.insert(QStringLiteral("api_key"), t.apiKey);
        if (!t.baseUrl.isEmpty())
            o.insert(QStringLiteral("base_url"), t.baseUrl.toString());
        apps.append(o);
    }
    root.insert(QStringLiteral("targets"), apps);
    root.insert(QStringLiteral("options"),
                QJsonObject {{QStringLiteral("skip_invalid"), skipInvalid},
                             {QStringLiteral("create_if_missing"), createIfMissing},
                             {QStringLiteral("request_timeout"), requestTimeoutSeconds},
                             {QStringLiteral("sync_fallback"), syncFallback}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ImportPlan> ImportPlan::fromJson(const QByteArray &json, const QString &planDir,
                                               QString *error)
{
    QString why;
    auto fail = [&]() -> std::optional<ImportPlan> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        why = tr("not a plan file (%1)").arg(parseError.errorString());
        return fail();
    }
    const QJsonObject root = doc.object();
    StrictObject read(root, {}, &why);
    const bool isPlan = root.contains(QStringLiteral("audience_desk_plan"));
    const char *versionKey = isPlan ? "audience_desk_plan" : "audience_desk_mapping";
    if (!read.has(versionKey)) {
        why = tr("not a plan file: “audience_desk_plan” is missing");
        return fail();
    }
    int version = 0;
    if (!read.integer(versionKey, 1, INT_MAX, &version))
        return fail();
    if (version > (isPlan ? formatVersion : ColumnMapping::formatVersion)) {
        why = tr("“%1” is %2: this plan was written by a newer Audience Desk, which reads up to "
                 "version %3")
                  .arg(QLatin1String(versionKey))
                  .arg(version)
                  .arg(isPlan ? formatVersion : ColumnMapping::formatVersion);
        return fail();
    }
    int mappingVersion = ColumnMapping::formatVersion;
    if (!read.allow({"audience_desk_plan", "audience_desk_mapping", "csv", "id_column",
                     "attributes", "tag_columns", "tags", "source", "mode", "audience", "targets",
                     "options"})
        || !read.integer("audience_desk_mapping", 1, ColumnMapping::formatVersion, &mappingVersion)
        || !checkMapping(read, &why))
        return fail();
    ImportPlan plan;
    const auto mapping = ColumnMapping::fromObject(root, &why);
    if (!mapping)
        return fail();
    plan.mapping = *mapping;

    QJsonObject source;
    if (!read.object("source", &source))
        return fail();
    StrictObject src(source, QStringLiteral("source"), &why);
    if (!src.allow({"file"}) || !src.string("file", &plan.file))
        return fail();
    if (!plan.file.isEmpty() && QDir::isRelativePath(plan.file) && !planDir.isEmpty())
        plan.file = QDir::cleanPath(QDir(planDir).absoluteFilePath(plan.file));

    QString mode = uploadModeKey(plan.mode);
    if (!read.string("mode", &mode) || !read.string("audience", &plan.audience))
        return fail();
    const auto parsedMode = uploadModeFromKey(mode);
    if (!parsedMode) {
        why = tr("“mode” must be replace, add, remove or sync, not “%1”").arg(mode);
        return fail();
    }
    plan.mode = *parsedMode;

    QJsonArray targets;
    if (!read.array("targets", &targets))
        return fail();
    if (!eachObject(targets, QStringLiteral("targets"), &why, [&](StrictObject &t) {
            Target target;
            QString base;
            if (!t.allow({"profile", "api_key", "base_url"})
                || !t.string("profile", &target.profile) || !t.string("api_key", &target.apiKey)
                || !t.string("base_url", &base))
                return false;
            if (target.profile.isEmpty() == target.apiKey.isEmpty())
                return t.fail(tr("“%1” must name a “profile” or an “api_key”, not both")
                                  .arg(t.name({}).chopped(1)));
            target.baseUrl = QUrl(base);
            plan.targets.append(target);
            return true;
        }))
        return fail();

    QJsonObject options;
    if (!read.object("options", &options))
        return fail();
    StrictObject opt(options, QStringLiteral("options"), &why);
    if (!opt.allow({"skip_invalid", "create_if_missing", "request_timeout", "sync_fallback"})
        || !opt.boolean("skip_invalid", &plan.skipInvalid)
        || !opt.boolean("create_if_missing", &plan.createIfMissing)
        || !opt.integer("request_timeout", 1, maxRequestTimeoutSeconds, &plan.requestTimeoutSeconds)
        || !opt.boolean("sync_fallback", &plan.syncFallback))
        return fail();
    return plan;
}

bool ImportPlan::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(QFileInfo(path).absolutePath())) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<ImportPlan> ImportPlan::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    // A plan is a few kilobytes; a large file given by mistake is not read whole.
    if (file.size() > 16 * 1024 * 1024) {
        if (error)
            *error = tr("not a plan file (%1 bytes)").arg(file.size());
        return std::nullopt;
    }
    return fromJson(file.readAll(), QFileInfo(path).absolutePath(), error);
}

bool ImportPlan::looksLikePlan(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    const QByteArray trimmed = head.trimmed();
    return trimmed.startsWith('{')
        && (head.contains("\"audience_desk_plan\"") || head.contains("\"audience_desk_mapping\""));
}
