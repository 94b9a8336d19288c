// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FileHasher.h"

#include <QCryptographicHash>
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
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly)) {
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        qint64 n = 0;
        while (!m_stop.load(std::memory_order_relaxed)
               && (n = file.read(buffer.data(), buffer.size())) > 0)
            hash.addData(QByteArrayView(buffer.constData(), n));
    }
    m_hex = QString::fromLatin1(hash.result().toHex());
}

QString FileHasher::result()
{
    if (m_thread.joinable())
        m_thread.join();
    else if (m_hex.isEmpty() && !m_path.isEmpty())
        hash();
    return m_hex;
}
