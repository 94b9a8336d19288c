// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>

enum class AttributeType { String, Int, Float, Bool, Date, Url };

QString attributeTypeName(AttributeType type); // "string", ...
std::optional<AttributeType> attributeTypeFromName(const QString &name); // any case

// How a CSV file becomes the Replace payload: read options, the ID column, attribute
// columns, tag columns and constant tags. Shared by the wizard and the CLI through its
// JSON form (see README, "Mapping files").
struct ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
public:
    struct Attribute
    {
        QString column; // header name (any case) or 1-based index
        QString name; // output name, [a-z0-9_]{1,30}
        AttributeType type = AttributeType::String;
        QString dateFormat; // Qt date-time format; empty: ISO 8601
        bool included = true;
    };
    struct TagColumn
    {
        QString column;
        QString separator = QStringLiteral("|");
    };

    QString encoding = QStringLiteral("auto"); // auto, utf-8, utf-16, windows-1252
    QString delimiter = QStringLiteral("auto"); // auto , ; tab |
    bool hasHeader = true;
    bool decimalComma = false;
    QString sheet; // an Excel workbook's sheet; empty: the first

    QString idColumn; // empty: the default rule
    QList<Attribute> attributes;
    QList<TagColumn> tagColumns;
    QStringList constantTags;

    static constexpr int maxAttributes = 15;
    static constexpr int formatVersion = 1;

    // ID column named id / install_id / installation_id / "install id" (any case), else the
    // first; every other column a string attribute (the first 15 included). Linear in the
    // columns; when `cancel` is set part-way, the attributes stop there.
    static ColumnMapping defaultFor(const QStringList &header,
                                    const std::atomic<bool> *cancel = nullptr);
    // What the CLI maps without --attr: the ID column (the default rule when not set), and
    // every column but the ID and tag columns as a string attribute, the first 15 included.
    // Linear in the columns. False when `cancel` was set part-way (attributes incomplete).
    bool addDefaultAttributes(const QStringList &header, const std::atomic<bool> *cancel = nullptr);
    // Lowercased, spaces to _, other characters dropped, at most 30.
    static QString attributeNameFromHeader(const QString &header);
    // 0-based index of a column reference (header name, any case, or 1-based index); -1
    // when no column has that name or number. Linear in the header: for many references,
    // use a ColumnIndex.
    static int resolveColumn(const QString &reference, const QStringList &header);
    static QString defaultIdColumn(const QStringList &header);
    // id, install_id, installation_id or "install id" (any case, spaces around ignored).
    static bool isIdColumnName(const QString &name);
    // The column named like an install ID (the names defaultIdColumn() knows); -1: none is.
    static int findIdColumn(const QStringList &header);

    // As the Mapping page lays it out for this header, which is what both of the wizard's
    // paths send: the ID column by its header name, one attribute per other column in the
    // file's order (a column the mapping does not name is left out, named from its header;
    // the last attribute naming a column wins), the tag columns in the file's order with one
    // separator.
    ColumnMapping laidOutFor(const QStringList &header) const;

    QByteArray toJson() const;
    static std::optional<ColumnMapping> fromJson(const QByteArray &json, QString *error);
    // The same as an object (ImportPlan's file holds these keys too), without the version
    // check.
    QJsonObject toObject() const;
    static std::optional<ColumnMapping> fromObject(const QJsonObject &root, QString *error);
    bool save(const QString &path, QString *error) const;
    static std::optional<ColumnMapping> load(const QString &path, QString *error);

    int includedAttributeCount() const;
    friend bool operator==(const ColumnMapping &a, const ColumnMapping &b);
};

// Resolves column references against one header as ColumnMapping::resolveColumn() does, in
// constant time each: mapping every column of a file with 100,000 of them stays linear.
class ColumnIndex
{
public:
    explicit ColumnIndex(const QStringList &header);
    int resolve(const QString &reference) const;
    int columnCount() const { return m_count; }

private:
    QHash<QString, int> m_byName; // trimmed and case-folded; the first column of a name
    int m_count = 0;
};
