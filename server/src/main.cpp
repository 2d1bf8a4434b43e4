// comptoir-server: "serve" (the default) runs the backend; the other commands administer
// terminals and people (see AdminCli.h). Everything lives in comptoir_server_lib.

#include "AdminCli.h"
#include "ServerApp.h"
#include "TerminationSignals.h"
#include "admin/AdminModule.h"
#include "catalog/CatalogCli.h"
#include "catalog/CatalogModule.h"
#include "history/HistoryModule.h"
#include "payments/PaymentsModule.h"
#include "reports/ReportsModule.h"
#ifdef Q_OS_WIN
#include "WindowsService.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(u"Comptoir"_s);
    QCoreApplication::setApplicationName(u"comptoir-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_BUILD_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Comptoir's backend: orders, LigdiCash payments, terminals and people.\n\n"
                "Commands:\n"
                "  serve                                  run the server (default)\n"
                "  terminal add NAME | list | revoke ID   manage terminals\n"
                "  user add --role cashier|manager NAME   add a person (PIN from stdin)\n"
                "  user set-pin|disable|enable USER       change a person\n"
                "  user list                              list people\n"
                "  product import FILE | list             load or show the catalog\n"
                "  config                                 show the configuration (no secrets)\n"
                "  migrate                                update the database schema and exit"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        u"config"_s, QCoreApplication::translate("main", "Read settings from this INI file."),
        u"file"_s);
    const QCommandLineOption listenOption(
        u"listen"_s,
        QCoreApplication::translate("main", "Listen on host:port (port 0 picks a free one)."),
        u"host:port"_s);
    const QCommandLineOption roleOption(
        u"role"_s, QCoreApplication::translate("main", "user add: cashier or manager."), u"role"_s);
    const QCommandLineOption pinOption(
        u"pin"_s,
        QCoreApplication::translate("main",
                                    "user add/set-pin: the PIN (visible to other local users; "
                                    "prefer stdin)."),
        u"pin"_s);
    parser.addOptions({configOption, listenOption, roleOption, pinOption});
    parser.addPositionalArgument(u"command"_s,
                                 QCoreApplication::translate("main", "The command to run."),
                                 u"[command] [arguments...]"_s);
    parser.process(application);

    QString error;
    std::optional<ServerConfig> config = ServerConfig::load(
        parser.value(configOption), QProcessEnvironment::systemEnvironment(), &error);
    if (!config) {
        err << QCoreApplication::translate("main", "comptoir-server: %1").arg(error) << Qt::endl;
        return 2;
    }
    if (parser.isSet(listenOption) &&
        !config->set(u"server/listen"_s, parser.value(listenOption), &error, u"--listen"_s)) {
        err << QCoreApplication::translate("main", "comptoir-server: %1").arg(error) << Qt::endl;
        return 2;
    }

    const QStringList arguments = parser.positionalArguments();
    const QString command = arguments.value(0, u"serve"_s);
    bool serve = command == "serve"_L1;
#ifdef Q_OS_WIN
    // `service` is `serve` run by Windows' service manager (the installer registers it). Before
    // `app`, so that the service reports "stopped" once the server has closed its database.
    WindowsService service;
    if (command == "service"_L1 && arguments.size() == 1) {
        if (!service.attach(&error)) {
            err << QCoreApplication::translate("main", "comptoir-server: %1").arg(error)
                << Qt::endl;
            return 2;
        }
        serve = true;
    }
#endif
    ServerApp app(std::move(*config));

    if (AdminCli::handles(command)) {
        AdminCli::Options options;
        options.role = parser.value(roleOption);
        if (parser.isSet(pinOption))
            options.pin = parser.value(pinOption);
        return AdminCli(app, out, err, in).run(arguments, options);
    }
    if (CatalogCli::handles(command))
        return CatalogCli(app, out, err).run(arguments);
    if (!serve || arguments.size() > 1) {
        err << QCoreApplication::translate("main",
                                           "comptoir-server: unknown command %1 (try --help)")
                   .arg(arguments.join(u' '))
            << Qt::endl;
        return 2;
    }

    TerminationSignals termination;
    termination.install();
    app.addModule(std::make_unique<PaymentsModule>());
    app.addModule(std::make_unique<CatalogModule>());
    app.addModule(std::make_unique<HistoryModule>());
    app.addModule(std::make_unique<ReportsModule>());
    app.addModule(std::make_unique<AdminModule>());
    if (!app.start()) {
        err << QCoreApplication::translate("main", "comptoir-server: %1").arg(app.errorString())
            << Qt::endl;
        return 1;
    }
    // The line tests and scripts wait for; keep its shape.
    out << "comptoir-server listening on " << app.baseUrl().toString() << Qt::endl;
    return application.exec();
}
