// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/AudienceInfo.h"
#include "import/UploadMode.h"

#include <QObject>
#include <QPointer>

class ApiReply;
class AudienceListLoader;
class BatchClient;
class ImportSession;
class QThreadPool;
class QTimer;
class SyncPreparation;

// What an import will do, said before anything is sent: whether the audience exists and
// how many IDs it holds (Batch's answer: the list of audiences, or View for a name the list
// does not hold), the plan in words (a sync's differences counted against this computer's
// baseline once Batch confirms it still holds), and whether a tick is needed before sending
// (UploadConfirmation) with its text. The wizard's Target page binds its widgets to it;
// sentence() is what the CLI prints before sending. Every count in it comes from Batch or
// from the session's whole-file check, never from what the user typed.
class ImportPreview : public QObject
{
    Q_OBJECT
public:
    enum class Existence { Unknown, Checking, Exists, New, Failed };
    Q_ENUM(Existence)
    struct App
    {
        QString name;
        bool live = false;
    };
    // What a plan says, without asking anyone (also the CLI's sentence before sending).
    struct Facts
    {
        QString audience;
        UploadMode mode = UploadMode::Replace;
        bool exists = false;
        qint64 currentIds = -1; // Batch's count; -1: not known
        qint64 uniqueIds = 0; // the file's, after its check
        int requests = 0;
        QList<App> apps; // the first is the chosen one; the others get "the same"
        QString syncSentence; // a sync's differences (or why it replaces), when known
    };
    static QString sentence(const Facts &facts);
    static bool needsConfirmation(const Facts &facts);
    static QString confirmation(const Facts &facts); // with its & mnemonic

    // `client` is the one the upload goes through (reconfigured when another app is chosen:
    // call restart()). The session's check and baseline are what the plan counts; `pool`
    // (the application's, or null for Qt's global one) reads the baseline and compares.
    ImportPreview(BatchClient *client, ImportSession *session, QThreadPool *pool = nullptr,
                  QObject *parent = nullptr);
    ~ImportPreview() override;

    // Asks again: the list of audiences, and the name (the audience may have changed, or
    // another app was chosen).
    void restart();
    const QList<AudienceInfo> &audiences() const; // the list, as far as it arrived
    void setAudience(const QString &name);
    void setMode(UploadMode mode);
    void setApps(const QList<App> &apps);

    QString audience() const { return m_name; }
    UploadMode mode() const { return m_mode; }
    QString nameProblem() const; // why the name cannot be sent; empty: it can
    Existence existence() const { return m_existence; }
    bool isKnown() const
    {
        return m_existence == Existence::Exists || m_existence == Existence::New;
    }
    qint64 currentIds() const { return m_existence == Existence::Exists ? m_currentIds : -1; }
    Facts facts() const;
    QString plan() const; // the plan in words, or what it waits for; empty without a name
    bool isError() const { return m_existence == Existence::Failed; }
    bool needsConfirmation() const { return isKnown() && needsConfirmation(facts()); }
    QString confirmation() const { return confirmation(facts()); }
    // Why the upload cannot start yet, as a sentence (the tick aside); empty: it can.
    QString waitingFor() const;

signals:
    void audiencesLoaded(); // audiences() holds the list (complete, or as far as it went)
    void changed(); // existence, counts or plan

private:
    void update();
    void dropCheck();
    void checkName(); // View, for a name the (incomplete) list does not hold
    // After any change: a sync's comparison started when it is about another audience and
    // app than the one made, then changed().
    void settle();

    BatchClient *m_client;
    ImportSession *m_session;
    AudienceListLoader *m_loader;
    QTimer *m_checkTimer;
    QPointer<ApiReply> m_view;
    SyncPreparation *m_sync;
    QString m_name;
    UploadMode m_mode = UploadMode::Replace;
    QList<App> m_apps;
    Existence m_existence = Existence::Unknown;
    qint64 m_currentIds = -1;
    QString m_checkError;
    QString m_syncFor; // the audience and app the comparison is (being) made for
    QString m_syncText; // empty while it is made
};
