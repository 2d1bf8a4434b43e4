// The comptoir-server binary: the admin commands print a terminal token once, and that token
// then authenticates against a running server; revoking it gives 401 at once. People are added
// with a PIN from --pin or stdin and can log in.

#include "HttpTestClient.h"
#include "ListeningProcess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    ListeningProcess m_server;

    CliResult run(const QStringList &arguments, const QByteArray &input = {},
                  const QProcessEnvironment &environment = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment.isEmpty() ? m_environment : environment);
        process.start(ListeningProcess::binary(u"comptoir-server"_s), arguments);
        CliResult result;
        if (!process.waitForStarted(10000))
            return result;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000)) {
            process.kill();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QByteArray tokenIn(const QString &output)
    {
        static const QRegularExpression line(u"^token: (\\S+)$"_s,
                                             QRegularExpression::MultilineOption);
        return line.match(output).captured(1).toLatin1();
    }

    HttpTestClient client(const QByteArray &token) const
    {
        HttpTestClient client(m_server.baseUrl());
        client.setHeader("Authorization", "Bearer " + token);
        return client;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(u"COMPTOIR_DATABASE_URL"_s,
                             u"sqlite:"_s + m_dir.filePath(u"cli.db"_s));
        m_environment.insert(u"COMPTOIR_PIN_HASH_OPS"_s, u"1"_s);
        m_environment.insert(u"COMPTOIR_PIN_HASH_MEMORY_KIB"_s, u"64"_s);
        m_environment.insert(u"COMPTOIR_LISTEN"_s, u"127.0.0.1:0"_s);
        // Keep the server away from the real data location and from any real LigdiCash.
        m_environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        m_environment.insert(u"COMPTOIR_LIGDICASH_BASE_URL"_s, u"http://127.0.0.1:9"_s);
        QVERIFY2(m_server.start(u"comptoir-server"_s, {}, m_environment,
                                m_dir.filePath(u"server.log"_s)),
                 qPrintable(m_server.errorString()));
    }

    void cleanupTestCase() { m_server.stop(); }

    void serve_printsAParseableListeningLine()
    {
        static const QRegularExpression line(u"^http://127\\.0\\.0\\.1:[1-9][0-9]*$"_s);
        QVERIFY2(line.match(m_server.baseUrl().toString()).hasMatch(),
                 qPrintable(m_server.baseUrl().toString()));
        HttpTestClient anonymous(m_server.baseUrl());
        QCOMPARE(anonymous.get(u"/healthz"_s).status, 200);
    }

    void terminalAdd_printsATokenThatAuthenticates_thenRevokeGives401()
    {
        const CliResult added = run({u"terminal"_s, u"add"_s, u"Caisse 1"_s});
        QCOMPARE(added.exitCode, 0);
        const QByteArray token = tokenIn(added.out);
        QCOMPARE(token.size(), 43);
        QVERIFY(added.out.contains("Caisse 1"_L1));

        QCOMPARE(client(token).get(u"/api/v1/users"_s).status, 200);
        // A token that differs in its first character (never equal to the real one).
        QByteArray wrong = token;
        wrong[0] = wrong.at(0) == 'x' ? 'y' : 'x';
        QCOMPARE(client(wrong).get(u"/api/v1/users"_s).status, 401);

        const CliResult listed = run({u"terminal"_s, u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains("Caisse 1"_L1));
        QVERIFY(!listed.out.contains(QString::fromLatin1(token))); // shown once only

        static const QRegularExpression idLine(u"^(\\d+)\\s+Caisse 1\\s"_s,
                                               QRegularExpression::MultilineOption);
        const QString id = idLine.match(listed.out).captured(1);
        QVERIFY(!id.isEmpty());
        QCOMPARE(run({u"terminal"_s, u"revoke"_s, id}).exitCode, 0);
        // The running server sees the revocation at once (no cache).
        const HttpTestReply revoked = client(token).get(u"/api/v1/users"_s);
        QCOMPARE(revoked.status, 401);
        QCOMPARE(revoked.errorCode(), u"terminal_revoked"_s);
        QVERIFY(run({u"terminal"_s, u"list"_s}).out.contains("revoked"_L1));
    }

    void terminalRevoke_unknownId_fails()
    {
        QCOMPARE(run({u"terminal"_s, u"revoke"_s, u"999"_s}).exitCode, 1);
        QCOMPARE(run({u"terminal"_s, u"revoke"_s, u"abc"_s}).exitCode, 2);
    }

    void userAdd_withPinOnStdin_canLogIn_andDisableLocksThemOut()
    {
        const QByteArray token = tokenIn(run({u"terminal"_s, u"add"_s, u"Caisse 2"_s}).out);
        QVERIFY(!token.isEmpty());
        const CliResult added =
            run({u"user"_s, u"add"_s, u"--role"_s, u"cashier"_s, u"Mariam"_s}, "2468\n");
        QCOMPARE(added.exitCode, 0);
        QVERIFY(!added.out.contains("2468"_L1));
        QCOMPARE(run({u"user"_s, u"add"_s, u"--role"_s, u"manager"_s, u"--pin"_s, u"13579"_s,
                      u"Ibrahim"_s})
                     .exitCode,
                 0);

        const CliResult listed = run({u"user"_s, u"list"_s});
        QVERIFY(listed.out.contains("Mariam\tcashier\tactive"_L1));
        QVERIFY(listed.out.contains("Ibrahim\tmanager\tactive"_L1));

        HttpTestClient terminal = client(token);
        const QJsonObject mariam{{u"user"_s, u"Mariam"_s}, {u"pin"_s, u"2468"_s}};
        QCOMPARE(terminal.post(u"/api/v1/sessions"_s, mariam).status, 201);

        QCOMPARE(run({u"user"_s, u"set-pin"_s, u"Mariam"_s}, "8642\n").exitCode, 0);
        QCOMPARE(terminal.post(u"/api/v1/sessions"_s, mariam).status, 401);
        const QJsonObject newPin{{u"user"_s, u"Mariam"_s}, {u"pin"_s, u"8642"_s}};
        QCOMPARE(terminal.post(u"/api/v1/sessions"_s, newPin).status, 201);

        QCOMPARE(run({u"user"_s, u"disable"_s, u"Mariam"_s}).exitCode, 0);
        QCOMPARE(terminal.post(u"/api/v1/sessions"_s, newPin).status, 401);
        QVERIFY(run({u"user"_s, u"list"_s}).out.contains("Mariam\tcashier\tdisabled"_L1));
        QCOMPARE(run({u"user"_s, u"enable"_s, u"Mariam"_s}).exitCode, 0);
        QCOMPARE(terminal.post(u"/api/v1/sessions"_s, newPin).status, 201);
    }

    void userAdd_refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no role") << QStringList{u"user"_s, u"add"_s, u"Zoe"_s}
                                 << QByteArray("1234\n") << 2;
        QTest::newRow("unknown role")
            << QStringList{u"user"_s, u"add"_s, u"--role"_s, u"boss"_s, u"Zoe"_s}
            << QByteArray("1234\n") << 2;
        QTest::newRow("short pin")
            << QStringList{u"user"_s, u"add"_s, u"--role"_s, u"cashier"_s, u"Zoe"_s}
            << QByteArray("123\n") << 2;
        QTest::newRow("digits-only name")
            << QStringList{u"user"_s, u"add"_s, u"--role"_s, u"cashier"_s, u"42"_s}
            << QByteArray("1234\n") << 2;
        QTest::newRow("unknown user")
            << QStringList{u"user"_s, u"disable"_s, u"Nobody"_s} << QByteArray() << 1;
    }

    void userAdd_refusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QCOMPARE(run(arguments, input).exitCode, exitCode);
    }

    void userAdd_sameNameTwice_fails()
    {
        const QStringList add{u"user"_s,  u"add"_s,  u"--role"_s, u"cashier"_s,
                              u"--pin"_s, u"1111"_s, u"Salif"_s};
        QCOMPARE(run(add).exitCode, 0);
        const CliResult again = run(add);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("Salif"_L1));
    }

    void config_showsSettingsWithoutSecrets()
    {
        QProcessEnvironment environment = m_environment;
        environment.insert(u"COMPTOIR_LIGDICASH_API_KEY"_s, u"very-secret-key"_s);
        const CliResult result = run({u"config"_s}, {}, environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("ligdicash/api_key = <set>"_L1));
        QVERIFY(!result.out.contains("very-secret-key"_L1));
        QVERIFY(!result.err.contains("very-secret-key"_L1));
    }

    void badConfiguration_exitsWithAMessage()
    {
        QProcessEnvironment environment = m_environment;
        environment.insert(u"COMPTOIR_LISTEN"_s, u"nowhere"_s);
        const CliResult result = run({}, {}, environment);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("COMPTOIR_LISTEN"_L1));
        QCOMPARE(run({u"--config"_s, m_dir.filePath(u"missing.ini"_s)}).exitCode, 2);
    }

#ifdef Q_OS_UNIX
    void sigterm_shutsDownCleanly()
    {
        QProcess server;
        server.setProcessEnvironment(m_environment);
        server.setProgram(ListeningProcess::binary(u"comptoir-server"_s));
        server.start();
        QVERIFY(server.waitForStarted(10000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += server.readAllStandardOutput()).contains("listening on"),
                                 15000);
        server.terminate(); // SIGTERM
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(server.readAllStandardError().contains("shutting down"));
    }
#endif

    void unknownCommand_isAUsageError()
    {
        QCOMPARE(run({u"frobnicate"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
