#include "Money.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void parse_acceptsWhatCashiersType_data();
    void parse_acceptsWhatCashiersType();
    void parse_refusesAmbiguousOrInvalid_data();
    void parse_refusesAmbiguousOrInvalid();
    void arithmetic_overflowIsAnErrorNotAWrap();
    void arithmetic_inRangeIsExact();
    void comparison();
};

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("francs");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fr 15000") << qint64(15000) << u"fr_BF"_s << u"15\u00A0000\u00A0FCFA"_s;
    QTest::newRow("fr 0") << qint64(0) << u"fr_FR"_s << u"0\u00A0FCFA"_s;
    QTest::newRow("fr 999") << qint64(999) << u"fr_BF"_s << u"999\u00A0FCFA"_s;
    QTest::newRow("fr 1000") << qint64(1000) << u"fr_BF"_s << u"1\u00A0000\u00A0FCFA"_s;
    QTest::newRow("fr million") << qint64(1250000) << u"fr_BF"_s << u"1\u00A0250\u00A0000\u00A0FCFA"_s;
    QTest::newRow("fr negative") << qint64(-500) << u"fr_BF"_s << u"-500\u00A0FCFA"_s;
    QTest::newRow("fr negative grouped") << qint64(-1500) << u"fr_BF"_s
                                         << u"-1\u00A0500\u00A0FCFA"_s;
    QTest::newRow("en 15000") << qint64(15000) << u"en_US"_s << u"XOF\u00A015,000"_s;
    QTest::newRow("en negative") << qint64(-2500) << u"en_GB"_s << u"XOF\u00A0-2,500"_s;
    QTest::newRow("de falls back to en") << qint64(100) << u"de_DE"_s << u"XOF\u00A0100"_s;
    QTest::newRow("min int64") << std::numeric_limits<qint64>::min() << u"en_US"_s
                               << u"XOF\u00A0-9,223,372,036,854,775,808"_s;
}

void TestMoney::format()
{
    QFETCH(qint64, francs);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromFrancs(francs).toString(QLocale(language)), expected);
}

void TestMoney::parse_acceptsWhatCashiersType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("francs");

    QTest::newRow("plain") << u"15000"_s << qint64(15000);
    QTest::newRow("space group") << u"15 000"_s << qint64(15000);
    QTest::newRow("nbsp group") << u"15\u00A0000"_s << qint64(15000);
    QTest::newRow("narrow nbsp group") << u"15\u202F000"_s << qint64(15000);
    QTest::newRow("dot group") << u"15.000"_s << qint64(15000);
    QTest::newRow("comma group") << u"15,000"_s << qint64(15000);
    QTest::newRow("millions") << u"1 250 000"_s << qint64(1250000);
    QTest::newRow("surrounding spaces") << u"  500 "_s << qint64(500);
    QTest::newRow("FCFA suffix") << u"15 000 FCFA"_s << qint64(15000);
    QTest::newRow("F suffix") << u"500F"_s << qint64(500);
    QTest::newRow("XOF prefix") << u"XOF 2,500"_s << qint64(2500);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("negative") << u"-500"_s << qint64(-500);
    QTest::newRow("negative grouped") << u"-1 500"_s << qint64(-1500);
    QTest::newRow("max") << u"9223372036854775807"_s << std::numeric_limits<qint64>::max();
    QTest::newRow("min") << u"-9223372036854775808"_s << std::numeric_limits<qint64>::min();
    QTest::newRow("own format fr") << Money::fromFrancs(987654).toString(QLocale(u"fr"_s))
                                   << qint64(987654);
    QTest::newRow("own format en") << Money::fromFrancs(987654).toString(QLocale(u"en"_s))
                                   << qint64(987654);
}

void TestMoney::parse_acceptsWhatCashiersType()
{
    QFETCH(QString, text);
    QFETCH(qint64, francs);
    const std::optional<Money> parsed = Money::parse(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(parsed->francs(), francs);
}

void TestMoney::parse_refusesAmbiguousOrInvalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("only currency") << u"FCFA"_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("digits then letters") << u"12a"_s;
    QTest::newRow("decimal comma") << u"15,5"_s;
    QTest::newRow("decimal dot") << u"1500.50"_s;
    QTest::newRow("mixed separators") << u"1.000,50"_s;
    QTest::newRow("bad group") << u"15 00"_s;
    QTest::newRow("long first group") << u"1500 000"_s;
    QTest::newRow("trailing separator") << u"15 "_s.append(u'.');
    QTest::newRow("leading separator") << u".500"_s;
    QTest::newRow("double separator") << u"1  000"_s;
    QTest::newRow("overflow") << u"9223372036854775808"_s;
    QTest::newRow("negative overflow") << u"-9223372036854775809"_s;
    QTest::newRow("huge") << u"99999999999999999999999999"_s;
    QTest::newRow("lone minus") << u"-"_s;
    QTest::newRow("plus sign") << u"+500"_s;
    QTest::newRow("arabic-indic digits") << u"\u0661\u0662"_s;
}

void TestMoney::parse_refusesAmbiguousOrInvalid()
{
    QFETCH(QString, text);
    QVERIFY2(!Money::parse(text).has_value(), qPrintable(text));
}

void TestMoney::arithmetic_overflowIsAnErrorNotAWrap()
{
    const Money max = Money::fromFrancs(std::numeric_limits<qint64>::max());
    const Money min = Money::fromFrancs(std::numeric_limits<qint64>::min());
    QVERIFY(!max.plus(Money::fromFrancs(1)).has_value());
    QVERIFY(!min.minus(Money::fromFrancs(1)).has_value());
    QVERIFY(!max.times(2).has_value());
    QVERIFY(!min.times(-1).has_value());
    QVERIFY(!min.negated().has_value());
    QVERIFY(!Money::fromFrancs(5'000'000'000).times(5'000'000'000).has_value());
}

void TestMoney::arithmetic_inRangeIsExact()
{
    QCOMPARE(Money::fromFrancs(1500).plus(Money::fromFrancs(250))->francs(), 1750);
    QCOMPARE(Money::fromFrancs(1500).minus(Money::fromFrancs(2000))->francs(), -500);
    QCOMPARE(Money::fromFrancs(1500).times(3)->francs(), 4500);
    QCOMPARE(Money::fromFrancs(1500).times(0)->francs(), 0);
    QCOMPARE(Money::fromFrancs(-1500).negated()->francs(), 1500);
    const Money max = Money::fromFrancs(std::numeric_limits<qint64>::max());
    QCOMPARE(max.minus(Money::fromFrancs(1))->plus(Money::fromFrancs(1)), max);
}

void TestMoney::comparison()
{
    QVERIFY(Money::fromFrancs(100) < Money::fromFrancs(200));
    QVERIFY(Money::fromFrancs(100) == Money::fromFrancs(100));
    QVERIFY(Money().isZero());
    QVERIFY(Money::fromFrancs(-1).isNegative());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
