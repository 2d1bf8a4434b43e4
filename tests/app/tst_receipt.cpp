#include "AppFixture.h"
#include "EscPosEncoder.h"
#include "Receipt.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Receipt sample(OrderDraft::Method method)
{
    auto draft = OrderDraft::create(method, {SaleLine::fromItem(testItem(u"a"_s, 4500), 2),
                                             SaleLine::fromItem(testItem(u"b"_s, 250), 3)});
    draft->tendered = Money::fromFrancs(10000);
    draft->change = Money::fromFrancs(250);
    OrderUpdate update;
    update.reference = u"LGD-778899"_s;
    update.operatorName = u"ORANGE BURKINA"_s;
    Receipt receipt = Receipt::fromSale(*draft, update);
    receipt.shopName = u"Boutique Wend-Kuni"_s;
    receipt.shopAddress = u"Avenue Kwamé N'Krumah, Ouagadougou"_s;
    receipt.terminalName = u"Caisse 1"_s;
    receipt.cashierName = u"Awa Ouédraogo"_s;
    receipt.lines[0].name = u"Riz parfumé 5 kg — sac"_s;
    return receipt;
}
} // namespace

class TestReceipt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::BurkinaFaso));
    }
    void textLines_fitTheColumns_data();
    void textLines_fitTheColumns();
    void cash_showsTenderedAndChange();
    void ligdicash_showsOperatorAndReference();
    void escPos_initCodePageAccentsAndCut();
};

void TestReceipt::textLines_fitTheColumns_data()
{
    QTest::addColumn<int>("columns");
    QTest::newRow("58 mm") << 32;
    QTest::newRow("80 mm") << 48;
}

void TestReceipt::textLines_fitTheColumns()
{
    QFETCH(int, columns);
    const QStringList lines = sample(OrderDraft::Method::Cash).textLines(columns);
    for (const QString &line : lines)
        QVERIFY2(line.size() <= columns, qPrintable(line));
    QVERIFY(lines.join(u'\n').contains(u"9\u00A0750\u00A0FCFA"_s)); // 9 000 + 750
}

void TestReceipt::cash_showsTenderedAndChange()
{
    const QString text = sample(OrderDraft::Method::Cash).textLines(48).join(u'\n');
    QVERIFY(text.contains(u"10\u00A0000\u00A0FCFA"_s));
    QVERIFY(text.contains(u"250\u00A0FCFA"_s));
    QVERIFY(text.contains(u"Awa Ouédraogo"_s));
    QVERIFY(text.contains(u"Caisse 1"_s));
    QVERIFY(!text.contains(u"LGD-778899"_s));
}

void TestReceipt::ligdicash_showsOperatorAndReference()
{
    const QString text = sample(OrderDraft::Method::LigdiCash).textLines(48).join(u'\n');
    QVERIFY(text.contains(u"LigdiCash ORANGE BURKINA"_s));
    QVERIFY(text.contains(u"LGD-778899"_s));
}

void TestReceipt::escPos_initCodePageAccentsAndCut()
{
    const QByteArray bytes =
        EscPosEncoder::encode(sample(OrderDraft::Method::Cash), EscPosEncoder::Paper::Mm58);
    QVERIFY(bytes.startsWith(QByteArray("\x1B\x40\x1B\x74\x13", 5)));
    QVERIFY(bytes.endsWith(QByteArray("\x1D\x56\x42\x00", 4)));
    QVERIFY(bytes.contains(QByteArray("Ou\x82"
                                      "draogo")));                // é in PC858
    QVERIFY(bytes.contains(QByteArray("parfum\x82 5 kg - sac"))); // em dash -> "-"
    QCOMPARE(EscPosEncoder::toCp858(u"Œuf à 100\u00A0F, façon «maison» €"_s),
             QByteArray("OEuf \x85 100 F, fa\x87on \xAEmaison\xAF \xD5"));
    for (const char c : bytes.mid(5, bytes.size() - 12))
        QVERIFY(c != '?');
}

QTEST_GUILESS_MAIN(TestReceipt)
#include "tst_receipt.moc"
