// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "browse/AudienceTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

class TestAudienceTableModel : public QObject
{
    Q_OBJECT
private:
    static AudienceInfo audience(const QString &name, qint64 ids, const QString &created)
    {
        AudienceInfo info;
        info.name = name;
        info.type = QStringLiteral("install_ids");
        info.description = name + QStringLiteral(" description");
        info.idCount = ids;
        info.created = QDateTime::fromString(created, Qt::ISODate);
        info.created.setTimeSpec(Qt::UTC);
        info.updated = info.created.addSecs(3600);
        return info;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void passesModelTester()
    {
        AudienceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAudiences(
            {audience(QStringLiteral("a"), 1, QStringLiteral("2026-01-01T10:00:00")),
             audience(QStringLiteral("b"), 2, QStringLiteral("2026-01-02T10:00:00"))});
        QCOMPARE(model.rowCount(), 2);
        model.setAudiences({});
        QCOMPARE(model.rowCount(), 0);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setAudiences(
            {audience(QStringLiteral("c"), 3, QStringLiteral("2026-01-03T10:00:00"))});
        QCOMPARE(proxy.rowCount(), 1);
    }

    void appendingKeepsASortedFilteredViewInOrder()
    {
        // How a search grows its model: rows inserted, never a reset.
        AudienceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(AudienceTableModel::UnderlyingDataRole);
        proxy.setFilterKeyColumn(AudienceTableModel::Name);
        proxy.setFilterFixedString(QStringLiteral("vip"));
        proxy.sort(AudienceTableModel::Ids, Qt::DescendingOrder);
        model.setAudiences(
            {audience(QStringLiteral("vip_a"), 5, QStringLiteral("2026-01-01T10:00:00")),
             audience(QStringLiteral("other"), 9, QStringLiteral("2026-01-02T10:00:00"))});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendAudiences(
            {audience(QStringLiteral("vip_b"), 7, QStringLiteral("2026-01-03T10:00:00")),
             audience(QStringLiteral("vip_c"), 1, QStringLiteral("2026-01-04T10:00:00"))});
        model.appendAudiences({});
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(QStringLiteral("vip_c")), 3);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, AudienceTableModel::Name).data().toString();
        QCOMPARE(shown,
                 (QStringList {QStringLiteral("vip_b"), QStringLiteral("vip_a"),
                               QStringLiteral("vip_c")}));
    }

    void displayAndRawData()
    {
        AudienceTableModel model;
        model.setAudiences(
            {audience(QStringLiteral("vip_fr"), 1234567, QStringLiteral("2026-03-04T05:06:07"))});
        QCOMPARE(model.columnCount(), int(AudienceTableModel::ColumnCount));
        QCOMPARE(model.index(0, AudienceTableModel::Name).data().toString(),
                 QStringLiteral("vip_fr"));
        QCOMPARE(model.index(0, AudienceTableModel::Type).data().toString(),
                 QStringLiteral("Install IDs"));
        QCOMPARE(model.index(0, AudienceTableModel::Ids).data().toString(),
                 QStringLiteral("1,234,567"));
        QCOMPARE(model.index(0, AudienceTableModel::Ids)
                     .data(AudienceTableModel::UnderlyingDataRole)
                     .toLongLong(),
                 1234567);
        const QModelIndex created = model.index(0, AudienceTableModel::Created);
        QCOMPARE(created.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2026-03-04T05:06:07 UTC"));
        QCOMPARE(created.data(AudienceTableModel::UnderlyingDataRole).toDateTime().toUTC(),
                 QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC));
        QVERIFY(!created.data().toString().isEmpty());
        QCOMPARE(model.headerData(AudienceTableModel::Ids, Qt::Horizontal).toString(),
                 QStringLiteral("IDs"));
        QCOMPARE(model.rowOf(QStringLiteral("vip_fr")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("missing")), -1);
    }

    void sortsOnRawValuesNotText()
    {
        AudienceTableModel model;
        model.setAudiences(
            {audience(QStringLiteral("small"), 9, QStringLiteral("2026-01-01T00:00:00")),
             audience(QStringLiteral("big"), 10000, QStringLiteral("2025-01-01T00:00:00")),
             audience(QStringLiteral("mid"), 100, QStringLiteral("2027-01-01T00:00:00"))});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(AudienceTableModel::UnderlyingDataRole);
        proxy.sort(AudienceTableModel::Ids, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("small"));
        QCOMPARE(proxy.index(2, 0).data().toString(),
                 QStringLiteral("big")); // "10,000" < "9" as text
        proxy.sort(AudienceTableModel::Created, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("mid"));
    }
};

QTEST_GUILESS_MAIN(TestAudienceTableModel)
#include "tst_audiencetablemodel.moc"
