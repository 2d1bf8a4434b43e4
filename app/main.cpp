// comptoir: the till. Builds the Terminal (app/), loads the language, asks for the server and
// token on first run, then shows the main window (ui/).

#include "FirstRunDialog.h"
#include "LanguageLoader.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Terminal.h"
#include "TokenStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMain, "comptoir.app.main")

namespace {

QByteArray loadToken(TokenStore &store)
{
    QByteArray token;
    QEventLoop loop;
    bool done = false;
    store.load([&](const QByteArray &value) {
        token = value;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return token;
}

} // namespace

int main(int argc, char *argv[])
{
    // Answer --version without a display (scripts and packaging checks run headless).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("comptoir %s\n", COMPTOIR_BUILD_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Comptoir"_s);
    QApplication::setApplicationName(u"Comptoir"_s);
    QApplication::setApplicationDisplayName(u"Comptoir"_s);
    QApplication::setApplicationVersion(QStringLiteral(COMPTOIR_BUILD_VERSION));
    QGuiApplication::setDesktopFileName(u"africa.comptoir.Comptoir"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Comptoir point of sale"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(u"config"_s, u"Settings file (INI)."_s, u"file"_s,
                                          Settings::defaultPath());
    const QCommandLineOption dataOption(
        u"data-dir"_s, u"Folder of the local catalog and sale journal."_s, u"dir"_s,
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption serverOption(u"server"_s, u"Server URL (skips first run)."_s,
                                          u"url"_s);
    const QCommandLineOption tokenFileOption(
        u"token-file"_s, u"Read the terminal token from this file (demo, kiosk)."_s, u"file"_s);
    const QCommandLineOption languageOption(u"language"_s, u"fr or en."_s, u"code"_s);
    const QCommandLineOption catalogOption(
        u"catalog"_s, u"Import a catalog file ({\"products\":[...]}) into the local copy."_s,
        u"file"_s);
    parser.addOptions(
        {configOption, dataOption, serverOption, tokenFileOption, languageOption, catalogOption});
    parser.process(app);

    Settings settings(parser.value(configOption));
    if (parser.isSet(serverOption))
        settings.setServerUrl(QUrl(parser.value(serverOption)));
    if (parser.isSet(languageOption))
        settings.setLanguage(Settings::languageFromString(parser.value(languageOption)));

    LanguageLoader language;
    language.apply(LanguageLoader::resolve(settings.language()));

    const QString dataDir = parser.value(dataOption);
    QDir().mkpath(dataDir);
    TokenStore tokens(dataDir + u"/terminal-token"_s, TokenStore::Backend::KeychainThenFile);
    QByteArray token = parser.isSet(tokenFileOption)
                           ? TokenStore::readFile(parser.value(tokenFileOption))
                           : loadToken(tokens);
    if (token.isEmpty() || !settings.serverUrl().isValid() || settings.serverUrl().isEmpty()) {
        FirstRunDialog firstRun(&settings, &tokens);
        if (firstRun.exec() != QDialog::Accepted)
            return 0;
        token = firstRun.token();
    }

    Terminal terminal(&settings, dataDir);
    terminal.client().setTerminalToken(token);
    if (parser.isSet(catalogOption)) {
        QString error;
        if (terminal.catalogSync().importFile(parser.value(catalogOption), &error) < 0)
            qCWarning(lcMain) << "catalog not imported:" << error;
    }
    terminal.start();
    qCInfo(lcMain) << "comptoir" << COMPTOIR_BUILD_VERSION << "talking to" << settings.serverUrl();

    std::unique_ptr<MainWindow> window;
    // Screens set their texts when built: switching language rebuilds the window, while the
    // Terminal (the sale, the session, the journal) carries on untouched.
    std::function<void()> build;
    build = [&] {
        auto next = std::make_unique<MainWindow>(&terminal);
        QObject::connect(next.get(), &MainWindow::languageRequested, &app,
                         [&](const QString &code) {
                             settings.setLanguage(Settings::languageFromString(code));
                             language.apply(code);
                             QMetaObject::invokeMethod(&app, build, Qt::QueuedConnection);
                         });
        if (terminal.isLoggedIn())
            next->showSale();
        if (window)
            next->setGeometry(window->geometry());
        else
            next->resize(1366, 768);
        next->show();
        window = std::move(next);
    };
    build();
    return app.exec();
}
