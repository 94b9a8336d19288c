// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVariant>

class QSettings;

// Typed access to the application's own settings (not profiles): one enum of keys with a
// table of defaults, a changed() signal, and a version key migrated on start.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum class Key {
        PageSize,
        MainWindowGeometry,
        MainWindowState,
        AudienceTableState,
        LastImportFolder,
        AllowInsecureSecretStorage,
        UploadRetentionDays, // an interrupted upload's prepared requests are kept this long
        Language, // "" (the system's), "en" or "fr": read at start by Translations::install()
        ReviewEachImportStep, // the import wizard shows Format, Mapping and Validation always
    };
    Q_ENUM(Key)

    explicit AppSettings(QSettings *settings, QObject *parent = nullptr);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    int pageSize() const; // 10, 25, 50 or 100
    void setPageSize(int size) { setValue(Key::PageSize, size); }
    QByteArray mainWindowGeometry() const { return value(Key::MainWindowGeometry).toByteArray(); }
    void setMainWindowGeometry(const QByteArray &v) { setValue(Key::MainWindowGeometry, v); }
    QByteArray mainWindowState() const { return value(Key::MainWindowState).toByteArray(); }
    void setMainWindowState(const QByteArray &v) { setValue(Key::MainWindowState, v); }
    QByteArray audienceTableState() const { return value(Key::AudienceTableState).toByteArray(); }
    void setAudienceTableState(const QByteArray &v) { setValue(Key::AudienceTableState, v); }
    QString lastImportFolder() const { return value(Key::LastImportFolder).toString(); }
    void setLastImportFolder(const QString &v) { setValue(Key::LastImportFolder, v); }
    int uploadRetentionDays() const; // 1 to 365, default 14
    bool reviewEachImportStep() const { return value(Key::ReviewEachImportStep).toBool(); }
    void setReviewEachImportStep(bool v) { setValue(Key::ReviewEachImportStep, v); }
    QString language() const { return language(*m_settings); }
    void setLanguage(const QString &v) { setValue(Key::Language, v); }
    // The language setting as saved in settings ("" when unset or unknown): read before the
    // app builds anything, so without an AppSettings (which migrates, hence writes).
    static QString language(const QSettings &settings);

    static constexpr int currentVersion = 1;

signals:
    void changed(AppSettings::Key key);

private:
    void migrate();

    QSettings *m_settings;
};
