// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/EntryDigests.h"
#include "import/JsonText.h"
#include "import/Sha256.h"
#include "import/TagNormalizer.h"
#include "import/ValueConverter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTest>

// The hand-written fast paths of the checking give what the Qt-based ways they replace
// give: ISO dates without QDateTime when no offset is written, tags without a QString per
// tag and row.
class TestValueFastPaths : public QObject
{
    Q_OBJECT
private:
    static QStringList list(std::initializer_list<const char *> items)
    {
        QStringList out;
        for (const char *item : items)
            out << QString::fromUtf8(item);
        return out;
    }
    static QString viaQt(const QString &cell)
    {
        // The way before the fast path: QDate and QTime say what is valid.
        const int y = cell.left(4).toInt(), mo = cell.mid(5, 2).toInt(), d = cell.mid(8, 2).toInt();
        const QDate date(y, mo, d);
        if (!date.isValid())
            return QStringLiteral("<invalid>");
        return date.toString(QStringLiteral("\"yyyy-MM-ddT00:00:00\""));
    }

private slots:
    void datesAsQDateSays()
    {
        for (int y : {0, 1, 4, 100, 400, 1582, 1900, 2000, 2023, 2024, 2100, 9999}) {
            for (int mo = 0; mo <= 13; ++mo) {
                for (int d = 0; d <= 32; ++d) {
                    const QString cell = QStringLiteral("%1-%2-%3")
                                             .arg(y, 4, 10, QLatin1Char('0'))
                                             .arg(mo, 2, 10, QLatin1Char('0'))
                                             .arg(d, 2, 10, QLatin1Char('0'));
                    QByteArray out;
                    const QString why
                        = ValueConverter::append(out, AttributeType::Date, cell, {}, {});
                    const QString got
                        = why.isEmpty() ? QString::fromUtf8(out) : QStringLiteral("<invalid>");
                    QCOMPARE(got, viaQt(cell));
                }
            }
        }
    }
    void timesAndOffsets_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("json"); // empty: refused
        QTest::newRow("time") << "2024-02-29T23:59:59"
                              << "\"2024-02-29T23:59:59\"";
        QTest::newRow("hour 24") << "2024-02-29T24:00:00"
                                 << "";
        QTest::newRow("minute 60") << "2024-02-29T10:60"
                                   << "";
        QTest::newRow("second 60") << "2024-02-29T10:00:60"
                                   << "";
        QTest::newRow("Z and fraction") << "2024-03-01 08:07:06.123Z"
                                        << "\"2024-03-01T08:07:06\"";
        QTest::newRow("zero offset") << "2024-03-01T08:07+00:00"
                                     << "\"2024-03-01T08:07:00\"";
        QTest::newRow("offset across a leap day") << "2024-03-01T01:00:00+02:00"
                                                  << "\"2024-02-29T23:00:00\"";
        QTest::newRow("negative offset across a year") << "2023-12-31T23:30-01"
                                                       << "\"2024-01-01T00:30:00\"";
    }
    void timesAndOffsets()
    {
        QFETCH(QString, cell);
        QFETCH(QString, json);
        QByteArray out;
        const QString why = ValueConverter::append(out, AttributeType::Date, cell, {}, {});
        QCOMPARE(why.isEmpty() ? QString::fromUtf8(out) : QString(), json);
        QDateTime utc;
        QCOMPARE(ValueConverter::parseIsoDateTime(cell, &utc), !json.isEmpty());
    }

    // JSON strings: eight ASCII characters at a time until one needs a look, wherever it is.
    void jsonStringsAnyPosition()
    {
        auto reference = [](const QString &text) -> QByteArray {
            QByteArray out = "\"";
            for (QChar c : text) {
                const char16_t u = c.unicode();
                if (u == u'"' || u == u'\\')
                    out += '\\', out += char(u);
                else if (u == u'\n')
                    out += "\\n";
                else if (u < 0x20)
                    out += "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
                else
                    out += QString(c).toUtf8();
            }
            return out + "\"";
        };
        const QList<QChar> specials {u'"',          u'\\',         u'\n',
                                     QChar(1),      QChar(0x7F),   QChar(0xE9),
                                     QChar(0x20AC), QChar(0x8000), QChar(0xFFFD)};
        for (int length = 0; length <= 21; ++length) {
            const QString plain(length, u'a');
            QByteArray out;
            JsonText::appendString(out, plain);
            QCOMPARE(out, reference(plain));
            for (int at = 0; at < length; ++at) {
                for (QChar special : specials) {
                    QString text = plain;
                    text[at] = special;
                    QByteArray got = "prefix";
                    JsonText::appendString(got, text);
                    QCOMPARE(got, "prefix" + reference(text));
                }
            }
        }
    }

    // The bodies' and files' SHA-256 (libcrypto when built with it) is QCryptographicHash's.
    void sha256AsQtSays()
    {
        QByteArray data;
        for (int size : {0, 1, 55, 56, 63, 64, 65, 1000, 1 << 20}) {
            data.resize(size);
            for (int i = 0; i < size; ++i)
                data[i] = char((i * 7919 + size) & 0xFF);
            const QString qt = QString::fromLatin1(
                QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
            QCOMPARE(Sha256::hex(data), qt);
            Sha256 pieces; // fed in pieces, as a file is
            for (qsizetype at = 0; at < data.size(); at += 777)
                pieces.addData(QByteArrayView(data).sliced(at, qMin<qsizetype>(777, size - at)));
            QCOMPARE(pieces.hex(), qt);
        }
    }

    // Four entries hashed side by side give each one's own hash, whatever their sizes.
    void entryDigestsFourAtOnce()
    {
        const QByteArray text = "{\"id\":\"a\",\"attributes\":{\"n\":1}} and more bytes é";
        for (int a = 0; a < 8; ++a) {
            for (int b : {0, 3, 17, int(text.size())}) {
                const qsizetype size[4] = {a, b, text.size() - a, 5};
                const char *data[4] = {text.constData(), text.constData() + 1, text.constData() + a,
                                       text.constData() + 2};
                quint64 out[4];
                EntryDigests::hash4(data, size, out);
                for (int k = 0; k < 4; ++k)
                    QCOMPARE(out[k], EntryDigests::hash(data[k], size[k]));
            }
        }
        QCOMPARE(EntryDigests::hash("a", 1), 0xaf63dc4c8601ec8cull); // FNV-1a's own value
    }

    void tagsAsAddTagsSays_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QStringList>("constant");
        QTest::newRow("plain") << list({"VIP|fr| beta |"}) << "|" << QStringList();
        QTest::newRow("duplicates and constants")
            << list({"A|a|B", "b|C|promo"}) << "|" << list({"promo", "x"});
        QTest::newRow("unicode") << list({"ÉTÉ|été|İstanbul|ΣΟΦΙΑ|Straße"}) << "|" << QStringList();
        QTest::newRow("too long") << QStringList {QString(65, u'A') + QStringLiteral("|ok|")
                                                  + QString(70, u'é')}
                                  << "|" << QStringList();
        QTest::newRow("two-character separator") << list({"a::b:::c::"}) << "::" << QStringList();
        QTest::newRow("no separator") << list({"  Whole Cell | Kept  "}) << "" << QStringList();
        QTest::newRow("empty") << list({"", "|||"}) << "|" << QStringList();
    }
    void tagsAsAddTagsSays()
    {
        QFETCH(QStringList, cells);
        QFETCH(QString, separator);
        QFETCH(QStringList, constant);
        TagNormalizer::RowTags fast;
        fast.fixed = constant;
        for (int round = 0; round < 2; ++round) { // the buffers reused by a second row
            QStringList slow = constant;
            QStringList problems, fastProblems;
            fast.used = 0;
            for (const QString &cell : cells) {
                problems << TagNormalizer::addTags(slow, cell, separator);
                fastProblems << TagNormalizer::addTags(fast, cell, separator);
            }
            QStringList got = fast.fixed;
            for (qsizetype i = 0; i < fast.used; ++i)
                got << fast.buffers[size_t(i)];
            QCOMPARE(got, slow);
            QCOMPARE(fastProblems, problems);
        }
    }
};

QTEST_GUILESS_MAIN(TestValueFastPaths)
#include "tst_valuefastpaths.moc"
