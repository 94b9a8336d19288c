// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ColumnMapping.h"
#include "UploadMode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

// One import as a value: the file (a workbook's sheet is in the mapping), how it is read and
// mapped, the mode, the audience, the apps it goes to and the options. What the wizard
// decides page by page and what `audience-desk-cli import` builds from its options are both
// one of these; saved as a plan file, `audience-desk-cli run FILE` runs it again and the
// wizard opens it. Its JSON is a superset of a mapping file (README, "Plan files"): a plan
// loads wherever a mapping does, and a mapping file loads as a plan with only its mapping.
// Reading is strict: an unknown key, a wrong type or a newer version is an error naming the
// key, never a silent default. A plan never holds a REST key.
struct ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    struct Target
    {
        QString profile; // a profile saved by the app (its name), or "sandbox"
        QString apiKey; // or an app API key, for scripts (the REST key comes from elsewhere)
        QUrl baseUrl; // with apiKey: the server; empty: Batch's
        friend bool operator==(const Target &a, const Target &b)
        {
            return a.profile == b.profile && a.apiKey == b.apiKey && a.baseUrl == b.baseUrl;
        }
    };

    QString file; // absolute once loaded; relative ones in a plan file are to its folder
    ColumnMapping mapping; // how the file is read (encoding, delimiter, header, decimal comma,
                           // sheet) and mapped (ID column, attributes, tags)
    UploadMode mode = UploadMode::Replace;
    QString audience;
    QList<Target> targets; // in order; empty: the credentials the command is given
    bool skipInvalid = false; // send the valid rows when some are rejected
    bool createIfMissing = false;
    int requestTimeoutSeconds = 120;
    bool syncFallback = true; // a sync without a valid baseline replaces the audience whole

    static constexpr int formatVersion = 1;
    static constexpr int maxRequestTimeoutSeconds = 3600;

    // Paths under `planDir` (the plan file's folder) are written relative to it.
    QByteArray toJson(const QString &planDir = {}) const;
    // `planDir` resolves relative paths. A mapping file is a plan with only its mapping.
    static std::optional<ImportPlan> fromJson(const QByteArray &json, const QString &planDir,
                                              QString *error);
    bool save(const QString &path, QString *error) const;
    static std::optional<ImportPlan> load(const QString &path, QString *error);
    // Whether the file is a plan (or a mapping file) rather than data: by its first bytes.
    static bool looksLikePlan(const QString &path);

    friend bool operator==(const ImportPlan &a, const ImportPlan &b)
    {
        return a.toJson() == b.toJson();
    }
    friend bool operator!=(const ImportPlan &a, const ImportPlan &b) { return !(a == b); }
};
