// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UploadRate.h"

#include <QLocale>
#include <cmath>

void UploadRate::start(qint64 nowMs, qint64 idsDoneAtStart)
{
    *this = {};
    m_startMs = nowMs;
    m_idsAtStart = idsDoneAtStart;
}

void UploadRate::update(qint64 nowMs, qint64 bytesSent, qint64 idsDone, qint64 idsTotal)
{
    m_elapsedMs = nowMs - m_startMs;
    m_bytes = bytesSent;
    m_ids = idsDone - m_idsAtStart;
    m_idsLeft = idsTotal - idsDone;
}

double UploadRate::bytesPerSecond() const
{
    return m_elapsedMs > 0 ? m_bytes * 1000.0 / double(m_elapsedMs) : 0.0;
}

qint64 UploadRate::secondsLeft() const
{
    if (m_ids <= 0 || m_elapsedMs <= 0)
        return -1;
    return qint64(std::ceil(double(m_elapsedMs) * double(m_idsLeft) / double(m_ids) / 1000.0));
}

QString UploadRate::rateText() const
{
    if (m_bytes <= 0 || m_elapsedMs <= 0)
        return {};
    return tr("%1/s").arg(
        QLocale().formattedDataSize(qint64(bytesPerSecond()), 1, QLocale::DataSizeSIFormat));
}

QString UploadRate::text() const
{
    const QString rate = rateText();
    if (rate.isEmpty())
        return {};
    const qint64 left = secondsLeft();
    if (left < 0)
        return rate;
    if (left == 0)
        return tr("%1 · almost done").arg(rate);
    if (left < 90)
        return tr("%1 · about %n s left", nullptr, int(left)).arg(rate);
    return tr("%1 · about %n min left", nullptr, int((left + 30) / 60)).arg(rate);
}
