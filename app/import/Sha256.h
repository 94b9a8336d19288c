// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QString>
#include <memory>

// SHA-256 of the request bodies and of the checked file, through OpenSSL's libcrypto where
// the build found it (it uses the CPU's SHA instructions: 1.5 GB/s here), else through
// QCryptographicHash, whose own implementation hashed some 250 MB/s: the 290 MB of a
// million rows' file and bodies took a second of the wizard's check.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    QString hex(); // lowercase; call once, at the end

    static QString hex(QByteArrayView bytes);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
