// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BodySeal.h"

#include "BodyEntries.h"
#include "FileHasher.h"
#include "Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <thread>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {
constexpr char idPrefix[] = "\"id\":\""; // after the entry's "{"

int hexValue(char c)
{
    return c >= '0' && c <= '9' ? c - '0'
        : c >= 'a' && c <= 'f'  ? c - 'a' + 10
        : c >= 'A' && c <= 'F'  ? c - 'A' + 10
                                : -1;
}

// The ID of an entry ({"id":"...",...}, from after its "{"), unescaped as JsonText escaped it (\"
// \\ \n \r \t and \u00XX below the space; the rest is UTF-8 as it is), into `out` (emptied).
bool readId(QByteArray &out, const char *p, const char *end)
{
    out.resize(0);
    constexpr qsizetype prefix = sizeof idPrefix - 1;
    if (end - p < prefix || std::memcmp(p, idPrefix, prefix) != 0)
        return false;
    p += prefix;
    const char *run = p;
    while (p < end && *p != '"') {
        if (*p != '\\') {
            ++p;
            continue;
        }
        out.append(run, p - run);
        if (end - p < 2)
            return false;
        const char c = p[1];
        if (c == 'u') {
            if (end - p < 6)
                return false;
            int unit = 0;
            for (int k = 2; k < 6; ++k) {
                const int v = hexValue(p[k]);
                if (v < 0)
                    return false;
                unit = unit * 16 + v;
            }
            if (unit >= 0x80)
                return false; // JsonText writes only control characters so
            out.append(char(unit));
            p += 6;
        } else {
            out.append(c == 'n'       ? '\n'
                           : c == 'r' ? '\r'
                           : c == 't' ? '\t'
                           : c == 'b' ? '\b'
                           : c == 'f' ? '\f'
                                      : c);
            p += 2;
        }
        run = p;
    }
    if (p >= end)
        return false;
    out.append(run, p - run);
    return true;
}

// EntryDigests::hash of "{" and the rest of each entry, four entries side by side
// (EntryDigests::hash4): one at a time ran at the multiply's latency.
class PendingHashes
{
public:
    explicit PendingHashes(std::vector<quint64> &hashes)
        : m_hashes(hashes)
    { }
    // The hash goes to hashes[index] (an index: the vector grows meanwhile).
    void add(QByteArrayView rest, size_t index)
    {
        m_data[m_n] = rest.data();
        m_size[m_n] = rest.size();
        m_index[m_n] = index;
        if (++m_n == 4)
            flush();
    }
    void flush()
    {
        const quint64 brace = EntryDigests::hash("{", 1);
        quint64 out[4];
        if (m_n == 4)
            EntryDigests::hash4(m_data, m_size, out, brace);
        for (int k = 0; k < m_n; ++k)
            m_hashes[m_index[k]]
                = m_n == 4 ? out[k] : EntryDigests::hash(m_data[k], m_size[k], brace);
        m_n = 0;
    }

private:
    const char *m_data[4];
    qsizetype m_size[4];
    size_t m_index[4];
    int m_n = 0;
    std::vector<quint64> &m_hashes;
};

// The kernel starts reading the next body while this one is hashed: written straight to the
// disk, bodies are not in the page cache, and each read waited for the disk with the CPU idle
// (10M rows: 2 GB of bodies).
void readAhead(const QString &path)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

QString changedAfterPrepared(const QString &path)
{
    return QCoreApplication::translate("BodySeal",
                                       "%1 changed after it was prepared: check the file again.")
        .arg(path);
}

struct Share
{
    QString error;
    QStringList sha256;
    EntryDigests entries;
};

// Bodies [from, to) of the input, whose first entry is number `firstEntry`.
void sealBodies(const BodySeal::Input &input, qsizetype from, qsizetype to, size_t firstEntry,
                const std::atomic<bool> *cancel, Share *share)
{
    if (!input.hashBodies && !input.entrySizes)
        return; // nothing to read the bodies for
    size_t entry = firstEntry;
    QByteArray id;
    for (qsizetype b = from; b < to; ++b) {
        if (cancel && cancel->load())
            return;
        const BodySeal::Body &body = input.bodies.at(b);
        if (b == from && b + 1 < to)
            readAhead(input.bodies.at(b + 1).path);
        if (b + 2 < to)
            readAhead(input.bodies.at(b + 2).path); // two ahead: one is read while one waits
        QFile file(body.path);
        if (!file.open(QIODevice::ReadOnly)) {
            share->error = QCoreApplication::translate("BodySeal", "Cannot read %1: %2")
                               .arg(body.path, file.errorString());
            return;
        }
        const QByteArray bytes = file.readAll();
        if (body.bytes >= 0 && bytes.size() != body.bytes) {
            share->error = changedAfterPrepared(body.path);
            return;
        }
        if (input.hashBodies)
            share->sha256 << Sha256::hex(bytes);
        if (!input.entrySizes)
            continue;
        BodyEntries entries(bytes, body.plain, input.removes);
        PendingHashes pending(share->entries.hashes); // into this body: flushed at its end
        for (qint64 k = 0; k < body.ids; ++k, ++entry) {
            QByteArrayView rest;
            if (!entries.next(qsizetype((*input.entrySizes)[entry]), &rest)
                || !readId(id, rest.data(), rest.data() + rest.size())) {
                share->error = changedAfterPrepared(body.path);
                return;
            }
            share->entries.append(id, 0, quint32(rest.size() + 1));
            pending.add(rest, share->entries.hashes.size() - 1);
        }
        pending.flush();
    }
}

} // namespace

BodySeal::Output BodySeal::run(const Input &input, const std::atomic<bool> *cancel)
{
    Output out;
    // Two shares of the bodies, the file's hash on the first; the second starts at the
    // middle body, its first entry counted from the bodies before it. The file's hash costs
    // about a third of what as many bytes of bodies do (read from disk, hashed twice, IDs
    // read): the first share takes that much less of the bodies.
    qint64 bodyBytes = 0;
    for (const Body &body : input.bodies)
        bodyBytes += std::max<qint64>(body.bytes, 0);
    const qint64 fileBytes = input.csvPath.isEmpty() ? 0 : QFileInfo(input.csvPath).size();
    const qint64 firstShare = std::max<qint64>(0, (bodyBytes - fileBytes / 3) / 2);
    qsizetype middle = 0;
    for (qint64 bytes = 0; middle < input.bodies.size() && bytes < firstShare; ++middle)
        bytes += std::max<qint64>(input.bodies.at(middle).bytes, 0);
    if (input.bodies.size() < 4)
        middle = 0; // one thread
    else
        middle = std::clamp<qsizetype>(middle, 1, input.bodies.size() - 1);
    size_t middleEntry = 0;
    for (qsizetype b = 0; b < middle; ++b)
        middleEntry += size_t(input.bodies.at(b).ids);
    Share first, second;
    std::thread other;
    if (middle > 0)
        other = std::thread(sealBodies, std::cref(input), middle, input.bodies.size(), middleEntry,
                            cancel, &second);
    if (!input.csvPath.isEmpty())
        out.fileSha256 = FileHasher(input.csvPath, false).result();
    sealBodies(input, 0, middle > 0 ? middle : input.bodies.size(), 0, cancel, &first);
    if (other.joinable())
        other.join();
    if (cancel && cancel->load()) {
        out.cancelled = true;
        return out;
    }
    out.error = !first.error.isEmpty() ? first.error : second.error;
    if (!out.error.isEmpty())
        return out;
    out.bodySha256 = first.sha256 + second.sha256;
    if (input.entrySizes) {
        out.entries = std::make_shared<EntryDigests>(std::move(first.entries));
        EntryDigests &all = *out.entries;
        const qint64 offset = all.idText.size();
        all.idText.append(second.entries.idText);
        for (qint64 end : second.entries.idEnds)
            all.idEnds.push_back(end + offset);
        all.hashes.insert(all.hashes.end(), second.entries.hashes.begin(),
                          second.entries.hashes.end());
        all.sizes.insert(all.sizes.end(), second.entries.sizes.begin(), second.entries.sizes.end());
    }
    return out;
}
