// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Sha256.h"

#ifdef AD_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

struct Sha256::Private
{
#ifdef AD_HAVE_OPENSSL
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~Private()
    {
        EVP_MD_CTX_free(context);
    }
#else
    QCryptographicHash hash {QCryptographicHash::Sha256};
#endif
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
#ifdef AD_HAVE_OPENSSL
    EVP_DigestInit_ex(d->context, EVP_sha256(), nullptr);
#endif
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
#ifdef AD_HAVE_OPENSSL
    EVP_DigestUpdate(d->context, bytes.data(), size_t(bytes.size()));
#else
    d->hash.addData(bytes);
#endif
}

QString Sha256::hex()
{
#ifdef AD_HAVE_OPENSSL
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(d->context, digest, &size);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex());
#else
    return QString::fromLatin1(d->hash.result().toHex());
#endif
}

QString Sha256::hex(QByteArrayView bytes)
{
    Sha256 hash;
    hash.addData(bytes);
    return hash.hex();
}
