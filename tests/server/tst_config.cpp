// ServerConfig: one registry of keys, INI file then environment, secrets never printed, and a
// configuration file holding secrets must not be readable by other users.

#include "ServerConfig.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConfig : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QByteArray &contents, QFileDevice::Permissions permissions)
    {
        const QString path = m_dir.filePath(u"comptoir-server-%1.ini"_s.arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(contents);
        file.close();
        file.setPermissions(permissions);
        return path;
    }

    static constexpr QFileDevice::Permissions kPrivate =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QTemporaryDir m_dir;
    int m_files = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaults_comeFromTheRegistry()
    {
        const ServerConfig config;
        QCOMPARE(config.bodyLimitBytes(), 64 * 1024);
        QCOMPARE(config.pinMaxAttempts(), 5);
        QCOMPARE(config.pinLockoutSeconds(), 300);
        QCOMPARE(config.listenAddress(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(config.listenPort(), quint16(8080));
        QVERIFY(config.databaseUrl().isEmpty());
        QVERIFY(config.publicUrl().isEmpty());
        QCOMPARE(config.ligdicashBaseUrl(), QUrl(u"https://app.ligdicash.com"_s));
        for (const ServerConfig::Key &key : ServerConfig::registry()) {
            QVERIFY2(key.environment.startsWith("COMPTOIR_"_L1), qPrintable(key.name));
            QVERIFY2(key.name.contains(u'/'), qPrintable(key.name));
            QCOMPARE(config.source(key.name), u"default"_s);
        }
    }

    void registry_namesTheDocumentedVariables()
    {
        QStringList names;
        for (const ServerConfig::Key &key : ServerConfig::registry())
            names.append(key.environment);
        for (const char *required : {"COMPTOIR_LIGDICASH_API_KEY", "COMPTOIR_LIGDICASH_AUTH_TOKEN",
                                     "COMPTOIR_LIGDICASH_BASE_URL", "COMPTOIR_PUBLIC_URL",
                                     "COMPTOIR_DATABASE_URL", "COMPTOIR_LISTEN"})
            QVERIFY2(names.contains(QLatin1StringView(required)), required);
        QCOMPARE(names.removeDuplicates(), 0);
    }

    void iniFile_setsValues()
    {
        const QString path =
            writeFile("[server]\nlisten = 0.0.0.0:9000\nstore_name = Boutique Awa\n"
                      "public_url = https://pos.example.bf/\n"
                      "[auth]\npin_max_attempts = 3\n",
                      kPrivate);
        QString error;
        const auto config = ServerConfig::load(path, QProcessEnvironment(), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->listenAddress(), QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(config->listenPort(), quint16(9000));
        QCOMPARE(config->storeName(), u"Boutique Awa"_s);
        QCOMPARE(config->publicUrl(), QUrl(u"https://pos.example.bf"_s)); // trailing slash dropped
        QCOMPARE(config->pinMaxAttempts(), 3);
        QCOMPARE(config->source(u"auth/pin_max_attempts"_s), u"file"_s);
        QVERIFY(config->warnings().isEmpty());
    }

    void environment_overridesTheFile()
    {
        const QString path = writeFile(
            "[server]\nlisten = 127.0.0.1:9000\n[database]\nurl = sqlite:/tmp/a.db\n", kPrivate);
        QProcessEnvironment environment;
        environment.insert(u"COMPTOIR_LISTEN"_s, u"127.0.0.1:0"_s);
        environment.insert(u"COMPTOIR_DATABASE_URL"_s, u"postgresql://pos@db:5432/shop"_s);
        environment.insert(u"COMPTOIR_LIGDICASH_API_KEY"_s, u"key-from-env"_s);
        QString error;
        const auto config = ServerConfig::load(path, environment, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->listenPort(), quint16(0));
        QCOMPARE(config->databaseUrl(), u"postgresql://pos@db:5432/shop"_s);
        QCOMPARE(config->ligdicashApiKey(), u"key-from-env"_s);
        QCOMPARE(config->source(u"server/listen"_s), u"COMPTOIR_LISTEN"_s);
    }

    void badValues_areRefusedWithTheKeyNamed_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("named");
        QTest::newRow("not a number")
            << QByteArray("[auth]\npin_max_attempts = many\n") << u"auth/pin_max_attempts"_s;
        QTest::newRow("out of range")
            << QByteArray("[server]\nbody_limit_bytes = 10\n") << u"server/body_limit_bytes"_s;
        QTest::newRow("listen without port")
            << QByteArray("[server]\nlisten = localhost\n") << u"server/listen"_s;
        QTest::newRow("port too big")
            << QByteArray("[server]\nlisten = 127.0.0.1:70000\n") << u"server/listen"_s;
        QTest::newRow("relative URL")
            << QByteArray("[server]\npublic_url = pos.example\n") << u"server/public_url"_s;
        QTest::newRow("ftp URL") << QByteArray("[ligdicash]\nbase_url = \"ftp://x.example\"\n")
                                 << u"ligdicash/base_url"_s;
    }

    void badValues_areRefusedWithTheKeyNamed()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, named);
        QString error;
        QVERIFY(!ServerConfig::load(writeFile(ini, kPrivate), QProcessEnvironment(), &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    void badEnvironmentValue_isRefused()
    {
        QProcessEnvironment environment;
        environment.insert(u"COMPTOIR_PIN_LOCKOUT_SECONDS"_s, u"-1"_s);
        QString error;
        QVERIFY(!ServerConfig::load({}, environment, &error));
        QVERIFY2(error.contains("COMPTOIR_PIN_LOCKOUT_SECONDS"_L1), qPrintable(error));
    }

    void missingFile_isAnError()
    {
        QString error;
        QVERIFY(!ServerConfig::load(m_dir.filePath(u"nope.ini"_s), QProcessEnvironment(), &error));
        QVERIFY(error.contains("nope.ini"_L1));
    }

    void unknownKey_isAWarningNotAnError()
    {
        QString error;
        const auto config = ServerConfig::load(writeFile("[server]\nlistn = 1.2.3.4:5\n", kPrivate),
                                               QProcessEnvironment(), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->warnings().size(), 1);
        QVERIFY(config->warnings().first().contains("server/listn"_L1));
    }

    void redactedDump_neverShowsSecrets()
    {
        QProcessEnvironment environment;
        environment.insert(u"COMPTOIR_LIGDICASH_API_KEY"_s, u"sekret-api-key"_s);
        environment.insert(u"COMPTOIR_LIGDICASH_AUTH_TOKEN"_s, u"sekret-auth-token"_s);
        environment.insert(u"COMPTOIR_DATABASE_URL"_s, u"postgresql://pos:dbpass@db/shop"_s);
        QString error;
        const auto config = ServerConfig::load({}, environment, &error);
        QVERIFY2(config, qPrintable(error));
        const QString dump = config->redactedDump();
        QVERIFY(!dump.contains("sekret"_L1));
        QVERIFY(!dump.contains("dbpass"_L1));
        QVERIFY(dump.contains("ligdicash/api_key = <set> (COMPTOIR_LIGDICASH_API_KEY)"_L1));
        QVERIFY(dump.contains("ligdicash/base_url = https://app.ligdicash.com (default)"_L1));
        QVERIFY(dump.contains("postgresql://pos:***@db/shop"_L1));
    }

#ifdef Q_OS_UNIX
    void fileWithSecrets_readableByOthers_isRefused()
    {
        const QString path = writeFile("[ligdicash]\napi_key = abc\nauth_token = def\n",
                                       kPrivate | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QString error;
        QVERIFY(!ServerConfig::load(path, QProcessEnvironment(), &error));
        QVERIFY2(error.contains("chmod 600"_L1), qPrintable(error));
        QVERIFY(!error.contains("abc"_L1));
    }

    void fileWithSecrets_private_isAccepted()
    {
        QString error;
        const auto config = ServerConfig::load(writeFile("[ligdicash]\napi_key = abc\n", kPrivate),
                                               QProcessEnvironment(), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->ligdicashApiKey(), u"abc"_s);
        QVERIFY(config->warnings().isEmpty());
    }

    void fileWithoutSecrets_readableByOthers_onlyWarns()
    {
        QString error;
        const auto config = ServerConfig::load(
            writeFile("[server]\nstore_name = Chez Fati\n", kPrivate | QFileDevice::ReadOther),
            QProcessEnvironment(), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->warnings().size(), 1);
    }
#endif

    void parseListen_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QHostAddress>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("ipv4") << u"127.0.0.1:8080"_s << true
                              << QHostAddress(QHostAddress::LocalHost) << 8080;
        QTest::newRow("any, dual stack") << u":0"_s << true << QHostAddress(QHostAddress::Any) << 0;
        QTest::newRow("star") << u"*:80"_s << true << QHostAddress(QHostAddress::Any) << 80;
        QTest::newRow("ipv6") << u"[::1]:9000"_s << true
                              << QHostAddress(QHostAddress::LocalHostIPv6) << 9000;
        QTest::newRow("localhost")
            << u"localhost:1"_s << true << QHostAddress(QHostAddress::LocalHost) << 1;
        QTest::newRow("no port") << u"127.0.0.1"_s << false << QHostAddress() << 0;
        QTest::newRow("name") << u"example.com:80"_s << false << QHostAddress() << 0;
        QTest::newRow("port text") << u"127.0.0.1:http"_s << false << QHostAddress() << 0;
    }

    void parseListen()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QHostAddress, address);
        QFETCH(int, port);
        QHostAddress parsedAddress;
        quint16 parsedPort = 0;
        QCOMPARE(ServerConfig::parseListen(text, &parsedAddress, &parsedPort), valid);
        if (!valid)
            return;
        QCOMPARE(parsedAddress, address);
        QCOMPARE(int(parsedPort), port);
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
