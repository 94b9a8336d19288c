// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiReply.h"
#include "api/AudienceInfo.h"

#include <QPointer>
#include <QWidget>

class QThreadPool;

class AudienceUploadsView;
class BatchClient;
class QAction;
class QLabel;
class QVBoxLayout;

// The selected audience: what List said at once, then View's data (indexing state
// included) when it answers. Replies for an audience no longer selected are ignored.
// Below: buttons for the actions on the selected audience (the very QActions of the main
// window's context menu, so they enable and trigger alike) and the uploads this computer
// made into it with the current profile.
class AudienceDetailsPane : public QWidget
{
    Q_OBJECT
public:
    AudienceDetailsPane(BatchClient *client, QThreadPool *pool, QWidget *parent = nullptr);
    ~AudienceDetailsPane() override;

    void showAudience(const AudienceInfo &audience); // and fetch View
    void clear();
    QString audienceName() const { return m_current.name; }
    QString indexingStateText() const;

    // Shown as buttons, in this order; replaces the earlier ones.
    void setActions(const QList<QAction *> &actions);
    QList<QAction *> actions() const { return m_actions; }
    // The history database and the profile whose uploads are listed.
    void setUploadSource(const QString &historyPath, const QString &profileId);
    QString uploadsSummary() const; // "2 uploads from this computer", "No uploads ..."

private:
    void fill(const AudienceInfo &audience);
    void onViewFinished(ApiReply *reply);

    BatchClient *m_client;
    QPointer<ApiReply> m_reply;
    AudienceInfo m_current;
    QLabel *m_title;
    QLabel *m_type;
    QLabel *m_description;
    QLabel *m_ids;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_state;
    QLabel *m_placeholder;
    QWidget *m_form;
    QList<QAction *> m_actions;
    QVBoxLayout *m_buttons;
    QLabel *m_uploadsSummary;
    AudienceUploadsView *m_uploads;
};
