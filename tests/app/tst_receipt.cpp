#include "AppFixture.h"
#include "EscPosEncoder.h"
#include "Receipt.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Receipt sample(PaymentMethod method)
{
    OrderDraft draft = OrderDraft::create(
        method, testCart({{testItem(u"a"_s, 4500), 2}, {testItem(u"b"_s, 250), 3}}));
    draft.tendered = Money::fromFrancs(10000);
    draft.change = Money::fromFrancs(250);
    OrderUpdate update;
    update.reference = u"LGD-778899"_s;
    update.operatorName = u"ORANGE BURKINA"_s;
    Receipt receipt = Receipt::fromSale(draft, update);
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
    void ligdicash_showsOperatorAndReference_data();
    void ligdicash_showsOperatorAndReference();
    void ligdicash_longReference_isSplitNeverCut();
    void escPos_ligdicashCarriesReferenceAndOperator();
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
    const QStringList lines = sample(PaymentMethod::Cash).textLines(columns);
    for (const QString &line : lines)
        QVERIFY2(line.size() <= columns, qPrintable(line));
    QVERIFY(lines.join(u'\n').contains(u"9\u00A0750\u00A0FCFA"_s)); // 9 000 + 750
}

void TestReceipt::cash_showsTenderedAndChange()
{
    const QString text = sample(PaymentMethod::Cash).textLines(48).join(u'\n');
    QVERIFY(text.contains(u"10\u00A0000\u00A0FCFA"_s));
    QVERIFY(text.contains(u"250\u00A0FCFA"_s));
    QVERIFY(text.contains(u"Awa Ouédraogo"_s));
    QVERIFY(text.contains(u"Caisse 1"_s));
    QVERIFY(!text.contains(u"LGD-778899"_s));
}

void TestReceipt::ligdicash_showsOperatorAndReference_data()
{
    textLines_fitTheColumns_data();
}

void TestReceipt::ligdicash_showsOperatorAndReference()
{
    QFETCH(int, columns);
    const QStringList lines = sample(PaymentMethod::LigdiCash).textLines(columns);
    const QString text = lines.join(u'\n');
    for (const QString &line : lines)
        QVERIFY2(line.size() <= columns, qPrintable(line));
    QVERIFY(text.contains(u"LigdiCash"_s));
    QVERIFY(text.contains(u"ORANGE BURKINA"_s));
    QVERIFY(text.contains(u"Operator"_s));
    QVERIFY(text.contains(u"LGD-778899"_s));
    QVERIFY(!text.contains(u"Change"_s));

    // Cash receipts have neither line, whatever the update says.
    const QString cash = sample(PaymentMethod::Cash).textLines(columns).join(u'\n');
    QVERIFY(!cash.contains(u"ORANGE BURKINA"_s));
}

void TestReceipt::ligdicash_longReference_isSplitNeverCut()
{
    Receipt receipt = sample(PaymentMethod::LigdiCash);
    receipt.reference = u"LGD-2026-0415-1119-ORANGE-BF-000123456789"_s; // 41 characters
    const QStringList lines = receipt.textLines(32);
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 32, qPrintable(line));
    const qsizetype label = lines.indexOf(u"Reference"_s);
    QVERIFY(label > 0);
    QCOMPARE(QString(lines.at(label + 1).trimmed() + lines.at(label + 2).trimmed()),
             receipt.reference);
}

void TestReceipt::escPos_ligdicashCarriesReferenceAndOperator()
{
    const QByteArray bytes =
        EscPosEncoder::encode(sample(PaymentMethod::LigdiCash), EscPosEncoder::Paper::Mm58);
    QVERIFY(bytes.contains("LGD-778899"));
    QVERIFY(bytes.contains("ORANGE BURKINA"));
    QVERIFY(bytes.contains("LigdiCash"));
}

void TestReceipt::escPos_initCodePageAccentsAndCut()
{
    const QByteArray bytes =
        EscPosEncoder::encode(sample(PaymentMethod::Cash), EscPosEncoder::Paper::Mm58);
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
