#include "CatalogModel.h"
#include "UiFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCatalogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void filter_bySearchAndCategory();
    void paging_fetchesMoreOnDemand();
    void catalogRefresh_reloads();
};

void TestCatalogModel::filter_bySearchAndCategory()
{
    UiFixture f;
    CatalogModel model(&f.terminal->catalog());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    model.setFilter(u"riz"_s, {});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.item(0).id(), u"epi-010"_s);
    QCOMPARE(model.index(0).data(CatalogModel::ItemRole).value<Product>().unitPrice(),
             Money::fromFrancs(4500));
    model.setFilter({}, u"Boissons"_s);
    QCOMPARE(model.rowCount(), 2);
    model.setFilter(u"caf"_s, u"Boissons"_s);
    QCOMPARE(model.rowCount(), 0);
}

void TestCatalogModel::paging_fetchesMoreOnDemand()
{
    UiFixture f;
    QList<Product> many;
    for (int i = 0; i < 150; ++i)
        many.append(Product{u"p%1"_s.arg(i, 3, 10, QChar(u'0')), u"S%1"_s.arg(i),
                            u"%1"_s.arg(1000 + i), u"Article %1"_s.arg(i, 3, 10, QChar(u'0')),
                            u"Divers"_s, Money::fromFrancs(100)});
    QVERIFY(f.terminal->catalog().replaceAll(many));
    CatalogModel model(&f.terminal->catalog());
    QCOMPARE(model.rowCount(), CatalogModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * CatalogModel::kPageSize);
    QCOMPARE(inserted.size(), 1);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 150);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.item(149).name(), u"Article 149"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(u"article"_s, {});
    QCOMPARE(model.rowCount(), CatalogModel::kPageSize);
}

void TestCatalogModel::catalogRefresh_reloads()
{
    UiFixture f;
    CatalogModel model(&f.terminal->catalog());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(f.terminal->catalog().replaceAll({UiFixture::shop().first()}));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
