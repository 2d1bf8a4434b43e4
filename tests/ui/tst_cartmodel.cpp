#include "CartModel.h"
#include "UiFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCartModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void followsTheSale_withRowSignals();
    void typedQuantity_goesThroughTheController();
    void lockedCart_isNotEditable();
    void columns_showMoneyAndQuantity();
};

void TestCartModel::followsTheSale_withRowSignals()
{
    UiFixture f;
    SaleController &sale = f.terminal->sale();
    CartModel model(&sale);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const auto shop = UiFixture::shop();
    sale.addItem(shop.at(0));
    sale.addItem(shop.at(1));
    sale.addItem(shop.at(0));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    sale.removeLine(0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.index(0, CartModel::NameColumn).data().toString(), shop.at(1).name());
    sale.hold();
    QCOMPARE(model.rowCount(), 0);
}

void TestCartModel::typedQuantity_goesThroughTheController()
{
    UiFixture f;
    SaleController &sale = f.terminal->sale();
    CartModel model(&sale);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    sale.addItem(UiFixture::shop().at(0));
    const QModelIndex quantity = model.index(0, CartModel::QuantityColumn);
    QVERIFY(model.flags(quantity) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, CartModel::NameColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.setData(quantity, 7));
    QCOMPARE(sale.lines().first().quantity, 7);
    QCOMPARE(quantity.data().toInt(), 7);
    QVERIFY(!model.setData(quantity, u"beaucoup"_s));
    QVERIFY(!model.setData(quantity, 100000));
    QCOMPARE(sale.lines().first().quantity, 7);
    QVERIFY(model.setData(quantity, 0)); // zero removes the line
    QCOMPARE(model.rowCount(), 0);
}

void TestCartModel::lockedCart_isNotEditable()
{
    UiFixture f;
    SaleController &sale = f.terminal->sale();
    CartModel model(&sale);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    sale.addItem(UiFixture::shop().at(0));
    sale.payByLigdiCash();
    const QModelIndex quantity = model.index(0, CartModel::QuantityColumn);
    QVERIFY(!(model.flags(quantity) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(quantity, 3));
    QCOMPARE(sale.lines().first().quantity, 1);
}

void TestCartModel::columns_showMoneyAndQuantity()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::BurkinaFaso));
    UiFixture f;
    SaleController &sale = f.terminal->sale();
    CartModel model(&sale);
    sale.addItem(UiFixture::shop().at(2), 3);
    QCOMPARE(model.columnCount(), int(CartModel::ColumnCount));
    QCOMPARE(model.index(0, CartModel::UnitPriceColumn).data().toString(),
             u"4\u00A0500\u00A0FCFA"_s);
    QCOMPARE(model.index(0, CartModel::TotalColumn).data().toString(), u"13\u00A0500\u00A0FCFA"_s);
    QCOMPARE(model.index(0, CartModel::QuantityColumn).data().toInt(), 3);
    QVERIFY(!model.headerData(CartModel::QuantityColumn, Qt::Horizontal).toString().isEmpty());
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestCartModel)
#include "tst_cartmodel.moc"
