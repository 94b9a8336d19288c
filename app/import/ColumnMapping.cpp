// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ColumnMapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <algorithm>

namespace {

constexpr std::pair<AttributeType, const char *> typeNames[]
    = {{AttributeType::String, "string"}, {AttributeType::Int, "int"},
       {AttributeType::Float, "float"},   {AttributeType::Bool, "bool"},
       {AttributeType::Date, "date"},     {AttributeType::Url, "url"}};
} // namespace

QString attributeTypeName(AttributeType type)
{
    for (const auto &[t, name] : typeNames) {
        if (t == type)
            return QLatin1String(name);
    }
    return {};
}

std::optional<AttributeType> attributeTypeFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (const auto &[t, n] : typeNames) {
        if (lower == QLatin1String(n))
            return t;
    }
    if (lower == u"integer")
        return AttributeType::Int;
    if (lower == u"boolean")
        return AttributeType::Bool;
    return std::nullopt;
}

QString ColumnMapping::attributeNameFromHeader(const QString &header)
{
    QString name;
    for (QChar c : header.trimmed().toLower()) {
        if (c == u' ')
            name.append(QLatin1Char('_'));
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_')
            name.append(c);
    }
    return name.left(30);
}

bool ColumnMapping::isIdColumnName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    return n == u"id" || n == u"install_id" || n == u"installation_id" || n == u"install id";
}

QString ColumnMapping::defaultIdColumn(const QStringList &header)
{
    const int named = findIdColumn(header);
    if (named >= 0)
        return header.at(named);
    return header.isEmpty() ? QStringLiteral("1") : header.first();
}

ColumnMapping ColumnMapping::laidOutFor(const QStringList &header) const
{
    ColumnMapping m = *this;
    const int id = std::max(
        0, resolveColumn(idColumn.isEmpty() ? defaultIdColumn(header) : idColumn, header));
    m.idColumn = header.value(id);
    const ColumnIndex columns(header); // linear: files may have 100,000 columns
    QHash<int, const Attribute *> mapped;
    for (const Attribute &a : attributes)
        mapped.insert(columns.resolve(a.column), &a);
    m.attributes.clear();
    m.attributes.reserve(header.size());
    for (int i = 0; i < header.size(); ++i) {
        if (i == id)
            continue;
        Attribute a;
        a.name = attributeNameFromHeader(header.at(i));
        a.included = false;
        if (const Attribute *named = mapped.value(i))
            a = *named;
        a.column = header.at(i);
        m.attributes.append(a);
    }
    QSet<int> tagged;
    QString separator;
    for (const TagColumn &t : tagColumns) {
        if (const int index = columns.resolve(t.column); index >= 0) {
            tagged.insert(index);
            separator = t.separator;
        }
    }
    if (separator.isEmpty())
        separator = QStringLiteral("|");
    m.tagColumns.clear();
    for (int i = 0; i < header.size(); ++i) {
        if (tagged.contains(i))
            m.tagColumns.append({header.at(i), separator});
    }
    return m;
}

int ColumnMapping::findIdColumn(const QStringList &header)
{
    for (int i = 0; i < header.size(); ++i) {
        if (isIdColumnName(header.at(i)))
            return i;
    }
    return -1;
}

int ColumnMapping::resolveColumn(const QString &reference, const QStringList &header)
{
    const QString ref = reference.trimmed();
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(ref, Qt::CaseInsensitive) == 0)
            return i;
    }
    bool ok = false;
    const int index = ref.toInt(&ok);
    return ok && index >= 1 && index <= header.size() ? index - 1 : -1;
}

ColumnIndex::ColumnIndex(const QStringList &header)
    : m_count(int(header.size()))
{
    m_byName.reserve(header.size());
    for (int i = 0; i < header.size(); ++i) {
        const QString key = header.at(i).trimmed().toCaseFolded();
        if (!m_byName.contains(key))
            m_byName.insert(key, i);
    }
}

int ColumnIndex::resolve(const QString &reference) const
{
    const QString ref = reference.trimmed();
    if (const auto it = m_byName.constFind(ref.toCaseFolded()); it != m_byName.cend())
        return it.value();
    bool ok = false;
    const int index = ref.toInt(&ok);
    return ok && index >= 1 && index <= m_count ? index - 1 : -1;
}

ColumnMapping ColumnMapping::defaultFor(const QStringList &header, const std::atomic<bool> *cancel)
{
    ColumnMapping m;
    m.idColumn = defaultIdColumn(header);
    const int idIndex = resolveColumn(m.idColumn, header);
    QSet<QString> used;
    QHash<QString, int> nextNumber; // per base name: the numbers below are all taken
    int included = 0;
    m.attributes.reserve(header.size());
    for (int i = 0; i < header.size(); ++i) {
        if (cancel && i % 4096 == 0 && cancel->load())
            break;
        if (i == idIndex)
            continue;
        Attribute a;
        a.column = header.at(i);
        QString base = attributeNameFromHeader(header.at(i));
        if (base.isEmpty())
            base = QStringLiteral("column_%1").arg(i + 1);
        QString name = base;
        if (used.contains(name)) {
            int n = nextNumber.value(base, 2);
            do {
                name = base.left(30 - 1 - int(QString::number(n).size())) + QLatin1Char('_')
                    + QString::number(n);
                ++n;
            } while (used.contains(name));
            nextNumber.insert(base, n);
        }
        used.insert(name);
        a.name = name;
        a.included = included < maxAttributes;
        included += a.included;
        m.attributes.append(a);
    }
    return m;
}

bool ColumnMapping::addDefaultAttributes(const QStringList &header, const std::atomic<bool> *cancel)
{
    const ColumnMapping defaults = defaultFor(header, cancel);
    if (cancel && cancel->load())
        return false;
    const ColumnIndex columns(header);
    if (idColumn.isEmpty())
        idColumn = defaults.idColumn;
    const int idIndex = columns.resolve(idColumn);
    QSet<int> tagIndexes;
    for (const TagColumn &t : std::as_const(tagColumns))
        tagIndexes.insert(columns.resolve(t.column));
    for (qsizetype k = 0; k < defaults.attributes.size(); ++k) {
        if (cancel && k % 4096 == 0 && cancel->load())
            return false;
        const Attribute &a = defaults.attributes.at(k);
        const int index = columns.resolve(a.column);
        if (index != idIndex && !tagIndexes.contains(index))
            attributes.append(a);
    }
    int included = 0;
    for (Attribute &a : attributes)
        a.included = ++included <= maxAttributes;
    return true;
}

int ColumnMapping::includedAttributeCount() const
{
    int n = 0;
    for (const Attribute &a : attributes)
        n += a.included ? 1 : 0;
    return n;
}

bool operator==(const ColumnMapping &a, const ColumnMapping &b)
{
    return a.toJson() == b.toJson();
}

QByteArray ColumnMapping::toJson() const
{
    return QJsonDocument(toObject()).toJson(QJsonDocument::Indented);
}

QJsonObject ColumnMapping::toObject() const
{
    QJsonArray attrs;
    for (const Attribute &a : attributes) {
        QJsonObject o {{QStringLiteral("column"), a.column},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("type"), attributeTypeName(a.type)},
                       {QStringLiteral("included"), a.included}};
        if (!a.dateFormat.isEmpty())
            o.insert(QStringLiteral("date_format"), a.dateFormat);
        attrs.append(o);
    }
    QJsonArray tags;
    for (const TagColumn &t : tagColumns)
        tags.append(QJsonObject {{QStringLiteral("column"), t.column},
                                 {QStringLiteral("separator"), t.separator}});
    QJsonObject read {{QStringLiteral("encoding"), encoding},
                      {QStringLiteral("delimiter"), delimiter},
                      {QStringLiteral("header"), hasHeader},
                      {QStringLiteral("decimal_comma"), decimalComma}};
    if (!sheet.isEmpty()) // a workbook's sheet; absent for CSV files, as before
        read.insert(QStringLiteral("sheet"), sheet);
    return {{QStringLiteral("audience_desk_mapping"), formatVersion},
            {QStringLiteral("csv"), read},
            {QStringLiteral("id_column"), idColumn},
            {QStringLiteral("attributes"), attrs},
            {QStringLiteral("tag_columns"), tags},
            {QStringLiteral("tags"), QJsonArray::fromStringList(constantTags)}};
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!doc.isObject())
        return fail(tr("not a mapping file (%1)").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    const int version = root.value(QStringLiteral("audience_desk_mapping")).toInt(0);
    if (version < 1 || version > formatVersion)
        return fail(tr("unsupported mapping file version %1").arg(version));
    return fromObject(root, error);
}

std::optional<ColumnMapping> ColumnMapping::fromObject(const QJsonObject &root, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    ColumnMapping m;
    const QJsonObject csv = root.value(QStringLiteral("csv")).toObject();
    m.encoding = csv.value(QStringLiteral("encoding")).toString(QStringLiteral("auto"));
    m.delimiter = csv.value(QStringLiteral("delimiter")).toString(QStringLiteral("auto"));
    m.hasHeader = csv.value(QStringLiteral("header")).toBool(true);
    m.decimalComma = csv.value(QStringLiteral("decimal_comma")).toBool(false);
    m.sheet = csv.value(QStringLiteral("sheet")).toString();
    m.idColumn = root.value(QStringLiteral("id_column")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("attributes")).toArray()) {
        const QJsonObject o = v.toObject();
        Attribute a;
        a.column = o.value(QStringLiteral("column")).toString();
        a.name = o.value(QStringLiteral("name")).toString();
        const auto type = attributeTypeFromName(
            o.value(QStringLiteral("type")).toString(QStringLiteral("string")));
        if (!type)
            return fail(tr("attribute %1: unknown type \"%2\"")
                            .arg(a.name, o.value(QStringLiteral("type")).toString()));
        a.type = *type;
        a.dateFormat = o.value(QStringLiteral("date_format")).toString();
        a.included = o.value(QStringLiteral("included")).toBool(true);
        if (a.column.isEmpty())
            return fail(tr("an attribute has no column"));
        m.attributes.append(a);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("tag_columns")).toArray()) {
        const QJsonObject o = v.toObject();
        TagColumn t;
        t.column = o.value(QStringLiteral("column")).toString();
        t.separator = o.value(QStringLiteral("separator")).toString(QStringLiteral("|"));
        m.tagColumns.append(t);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("tags")).toArray())
        m.constantTags.append(v.toString());
    return m;
}

bool ColumnMapping::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<ColumnMapping> ColumnMapping::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}
