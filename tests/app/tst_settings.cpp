#include "Settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fresh_givesRegistryDefaults();
    void typedValues_roundTripThroughTheIniFile();
    void language_isStoredAsReadableWord();
    void setValue_emitsChangedOnlyOnChange();
    void outOfRangeNumbers_areBounded();
};

void TestSettings::fresh_givesRegistryDefaults()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"comptoir.ini"_s));
    QCOMPARE(settings.serverUrl(), QUrl());
    QCOMPARE(settings.longPollSeconds(), 25);
    QCOMPARE(settings.paymentTimeoutSeconds(), 180);
    QCOMPARE(settings.language(), Settings::Language::System);
    QCOMPARE(settings.value(Settings::Key::IdleLockMinutes),
             Settings::defaultValue(Settings::Key::IdleLockMinutes));
    QVERIFY(!settings.contains(Settings::Key::ServerUrl));
}

void TestSettings::typedValues_roundTripThroughTheIniFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"comptoir.ini"_s);
    {
        Settings settings(path);
        settings.setServerUrl(QUrl(u"https://pos.example:8443"_s));
        settings.setValue(Settings::Key::IdleLockMinutes, 12);
        settings.sync();
    }
    Settings reread(path);
    QCOMPARE(reread.serverUrl(), QUrl(u"https://pos.example:8443"_s));
    QCOMPARE(reread.idleLockMinutes(), 12);
    QCOMPARE(reread.path(), path);
}

void TestSettings::language_isStoredAsReadableWord()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"comptoir.ini"_s);
    {
        Settings settings(path);
        settings.setLanguage(Settings::Language::French);
        settings.sync();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("language=fr"));
    QCOMPARE(Settings(path).language(), Settings::Language::French);
}

void TestSettings::setValue_emitsChangedOnlyOnChange()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"comptoir.ini"_s));
    QSignalSpy spy(&settings, &Settings::changed);
    settings.setValue(Settings::Key::ShopName, u"Boutique Wend-Kuni"_s);
    settings.setValue(Settings::Key::ShopName, u"Boutique Wend-Kuni"_s);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::ShopName);
    settings.reset(Settings::Key::ShopName);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(settings.shopName(), QString());
}

void TestSettings::outOfRangeNumbers_areBounded()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"comptoir.ini"_s));
    settings.setValue(Settings::Key::LongPollSeconds, 100000);
    QCOMPARE(settings.longPollSeconds(), 60);
    settings.setValue(Settings::Key::LongPollSeconds, u"abc"_s);
    QCOMPARE(settings.longPollSeconds(), 25);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
