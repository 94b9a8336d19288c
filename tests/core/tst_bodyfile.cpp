// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/BodyBuffer.h"
#include "import/BodyFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A body reaches the disk whole, byte for byte and readable by its owner only, whatever its
// size (under and over the 1 MiB from which it is written directly, a tail that is not a
// whole 4 KiB block) and whether it comes from a BodyBuffer (aligned: no copy) or not.
class TestBodyFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QByteArray pattern(qsizetype size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            bytes[i] = char('a' + (i * 7 + i / 4096) % 26);
        return bytes;
    }
    static QByteArray readBack(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void buffer()
    {
        BodyBuffer b;
        QCOMPARE(b.size(), 0);
        b.append("{\"ids\":[", 8);
        const QByteArray big = pattern(3 << 20);
        b.append(big); // grows past its first capacity: what was there stays
        QCOMPARE(quintptr(b.constData()) % BodyBuffer::alignment, quintptr(0));
        QCOMPARE(b.view().first(8), QByteArrayView("{\"ids\":["));
        QCOMPARE(b.view().sliced(8), QByteArrayView(big));
        const char *kept = b.constData();
        b.clear();
        QCOMPARE(b.size(), 0);
        b.append("x", 1);
        QCOMPARE(b.constData(), kept); // the memory is reused
    }

    void write_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<bool>("aligned");
        for (qsizetype size :
             {qsizetype(0), qsizetype(10), qsizetype((1 << 20) - 1), qsizetype(1 << 20),
              qsizetype((1 << 20) + 4097), qsizetype((3 << 20) + 123)}) {
            QTest::addRow("%lld bytes, aligned", qlonglong(size)) << size << true;
            QTest::addRow("%lld bytes, not aligned", qlonglong(size)) << size << false;
        }
    }
    void write()
    {
        QFETCH(qsizetype, size);
        QFETCH(bool, aligned);
        const QByteArray bytes = pattern(size);
        BodyBuffer buffer;
        buffer.append(bytes);
        QByteArray shifted = " " + bytes; // one byte in: not at a 4 KiB boundary
        const QByteArrayView body = aligned ? buffer.view() : QByteArrayView(shifted).sliced(1);
        const QString path
            = m_dir.filePath(QStringLiteral("payload-%1-%2.json").arg(size).arg(aligned));
        QCOMPARE(BodyFile::write(path, body), QString());
        QCOMPARE(readBack(path), bytes);
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // Written again over itself: replaced whole, nothing left beside it.
        const QByteArray shorter = pattern(size / 2);
        QCOMPARE(BodyFile::write(path, shorter), QString());
        QCOMPARE(readBack(path), shorter);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files),
                 QStringList());
    }

    void unwritable()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing/payload-0001.json"));
        QVERIFY(!BodyFile::write(path, pattern(2 << 20)).isEmpty());
        QVERIFY(!BodyFile::write(path, pattern(10)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBodyFile)
#include "tst_bodyfile.moc"
