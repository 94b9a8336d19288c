// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

// Throughput and time left of an upload from its progress: bytes sent since start() over
// the time since, and the share of IDs still to send at the pace of those already sent
// in this run (a resumed upload counts from where it resumed). Times in milliseconds from
// any steady clock, passed in so a test controls them.
class UploadRate
{
    Q_DECLARE_TR_FUNCTIONS(UploadRate)
public:
    void start(qint64 nowMs, qint64 idsDoneAtStart);
    void update(qint64 nowMs, qint64 bytesSent, qint64 idsDone, qint64 idsTotal);

    double bytesPerSecond() const; // 0 until something was sent
    qint64 secondsLeft() const; // -1: not known yet
    // "2.1 MB/s · about 12 s left"; empty until known.
    QString text() const;
    QString rateText() const; // "2.1 MB/s"; empty until known

private:
    qint64 m_startMs = 0;
    qint64 m_idsAtStart = 0;
    qint64 m_elapsedMs = 0;
    qint64 m_bytes = 0;
    qint64 m_ids = 0; // sent in this run
    qint64 m_idsLeft = 0;
};
