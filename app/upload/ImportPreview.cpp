// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "upload/ImportPreview.h"

#include "api/ApiValidation.h"
#include "api/BatchClient.h"
#include "browse/AudienceListLoader.h"
#include "import/UploadConfirmation.h"
#include "import/UploadPlanText.h"
#include "upload/ImportSession.h"
#include "upload/SyncPreparation.h"
#include "upload/UploadLock.h"

#include <QDir>
#include <QFile>
#include <QTimer>
#include <climits>

namespace {
// "Shop FR (LIVE) and Shop BE": the apps, Live ones said so.
QString appsText(const QList<ImportPreview::App> &apps)
{
    QStringList names;
    for (const ImportPreview::App &a : apps)
        names << (a.live ? ImportPreview::tr("%1 (LIVE)").arg(a.name) : a.name);
    if (names.size() < 2)
        return names.value(0);
    const QString last = names.takeLast();
    return ImportPreview::tr("%1 and %2").arg(names.join(ImportPreview::tr(", ")), last);
}
} // namespace

QString ImportPreview::sentence(const Facts &f)
{
    QString text;
    if (f.mode == UploadMode::Add || f.mode == UploadMode::Remove)
        text = UploadPlanText::describeUpdate(f.mode, f.audience, f.uniqueIds, f.requests);
    else if (f.mode == UploadMode::Sync && f.exists)
        text = f.syncSentence.isEmpty()
            ? tr("Syncs %1 with the file: the differences are counted, and said, before "
                 "anything is sent.")
                  .arg(f.audience)
            : f.syncSentence;
    else
        text = UploadPlanText::describe(f.audience, f.exists ? f.currentIds : -1, f.uniqueIds,
                                        f.requests);
    if (f.apps.size() > 1)
        text += u'\n'
            + tr("Then the same into %1 in %2, one app after the other (created where missing).")
                  .arg(f.audience, appsText(f.apps.mid(1)));
    return text;
}

bool ImportPreview::needsConfirmation(const Facts &f)
{
    UploadConfirmation rule;
    rule.mode = f.mode;
    rule.exists = f.exists;
    rule.currentIds = f.currentIds;
    rule.live = !f.apps.isEmpty() && f.apps.first().live;
    rule.severalApps = f.apps.size() > 1;
    return rule.needed();
}

QString ImportPreview::confirmation(const Facts &f)
{
    const QString &name = f.audience;
    if (f.apps.size() > 1) {
        const QString apps = appsText(f.apps);
        switch (f.mode) {
        case UploadMode::Replace:
            return tr("I understand that %1 is &replaced by the file's IDs in %2, wherever it "
                      "already exists")
                .arg(name, apps);
        case UploadMode::Add:
            return tr("I &confirm that these IDs are added to %1 or updated there in %2")
                .arg(name, apps);
        case UploadMode::Remove:
            return tr("I &confirm that these IDs are removed from %1 in %2").arg(name, apps);
        case UploadMode::Sync:
            return tr("I &confirm that %1 is made to hold exactly the file's IDs in %2")
                .arg(name, apps);
        }
    }
    if (!f.exists)
        return tr("&Create %1 and upload").arg(name);
    switch (f.mode) {
    case UploadMode::Replace:
        return tr("I understand that all current IDs of %1 are &replaced").arg(name);
    case UploadMode::Add:
        return tr("I &confirm that these IDs are added to %1 or updated there").arg(name);
    case UploadMode::Remove:
        return tr("I &confirm that these IDs are removed from %1").arg(name);
    case UploadMode::Sync:
        break;
    }
    return tr("I &confirm that %1 is made to hold exactly the file's IDs").arg(name);
}

ImportPreview::ImportPreview(BatchClient *client, ImportSession *session, QThreadPool *pool,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_loader(new AudienceListLoader(client, this))
    , m_checkTimer(new QTimer(this))
    , m_sync(new SyncPreparation(client, this))
{
    m_sync->setPool(pool);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250); // typing: ask once the name settles
    connect(m_checkTimer, &QTimer::timeout, this, &ImportPreview::checkName);
    connect(m_loader, &AudienceListLoader::finished, this, [this] {
        emit audiencesLoaded();
        update();
    });
    connect(m_sync, &SyncPreparation::finished, this,
            [this](SyncPreparation::Outcome outcome, const QString &sentence) {
                if (outcome == SyncPreparation::Outcome::Planned) {
                    m_syncText = m_sync->planSentence();
                    for (const ImportJob::Chunk &c : m_sync->plan().chunks)
                        QFile::remove(c.path); // the upload writes its own
                } else if (outcome == SyncPreparation::Outcome::Failed) {
                    m_syncText = sentence;
                } else {
                    m_syncText = m_sync->withoutBaseline(outcome, sentence, true, m_currentIds);
                }
                emit changed();
            });
}

ImportPreview::~ImportPreview() = default;

void ImportPreview::restart()
{
    m_existence = Existence::Unknown;
    m_syncFor.clear(); // the file may have been checked again, or another app chosen
    dropCheck();
    m_loader->start();
    update();
}

const QList<AudienceInfo> &ImportPreview::audiences() const
{
    return m_loader->audiences();
}

void ImportPreview::setAudience(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    m_existence = Existence::Unknown;
    dropCheck();
    update();
}

void ImportPreview::setMode(UploadMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    settle();
}

void ImportPreview::setApps(const QList<App> &apps)
{
    m_apps = apps;
    settle();
}

QString ImportPreview::nameProblem() const
{
    return m_name.isEmpty() ? QString() : ApiValidation::audienceNameProblem(m_name);
}

void ImportPreview::update()
{
    if (!m_name.isEmpty() && nameProblem().isEmpty() && m_existence != Existence::Checking
        && m_existence != Existence::Failed) {
        if (const AudienceInfo *a = m_loader->find(m_name)) {
            m_existence = Existence::Exists;
            m_currentIds = a->idCount;
        } else if (m_loader->isComplete()) {
            m_existence = Existence::New;
        } else if (!m_loader->isLoading()) {
            // The list failed: ask for this one name.
            m_existence = Existence::Checking;
            m_checkTimer->start();
        }
        // While the list loads, a name it will hold has to wait for it.
    }
    settle();
}

void ImportPreview::dropCheck()
{
    m_checkTimer->stop();
    if (m_view)
        m_view->abandon(); // its answer is about another name or app
    m_view = nullptr;
}

void ImportPreview::checkName()
{
    const QString name = m_name;
    ApiReply *reply = m_client->view(name);
    m_view = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, name] {
        reply->deleteLater();
        if (reply != m_view || name != m_name)
            return;
        if (reply->isOk()) {
            m_existence = Existence::Exists;
            m_currentIds = reply->audience().idCount;
        } else if (reply->error().httpStatus == 404) {
            m_existence = Existence::New;
        } else {
            m_existence = Existence::Failed;
            m_checkError = reply->error().message;
        }
        settle();
    });
}

ImportPreview::Facts ImportPreview::facts() const
{
    Facts f;
    f.audience = m_name;
    f.mode = m_mode;
    f.exists = m_existence == Existence::Exists;
    f.currentIds = currentIds();
    const ImportJob::Result &r = m_session->checkResult();
    f.uniqueIds = r.uniqueIds;
    f.requests = int(r.chunks.size());
    f.apps = m_apps;
    f.syncSentence = m_syncText;
    return f;
}

QString ImportPreview::plan() const
{
    if (m_name.isEmpty() || !nameProblem().isEmpty())
        return {};
    if (m_existence == Existence::Failed)
        return tr("Could not check whether %1 exists: %2").arg(m_name, m_checkError);
    if (!isKnown())
        return tr("Checking whether %1 exists…").arg(m_name);
    Facts f = facts();
    if (f.syncSentence.isEmpty() && !m_syncFor.isEmpty() && f.mode == UploadMode::Sync && f.exists)
        f.syncSentence
            = tr("Comparing the file's %Ln IDs with the last verified upload to %1 from this "
                 "computer…",
                 nullptr, int(std::min<qint64>(f.uniqueIds, INT_MAX)))
                  .arg(m_name);
    return sentence(f);
}

void ImportPreview::settle()
{
    // A sync into an existing audience: its differences, counted once per audience and app.
    const ImportJob::Result &r = m_session->checkResult();
    if (m_mode == UploadMode::Sync && m_existence == Existence::Exists && r.entries
        && r.mode != UploadMode::Add && r.mode != UploadMode::Remove) {
        const ApiConfig config = m_client->config();
        const QString key = UploadLock::keyFor(config.baseUrl, config.apiKey, m_name);
        if (key != m_syncFor) {
            m_sync->stop();
            m_syncFor = key;
            m_syncText.clear();
            m_sync->start(r, m_name, m_session->baselinePath(), key,
                          QDir(m_session->workDir()).filePath(QStringLiteral("sync-preview")));
        }
    }
    emit changed();
}

QString ImportPreview::waitingFor() const
{
    if (m_name.isEmpty())
        return tr("Type or choose the audience's name first.");
    if (!nameProblem().isEmpty())
        return tr("The audience's name is not valid.");
    if (m_existence == Existence::Failed)
        return tr("Batch could not say whether %1 exists.").arg(m_name);
    if (!isKnown())
        return tr("Waiting for Batch to say whether %1 exists.").arg(m_name);
    return {};
}
