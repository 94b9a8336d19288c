// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/ChunkWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Re-cutting the bodies: the entries set aside come back in their place unless superseded,
// the bodies are cut again at the chunk size, and a body changed on disk meanwhile stops the
// re-cut with its name rather than being read past its end.
class TestChunkWriter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QByteArray entry(char id) { return QByteArray("{\"id\":\"") + id + "\"}"; }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void asideEntriesComeBackInPlace()
    {
        for (const auto layout : {ChunkWriter::Layout::ReplaceFirst, ChunkWriter::Layout::Update}) {
            const QString dir = m_dir.filePath(QStringLiteral("aside-%1").arg(int(layout)));
            QVERIFY(QDir().mkpath(dir));
            ChunkWriter writer(dir, 2, true, layout);
            // a b [c] d [e] f: c and e set aside; then c is superseded, e is not.
            for (char id : {'a', 'b', 'c', 'd', 'e', 'f'}) {
                const QByteArray e = entry(id);
                if (id == 'c' || id == 'e')
                    writer.setAside(e.constData(), e.size());
                else
                    QVERIFY(writer.add(e.constData(), e.size()));
            }
            QVERIFY(writer.finish());
            QCOMPARE(writer.chunks().size(), 2); // a b | d f
            const std::vector<bool> guessed {false, false, true, false, true, false};
            QVERIFY(writer.isFinal(guessed));
            const std::vector<bool> superseded {false, false, true, false, false, false};
            QVERIFY(!writer.isFinal(superseded));
            QVERIFY2(writer.rewriteWithout(superseded), qPrintable(writer.errorString()));
            QCOMPARE(writer.chunks().size(), 3); // a b | d e | f
            const bool plain = layout == ChunkWriter::Layout::ReplaceFirst;
            const QByteArray add = "{\"action\":\"add\",";
            QCOMPARE(read(writer.chunks().at(0).path),
                     plain ? QByteArray("{\"ids\":[{\"id\":\"a\"},{\"id\":\"b\"}]}")
                           : "{\"ids\":[" + add + "\"id\":\"a\"}," + add + "\"id\":\"b\"}]}");
            QCOMPARE(read(writer.chunks().at(1).path),
                     "{\"ids\":[" + add + "\"id\":\"d\"}," + add + "\"id\":\"e\"}]}");
            QCOMPARE(read(writer.chunks().at(2).path), "{\"ids\":[" + add + "\"id\":\"f\"}]}");
            QCOMPARE(writer.chunks().at(2).ids, 1);
            QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 3); // the old bodies are gone
            QCOMPARE(writer.sizes().size(), size_t(5));
        }
    }

    void aBodyChangedMeanwhileStopsTheRecut()
    {
        const QString dir = m_dir.filePath(QStringLiteral("changed"));
        QVERIFY(QDir().mkpath(dir));
        ChunkWriter writer(dir, 2);
        for (char id : {'a', 'b', 'c', 'd'})
            QVERIFY(writer.add(entry(id).constData(), entry(id).size()));
        QVERIFY(writer.finish());
        QFile second(writer.chunks().at(1).path);
        QVERIFY(second.resize(10)); // "{"ids":[{"" : its entries would be read past its end
        QVERIFY(!writer.rewriteWithout({true, false, false, false}));
        QVERIFY2(writer.errorString().contains(QStringLiteral("payload-0002.json")),
                 qPrintable(writer.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestChunkWriter)
#include "tst_chunkwriter.moc"
