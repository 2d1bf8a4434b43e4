#include "ServerProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace {

constexpr const char *cashierPin = "1234";
constexpr const char *managerPin = "9876";

} // namespace

ServerProcess::ServerProcess(const QString &workDir, const QString &name)
    : m_workDir(workDir)
    , m_name(name)
    , m_configPath(workDir + u'/' + name + u".ini"_s)
{
    // Fast enough for a test suite, slow enough to exercise every path.
    m_settings.insert(u"auth/pin_hash_ops"_s, u"1"_s);
    m_settings.insert(u"auth/pin_hash_memory_kib"_s, u"64"_s);
    m_settings.insert(u"payments/sweep_interval_ms"_s, u"100"_s);
    m_settings.insert(u"payments/check_initial_delay_ms"_s, u"200"_s);
    m_settings.insert(u"payments/check_max_delay_ms"_s, u"1000"_s);
    m_settings.insert(u"payments/confirm_min_interval_ms"_s, u"500"_s);
    m_settings.insert(u"ligdicash/timeout_ms"_s, u"3000"_s);
    m_settings.insert(u"database/url"_s, u"sqlite:"_s + workDir + u"/comptoir.sqlite"_s);
}

void ServerProcess::setLigdiCash(const QUrl &baseUrl, const QByteArray &apiKey,
                                 const QByteArray &authToken)
{
    m_settings.insert(u"ligdicash/base_url"_s, baseUrl.toString());
    m_settings.insert(u"ligdicash/api_key"_s, QString::fromLatin1(apiKey));
    m_settings.insert(u"ligdicash/auth_token"_s, QString::fromLatin1(authToken));
}

quint16 ServerProcess::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool ServerProcess::writeConfig()
{
    if (m_port == 0)
        m_port = freePort();
    QMap<QString, QString> settings = m_settings;
    settings.insert(u"server/listen"_s, u"127.0.0.1:"_s + QString::number(m_port));
    if (m_publicUrl)
        settings.insert(u"server/public_url"_s, u"http://127.0.0.1:"_s + QString::number(m_port));
    QMap<QString, QStringList> sections;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(u'/');
        sections[it.key().left(slash)].append(it.key().mid(slash + 1) + u'=' + it.value());
    }
    QString text;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        text += u'[' + it.key() + u"]\n"_s + it.value().join(u'\n') + u"\n\n"_s;
    QFile file(m_configPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = u"cannot write "_s + m_configPath;
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(text.toUtf8());
    return true;
}

QString ServerProcess::runCli(const QStringList &arguments, int *exitCode, const QByteArray &input)
{
    if (!writeConfig())
        return {};
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_workDir + u"/data"_s);
    cli.setProcessEnvironment(environment);
    cli.start(ListeningProcess::binary(u"comptoir-server"_s),
              QStringList{u"--config"_s, m_configPath} + arguments);
    if (!input.isEmpty()) {
        cli.write(input);
        cli.closeWriteChannel();
    }
    if (!cli.waitForFinished(30000)) {
        cli.kill();
        m_error = u"comptoir-server %1 did not finish"_s.arg(arguments.join(u' '));
        return {};
    }
    if (exitCode)
        *exitCode = cli.exitCode();
    if (cli.exitCode() != 0) {
        m_error = u"comptoir-server %1 failed (%2): %3"_s.arg(
            arguments.join(u' '), QString::number(cli.exitCode()),
            QString::fromUtf8(cli.readAllStandardError()));
    }
    return QString::fromUtf8(cli.readAllStandardOutput());
}

bool ServerProcess::start()
{
    if (!writeConfig())
        return false;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_workDir + u"/data"_s);
    if (!m_process.start(u"comptoir-server"_s, {u"--config"_s, m_configPath}, environment,
                         m_workDir + u'/' + m_name + u".log"_s)) {
        m_error = m_process.errorString();
        return false;
    }
    return true;
}

bool ServerProcess::restartAfterKill()
{
    m_process.kill();
    return start();
}

QString ServerProcess::openSession(const QString &user, const QString &pin)
{
    HttpTestClient client(baseUrl());
    client.setHeader("Authorization", "Bearer " + m_access.terminalToken);
    const HttpTestReply reply =
        client.post(u"/api/v1/sessions"_s, QJsonObject{{u"user"_s, user}, {u"pin"_s, pin}});
    const QString token = reply.json().value(u"token"_s).toString();
    if (token.isEmpty())
        m_error = u"login of %1 failed: %2 %3"_s.arg(user, QString::number(reply.status),
                                                     QString::fromUtf8(reply.body));
    return token;
}

bool ServerProcess::createAccess()
{
    int code = 0;
    const QString terminal = runCli({u"terminal"_s, u"add"_s, u"Caisse 1"_s}, &code);
    if (code != 0)
        return false;
    // The command prints the token once, on a line of its own.
    static const QRegularExpression tokenLine(u"^token: (\\S+)"_s,
                                              QRegularExpression::MultilineOption);
    m_access.terminalToken = tokenLine.match(terminal).captured(1).toLatin1();
    if (m_access.terminalToken.isEmpty()) {
        m_error = u"no token in: "_s + terminal;
        return false;
    }
    runCli({u"user"_s, u"add"_s, u"--role"_s, u"cashier"_s, u"--pin"_s,
            QString::fromLatin1(cashierPin), u"awa"_s},
           &code);
    if (code != 0)
        return false;
    runCli({u"user"_s, u"add"_s, u"--role"_s, u"manager"_s, u"--pin"_s,
            QString::fromLatin1(managerPin), u"moussa"_s},
           &code);
    if (code != 0)
        return false;
    if (!m_process.isRunning())
        return true;
    m_access.cashierSession = openSession(u"awa"_s, QString::fromLatin1(cashierPin)).toLatin1();
    m_access.managerSession = openSession(u"moussa"_s, QString::fromLatin1(managerPin)).toLatin1();
    return !m_access.cashierSession.isEmpty() && !m_access.managerSession.isEmpty();
}

HttpTestClient ServerProcess::terminalClient() const
{
    HttpTestClient client(baseUrl());
    client.setHeader("Authorization", "Bearer " + m_access.terminalToken);
    return client;
}

HttpTestClient ServerProcess::cashierClient() const
{
    HttpTestClient client = terminalClient();
    client.setHeader("X-Comptoir-Session", m_access.cashierSession);
    return client;
}

HttpTestClient ServerProcess::managerClient() const
{
    HttpTestClient client = terminalClient();
    client.setHeader("X-Comptoir-Session", m_access.managerSession);
    return client;
}
