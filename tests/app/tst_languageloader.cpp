#include "LanguageLoader.h"
#include "Money.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestLanguageLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void apply_setsTheLocaleForAmounts();
};

void TestLanguageLoader::resolve_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("French system") << int(Settings::Language::System) << u"fr_BF"_s << u"fr"_s;
    QTest::newRow("French from France") << int(Settings::Language::System) << u"fr_FR"_s << u"fr"_s;
    QTest::newRow("English system") << int(Settings::Language::System) << u"en_GB"_s << u"en"_s;
    QTest::newRow("other language") << int(Settings::Language::System) << u"de_DE"_s << u"en"_s;
    QTest::newRow("chosen French") << int(Settings::Language::French) << u"en_US"_s << u"fr"_s;
    QTest::newRow("chosen English") << int(Settings::Language::English) << u"fr_BF"_s << u"en"_s;
}

void TestLanguageLoader::resolve()
{
    QFETCH(int, choice);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(LanguageLoader::resolve(Settings::Language(choice), QLocale(system)), expected);
}

void TestLanguageLoader::apply_setsTheLocaleForAmounts()
{
    LanguageLoader loader;
    loader.apply(u"fr"_s); // the .qm lives in the app's resources; the locale is set anyway
    QCOMPARE(loader.current(), u"fr"_s);
    QCOMPARE(Money::fromFrancs(1500).toString(), u"1\u00A0500\u00A0FCFA"_s);
    loader.apply(u"en"_s);
    QCOMPARE(Money::fromFrancs(1500).toString(), u"XOF\u00A01,500"_s);
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestLanguageLoader)
#include "tst_languageloader.moc"
