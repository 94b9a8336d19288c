// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BodyFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <unistd.h>
#endif

QString BodyFile::write(const QString &path, QByteArrayView body)
{
#ifdef Q_OS_LINUX
    // A small body costs little to copy, and its direct write (a synchronous trip to the
    // disk) took longer than the buffered one.
    constexpr qsizetype directFrom = 1 << 20;
    bool unsupported = body.size() < directFrom;
    if (!unsupported) {
        const QString error = writeDirect(path, body, &unsupported);
        if (!unsupported)
            return error;
    }
#endif
    return writeBuffered(path, body);
}

QString BodyFile::writeBuffered(const QString &path, QByteArrayView body)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(body.data(), body.size()) == body.size()
        && file.commit()) {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return {};
    }
    return QCoreApplication::translate("ChunkWriter", "Cannot write %1: %2")
        .arg(path, file.errorString());
}

QString BodyFile::writeDirect(const QString &path, QByteArrayView body, bool *unsupported)
{
#ifdef Q_OS_LINUX
    constexpr qsizetype align = 4096; // what O_DIRECT asks of offsets, sizes and addresses
    const QByteArray final = QFile::encodeName(path);
    const QByteArray temp = final + ".part";
    auto fail = [&](int error) {
        if (error == EINVAL || error == EOPNOTSUPP)
            *unsupported = true;
        ::unlink(temp.constData());
        return QCoreApplication::translate("ChunkWriter", "Cannot write %1: %2")
            .arg(path, QString::fromLocal8Bit(std::strerror(error)));
    };
    const int fd
        = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_DIRECT | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EINVAL || errno == EOPNOTSUPP)
            *unsupported = true;
        return *unsupported ? QString() : fail(errno);
    }
    auto writeAll = [fd](const char *data, qsizetype size) {
        while (size > 0) {
            const ssize_t n = ::write(fd, data, size_t(size));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return n < 0 ? errno : EIO;
            data += n, size -= n;
        }
        return 0;
    };
    // The whole 4 KiB blocks from an aligned copy, straight to the disk; the rest through
    // the page cache once O_DIRECT is off.
    const qsizetype whole = body.size() / align * align;
    int error = 0;
    if (whole > 0 && quintptr(body.data()) % align == 0) {
        error = writeAll(body.data(), whole);
    } else if (whole > 0) {
        void *raw = nullptr;
        if (::posix_memalign(&raw, size_t(align), size_t(whole)) != 0) {
            ::close(fd);
            *unsupported = true;
            ::unlink(temp.constData());
            return {};
        }
        const std::unique_ptr<void, decltype(&std::free)> aligned(raw, &std::free);
        std::memcpy(raw, body.data(), size_t(whole));
        error = writeAll(static_cast<const char *>(raw), whole);
    }
    if (error == 0 && whole < body.size()) {
        const int flags = ::fcntl(fd, F_GETFL);
        if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_DIRECT) < 0)
            error = errno;
        else
            error = writeAll(body.data() + whole, body.size() - whole);
    }
    if (error == 0 && ::fdatasync(fd) < 0)
        error = errno;
    if (::close(fd) < 0 && error == 0)
        error = errno;
    if (error == 0 && ::rename(temp.constData(), final.constData()) < 0)
        error = errno;
    if (error != 0) {
        const QString why = fail(error);
        // Refused only at the first write: the file system takes no direct writes.
        return *unsupported ? QString() : why;
    }
    return {};
#else
    Q_UNUSED(path);
    Q_UNUSED(body);
    *unsupported = true;
    return {};
#endif
}
