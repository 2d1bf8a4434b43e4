// ligdicash-sandbox: a local LigdiCash for demos, tests, benchmarks and fault injection.
// See docs/sandbox.md.

#include "Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "ligdicash-sandbox: " << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ligdicash-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_BUILD_VERSION));
    QCoreApplication::setOrganizationDomain(u"comptoir.example"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A local LigdiCash payment API (hosted page, callbacks, fault injection)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(
        u"port"_s, QCoreApplication::translate("main", "Port to listen on (0 picks a free one)."),
        u"port"_s, u"8089"_s);
    const QCommandLineOption host(u"host"_s,
                                  QCoreApplication::translate("main", "Address to listen on."),
                                  u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption apiKey(
        u"api-key"_s,
        QCoreApplication::translate("main", "The merchant's Apikey (generated when absent)."),
        u"key"_s);
    const QCommandLineOption authToken(
        u"auth-token"_s,
        QCoreApplication::translate("main",
                                    "The merchant's Bearer auth token (generated when absent)."),
        u"token"_s);
    const QCommandLineOption publicUrl(
        u"public-url"_s,
        QCoreApplication::translate(
            "main", "Base URL of payment links, e.g. http://192.168.1.10:8089 for phones."),
        u"url"_s);
    const QCommandLineOption controlKey(
        u"control-key"_s,
        QCoreApplication::translate(
            "main", "Key of the /_sandbox control API (X-Sandbox-Key; generated when absent)."),
        u"key"_s);
    const QCommandLineOption controlPort(
        u"control-port"_s,
        QCoreApplication::translate(
            "main",
            "Serve the control API on this port instead of under the API port (0 = free port)."),
        u"port"_s);
    const QCommandLineOption scenario(
        u"scenario"_s,
        QCoreApplication::translate("main", "Scenario JSON file (see docs/sandbox.md)."),
        u"file"_s);
    const QCommandLineOption seed(
        u"seed"_s,
        QCoreApplication::translate("main", "Seed of the fault injection's random choices."),
        u"n"_s, u"1"_s);
    const QCommandLineOption era(
        u"era"_s,
        QCoreApplication::translate("main", "Field set of confirm and callbacks: 2026 or 2024."),
        u"era"_s);
    const QCommandLineOption amountMin(
        u"amount-min"_s,
        QCoreApplication::translate("main", "Smallest accepted amount (Code02 below)."),
        u"francs"_s);
    const QCommandLineOption amountMax(
        u"amount-max"_s,
        QCoreApplication::translate("main", "Largest accepted amount (Code02 above)."),
        u"francs"_s);
    const QCommandLineOption callbacks(
        u"callbacks"_s,
        QCoreApplication::translate("main", "Callback encodings: both, json, form or none."),
        u"mode"_s);
    parser.addOptions({port, host, apiKey, authToken, publicUrl, controlKey, controlPort, scenario,
                       seed, era, amountMin, amountMax, callbacks});
    parser.process(app);

    SandboxOptions options;
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return fail(
            QCoreApplication::translate("main", "--port must be a number between 0 and 65535."));
    options.port = static_cast<quint16>(portValue);
    if (!options.host.setAddress(parser.value(host)))
        return fail(QCoreApplication::translate("main", "--host must be an IP address."));
    options.apiKey = parser.value(apiKey);
    options.authToken = parser.value(authToken);
    options.controlKey = parser.value(controlKey);
    if (parser.isSet(controlPort)) {
        const uint value = parser.value(controlPort).toUInt(&ok);
        if (!ok || value > 65535)
            return fail(QCoreApplication::translate(
                "main", "--control-port must be a number between 0 and 65535."));
        options.controlPort = static_cast<quint16>(value);
        options.separateControlPort = true;
    }
    if (parser.isSet(publicUrl)) {
        options.publicUrl = QUrl(parser.value(publicUrl), QUrl::StrictMode);
        if (!options.publicUrl.isValid() || options.publicUrl.host().isEmpty())
            return fail(
                QCoreApplication::translate("main", "--public-url must be an absolute URL."));
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(QCoreApplication::translate("main", "--seed must be a whole number."));

    QString problem;
    if (parser.isSet(scenario)) {
        QFile file(parser.value(scenario));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("main", "Cannot read %1: %2")
                            .arg(file.fileName(), file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!document.isObject())
            return fail(QCoreApplication::translate("main", "%1 is not a JSON object: %2")
                            .arg(file.fileName(), parseError.errorString()));
        if (!options.scenario.merge(document.object(), &problem))
            return fail(file.fileName() + u": "_s + problem);
    }
    // Flags win over the scenario file.
    QJsonObject flags;
    if (parser.isSet(era))
        flags.insert("era"_L1, parser.value(era));
    if (parser.isSet(amountMin))
        flags.insert("amountMin"_L1, parser.value(amountMin).toDouble());
    if (parser.isSet(amountMax))
        flags.insert("amountMax"_L1, parser.value(amountMax).toDouble());
    if (parser.isSet(callbacks))
        flags.insert("callbacks"_L1, QJsonObject{{"mode"_L1, parser.value(callbacks)}});
    if (!options.scenario.merge(flags, &problem))
        return fail(problem);

    const bool generatedKeys = options.apiKey.isEmpty() || options.authToken.isEmpty();
    const bool generatedControlKey = options.controlKey.isEmpty();
    Sandbox sandbox(options);
    if (!sandbox.start(&problem))
        return fail(problem);

    // First line is machine-readable: scripts and test harnesses parse the URL from it.
    QTextStream out(stdout);
    out << "ligdicash-sandbox listening on " << sandbox.baseUrl().toString() << Qt::endl;
    out << "public url: " << sandbox.publicUrl().toString() << Qt::endl;
    out << "control api: " << sandbox.controlUrl().toString() << "/_sandbox/" << Qt::endl;
    if (generatedKeys) {
        out << "api key: " << sandbox.options().apiKey << Qt::endl;
        out << "auth token: " << sandbox.options().authToken << Qt::endl;
    }
    if (generatedControlKey)
        out << "control key: " << sandbox.options().controlKey << Qt::endl;

    // SIGINT/SIGTERM keep their default action: nothing is buffered, so dying at once is fine.
    return QCoreApplication::exec();
}
