// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profiles/ProfileSwitcher.h"

#include "common/Palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

ProfileSwitcher::ProfileSwitcher(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_badge(new QLabel(tr("LIVE"), this))
{
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(16);
    m_combo->setAccessibleName(tr("Profile"));
    m_combo->setToolTip(tr("The Batch app and keys this window works with"));
    m_badge->setStyleSheet(Palette::badgeStyle(Palette::Role::Live, palette()));
    m_badge->setToolTip(tr("Live API key: changes reach your real users"));
    m_badge->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Pr&ofile:"), this);
    label->setBuddy(m_combo);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_badge);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        updateBadge();
        if (index >= 0 && index < m_profiles.size())
            emit profileChosen(m_profiles.at(index));
    });
}

void ProfileSwitcher::setProfiles(const QList<Profile> &profiles, const QString &currentId)
{
    const QSignalBlocker blocker(m_combo);
    m_profiles = profiles;
    m_combo->clear();
    for (const Profile &profile : profiles) {
        QString label = profile.displayName;
        if (profile.isLive())
            label = tr("%1 — LIVE").arg(label);
        else if (!profile.transient)
            label = tr("%1 (%2)").arg(label, apiKeyKindName(profile.keyKind));
        m_combo->addItem(label, profile.id);
        if (profile.isLive())
            m_combo->setItemData(m_combo->count() - 1,
                                 Palette::text(Palette::Role::Live, m_combo->palette()),
                                 Qt::ForegroundRole);
    }
    const int index = m_combo->findData(currentId);
    m_combo->setCurrentIndex(index); // none yet (-1): nothing chosen is shown as chosen
    updateBadge();
}

Profile ProfileSwitcher::currentProfile() const
{
    const int index = m_combo->currentIndex();
    return index >= 0 && index < m_profiles.size() ? m_profiles.at(index) : Profile();
}

bool ProfileSwitcher::isLiveBadgeVisible() const
{
    return !m_badge->isHidden();
}

void ProfileSwitcher::updateBadge()
{
    m_badge->setVisible(currentProfile().isLive() && !m_profiles.isEmpty());
}
