// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the thread's event loop goes without turning: a 10 ms timer that
// records the longest gap between two of its ticks (beyond its own interval).
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (now - m_lastNs - 10'000'000 > m_longestNs) {
                m_longestNs = now - m_lastNs - 10'000'000;
                m_longestAtNs = m_lastNs;
            }
            m_lastNs = now;
        });
    }
    void start()
    {
        m_longestNs = 0;
        m_longestAtNs = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    double longestMs() const { return double(m_longestNs) / 1e6; }
    double longestAtSeconds() const { return double(m_longestAtNs) / 1e9; } // since start()

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_longestAtNs = 0; // when the longest stall began
};
