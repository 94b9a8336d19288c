// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/RecentMappings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The mappings the wizard offers again: per profile and audience, newest first, only
// those that fit the file, bounded, and surviving a restart (a new QSettings).
class TestRecentMappings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("recent.ini")); }

    static ColumnMapping mapping(const QString &id, const QString &attribute,
                                 const QString &tagColumn = {})
    {
        ColumnMapping m;
        m.idColumn = id;
        m.attributes = {{attribute, attribute.toLower(), AttributeType::Int, {}, true}};
        if (!tagColumn.isEmpty())
            m.tagColumns = {{tagColumn, QStringLiteral(";")}};
        m.constantTags = {QStringLiteral("spring")};
        return m;
    }
    static QDateTime at(int minute)
    {
        return QDateTime(QDate(2026, 11, 1), QTime(10, minute), Qt::UTC);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(iniPath());
    }

    void rememberedPerProfileAndAudience()
    {
        {
            QSettings s(iniPath(), QSettings::IniFormat);
            RecentMappings recent(&s);
            recent.remember(QStringLiteral("p1"), QStringLiteral("vip"),
                            mapping(QStringLiteral("install_id"), QStringLiteral("Age")), at(1));
            recent.remember(QStringLiteral("p2"), QStringLiteral("vip"),
                            mapping(QStringLiteral("id"), QStringLiteral("Score")), at(2));
            // Names that differ by case only are different audiences.
            recent.remember(QStringLiteral("p1"), QStringLiteral("VIP"),
                            mapping(QStringLiteral("id"), QStringLiteral("Other")), at(3));
        }
        QSettings s(iniPath(), QSettings::IniFormat); // as after a restart
        RecentMappings recent(&s);
        QCOMPARE(recent.lastFor(QStringLiteral("p1"), QStringLiteral("vip")),
                 mapping(QStringLiteral("install_id"), QStringLiteral("Age")));
        QCOMPARE(recent.lastFor(QStringLiteral("p2"), QStringLiteral("vip")),
                 mapping(QStringLiteral("id"), QStringLiteral("Score")));
        QCOMPARE(
            recent.lastFor(QStringLiteral("p1"), QStringLiteral("VIP"))->attributes.at(0).column,
            QStringLiteral("Other"));
        QVERIFY(!recent.lastFor(QStringLiteral("p3"), QStringLiteral("vip")));
        QVERIFY(!recent.lastFor(QStringLiteral("p1"), QStringLiteral("nobody")));
    }

    void newestFirstAndReplacedOnReuse()
    {
        QSettings s(iniPath(), QSettings::IniFormat);
        RecentMappings recent(&s);
        const QString p = QStringLiteral("p");
        recent.remember(p, QStringLiteral("a"), mapping(QStringLiteral("id"), QStringLiteral("x")),
                        at(1));
        recent.remember(p, QStringLiteral("b"), mapping(QStringLiteral("id"), QStringLiteral("y")),
                        at(2));
        recent.remember(p, QStringLiteral("a"), mapping(QStringLiteral("id"), QStringLiteral("z")),
                        at(3));
        const auto list = recent.entries(p);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).audience, QStringLiteral("a"));
        QCOMPARE(list.at(0).usedAt, at(3));
        QCOMPARE(list.at(0).mapping.attributes.at(0).column, QStringLiteral("z"));
        QCOMPARE(list.at(1).audience, QStringLiteral("b"));
    }

    void boundedPerProfile()
    {
        QSettings s(iniPath(), QSettings::IniFormat);
        RecentMappings recent(&s);
        for (int i = 0; i < RecentMappings::maxPerProfile + 5; ++i)
            recent.remember(QStringLiteral("p"), QStringLiteral("a%1").arg(i),
                            mapping(QStringLiteral("id"), QStringLiteral("x")), at(0).addSecs(i));
        const auto list = recent.entries(QStringLiteral("p"));
        QCOMPARE(list.size(), RecentMappings::maxPerProfile);
        QCOMPARE(list.first().audience,
                 QStringLiteral("a%1").arg(RecentMappings::maxPerProfile + 4));
        QVERIFY(!recent.lastFor(QStringLiteral("p"), QStringLiteral("a4"))); // the oldest went
        QVERIFY(recent.lastFor(QStringLiteral("p"), QStringLiteral("a5")));
    }

    void onlyMappingsThatFitTheFile()
    {
        const QStringList header {QStringLiteral("Install_ID"), QStringLiteral("age"),
                                  QStringLiteral("tags")};
        QVERIFY(RecentMappings::fits(
            mapping(QStringLiteral("install_id"), QStringLiteral("AGE"), QStringLiteral("tags")),
            header));
        QVERIFY(RecentMappings::fits(mapping(QStringLiteral("1"), QStringLiteral("2")), header));
        QVERIFY(!RecentMappings::fits(mapping(QStringLiteral("id"), QStringLiteral("age")),
                                      header)); // no "id" column
        QVERIFY(!RecentMappings::fits(mapping(QStringLiteral("install_id"), QStringLiteral("4")),
                                      header)); // a 4th column
        QVERIFY(!RecentMappings::fits(
            mapping(QStringLiteral("install_id"), QStringLiteral("age"), QStringLiteral("labels")),
            header));
        ColumnMapping excluded = mapping(QStringLiteral("install_id"), QStringLiteral("missing"));
        excluded.attributes[0].included = false; // not read, so it does not matter
        QVERIFY(RecentMappings::fits(excluded, header));

        QSettings s(iniPath(), QSettings::IniFormat);
        RecentMappings recent(&s);
        recent.remember(QStringLiteral("p"), QStringLiteral("fits"),
                        mapping(QStringLiteral("install_id"), QStringLiteral("age")), at(1));
        recent.remember(QStringLiteral("p"), QStringLiteral("other_file"),
                        mapping(QStringLiteral("email"), QStringLiteral("age")), at(2));
        const auto fitting = recent.fitting(QStringLiteral("p"), header);
        QCOMPARE(fitting.size(), 1);
        QCOMPARE(fitting.first().audience, QStringLiteral("fits"));
    }

    void damagedEntriesAreSkipped()
    {
        QSettings s(iniPath(), QSettings::IniFormat);
        s.setValue(QStringLiteral("recentMappings/p"),
                   QByteArray(R"([{"audience":"x","mapping":{"audience_desk_mapping":99}},)"
                              R"({"audience":"y","used_at":"2026-11-01T10:00:00Z",)"
                              R"("mapping":{"audience_desk_mapping":1,"id_column":"id"}}])"));
        RecentMappings recent(&s);
        const auto list = recent.entries(QStringLiteral("p"));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().audience, QStringLiteral("y"));
        s.setValue(QStringLiteral("recentMappings/q"), QByteArray("not json"));
        QVERIFY(recent.entries(QStringLiteral("q")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecentMappings)
#include "tst_recentmappings.moc"
