// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FileHasher.h"

#include "Sha256.h"

#include <QFile>

FileHasher::FileHasher(const QString &path, bool thread)
    : m_path(path)
{
    if (!path.isEmpty() && thread)
        m_thread = std::thread([this] { hash(); });
}

FileHasher::~FileHasher()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void FileHasher::hash()
{
    QFile file(m_path);
    Sha256 hash;
    if (file.open(QIODevice::ReadOnly)) {
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        qint64 n = 0;
        while (!m_stop.load(std::memory_order_relaxed)
               && (n = file.read(buffer.data(), buffer.size())) > 0)
            hash.addData(QByteArrayView(buffer.constData(), n));
    }
    m_hex = hash.hex();
}

QString FileHasher::result()
{
    if (m_thread.joinable())
        m_thread.join();
    else if (m_hex.isEmpty() && !m_path.isEmpty())
        hash();
    return m_hex;
}
