// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "history/UploadRecord.h"
#include "import/ColumnMapping.h"
#include "import/CsvPreview.h"
#include "import/ImportDraft.h"
#include "import/ImportJob.h"
#include "import/ImportPlan.h"
#include "import/RecentMappings.h"
#include "settings/Profile.h"

#include <QWizard>
#include <functional>
#include <optional>

class BatchClient;
class ImportFanOut;
class ImportSession;
class QThreadPool;
class QSettings;
class QTimer;
class ProfileSession;
class UploadHistory;

// From a CSV file to a replaced audience: File, Format, Mapping, Validation, Target,
// Upload, Result. The import itself (check, lock, resume, upload, verification) belongs
// to one ImportSession, which every page reads and drives; the wizard only presents it.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        FilePageId,
        FormatPageId,
        MappingPageId,
        ValidationPageId,
        TargetPageId,
        UploadPageId,
        ResultPageId
    };

    struct Context
    {
        // Configured for `profile`. The wizard works on its own copy of it, so switching
        // profiles in the main window cannot redirect an upload under way.
        BatchClient *client = nullptr;
        Profile profile;
        UploadHistory *history = nullptr;
        QSettings *settings = nullptr; // recent mappings per profile and audience
        // The profiles the Target page offers (REST keys of saved ones completed through
        // `profileSession` when chosen); empty: only `profile`.
        QList<Profile> profiles;
        ProfileSession *profileSession = nullptr;
        QThreadPool *pool = nullptr; // the application's (AppContext::pool): file previews
    };

    ImportWizard(const Context &context, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Closing while requests are being sent asks first (the audience would be partial),
    // through MessageBox (tests answer with MessageBox::setNextAnswer()).
    void reject() override;
    bool isStopping() const { return m_stopping; } // asked to close; the upload is stopping

    void setFile(const QString &path);
    // Cells copied from a spreadsheet (the clipboard's text) instead of a file: the File
    // page writes them to one (PastedTable) and shows them as pasted.
    void pasteIds(const QString &text);
    void setTargetAudience(const QString &audience);
    void resumeUpload(const UploadRecord &record); // starts on the Upload page

    // A saved plan (File → Open Plan…, a plan file dropped, opened with the app or given on
    // its command line): its file read its way, its mapping, mode and audience, and its apps
    // chosen on the Target page. The wizard goes straight there when nothing is in doubt,
    // else walks the pages that have one.
    void openPlan(const ImportPlan &plan);
    const std::optional<ImportPlan> &openedPlan() const { return m_plan; }
    // How the opened plan reads `path`, if it is the plan's file.
    std::optional<CsvFormat> planFormatFor(const QString &path) const;
    // The opened plan's apps, once (the Target page chooses them the first time it shows).
    QList<ImportPlan::Target> takePlanTargets() { return std::exchange(m_planTargets, {}); }
    // The import as chosen so far, into `audience` on `apps` (the first one the upload's
    // profile), as `audience-desk-cli run` and openPlan() take it.
    ImportPlan plan(const QString &audience, const QList<Profile> &apps) const;

    const Context &context() const { return m_context; }
    // Where the upload goes: the wizard's client is reconfigured for `profile` (REST key
    // known). Only before the upload starts.
    void setProfile(const Profile &profile);
    QString csvPath() const { return m_csvPath; }
    void setCsvPath(const QString &path) { m_csvPath = path; }
    CsvPreview &preview() { return m_preview; }
    ColumnMapping &mapping() { return m_mapping; }
    ImportSession *session() const { return m_session; }
    // The other apps the file goes to after `profile` (REST keys known), chosen on the
    // Target page. With any, the upload is an ImportFanOut over every app (each with its
    // own session, lock, journal and verification) rather than session().
    void setExtraTargets(const QList<Profile> &profiles) { m_extraTargets = profiles; }
    const QList<Profile> &extraTargets() const { return m_extraTargets; }
    bool isFanOut() const { return !m_extraTargets.isEmpty() && !m_resumed; }
    ImportFanOut *fanOut() const { return m_fanOut; }
    // Every app in order (`profile` first), each with the audience, mode, file and mapping
    // of session(); then followed through fanOut()'s signals.
    void startFanOut();
    const ImportJob::Result &validation() const;
    QString audience() const { return m_audience; }
    void setAudience(const QString &name, qint64 currentIds)
    {
        m_audience = name, m_currentIds = currentIds;
    }
    qint64 currentIds() const { return m_currentIds; }
    const UploadRecord &upload() const;
    // The recorded upload the wizard was opened to resume (History), if any.
    const std::optional<UploadRecord> &resumed() const { return m_resumed; }

    // The mapping last used for an audience of this profile (offered again), and
    // remembering it.
    std::optional<ColumnMapping> lastMappingFor(const QString &audience) const;

    // What the wizard decided for the file on its own (format, mapping, doubts): read by the
    // File page as soon as a file is chosen, again by the Format page when the user changes
    // how it is read. A new header gets a new mapping; the same one keeps the user's.
    const ImportDraft &draft() const { return m_draft; }
    void adoptDraft(const ImportDraft &draft);
    // The whole-file check of csvPath() with mapping(), in the background, unless the
    // session has that one under way or done. Soon: once a mapping being edited settles.
    void recheck();
    void recheckSoon();
    // The background check of csvPath() with mapping() is done (not replaced since):
    // checkResult() is about them.
    bool isChecked() const;
    // The File page's Next goes straight to the Target page: no doubt about the file, its
    // check done and clean, and the user did not ask to see every step.
    bool canSkipToTarget() const;
    bool isWalking() const { return m_walking || reviewEachStep(); }
    bool reviewEachStep() const;
    void setReviewEachStep(bool review);
    // Back to a page before this one (a summary link): through the pages skipped on the
    // way, if it was skipped.
    void revisit(int pageId);
    void rememberMapping(const QString &audience, const ColumnMapping &mapping);
    QList<RecentMappings::Entry> recentMappingsFitting(const QStringList &header) const;

signals:
    void showAudienceRequested(const QString &profileId, const QString &audience);
    void draftChanged();
    void checkFinished(); // a background check ended (or was replaced)

private:
    // The question through the test seam, or a QMessageBox with these two buttons.
    bool confirm(const QString &title, const QString &text, int yes, int no);

    Context m_context;
    QString m_csvPath;
    CsvPreview m_preview;
    ColumnMapping m_mapping;
    ImportSession *m_session;
    ImportFanOut *m_fanOut;
    QList<Profile> m_extraTargets;
    QString m_audience;
    qint64 m_currentIds = -1;
    std::optional<UploadRecord> m_resumed;
    std::optional<ImportPlan> m_plan;
    QList<ImportPlan::Target> m_planTargets;
    RecentMappings m_recent;
    ImportDraft m_draft;
    QTimer *m_recheckTimer;
    bool m_walking = false; // a summary link went back through the skipped pages
    bool m_stopping = false;
};
