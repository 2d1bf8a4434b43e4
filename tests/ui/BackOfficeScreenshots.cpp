// comptoir_backoffice_screenshots: the back office's order history and an order's detail with
// its timeline, for docs/screenshots/ (history.png, order-detail.png). A shop in Ouagadougou, a
// manager logged in, 250 demo orders over the last day served by a FakeComptoirServer with the
// manager routes. Run under xvfb-run; not a test.
// Usage: comptoir_backoffice_screenshots <output dir> [en|fr]

#include "BackOfficeRoutes.h"
#include "Clock.h"
#include "MainWindow.h"
#include "Terminal.h"
#include "backoffice/BackOfficeWindow.h"
#include "backoffice/HistoryModel.h"
#include "backoffice/HistoryPage.h"
#include "backoffice/OrderDetailDialog.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

bool waitFor(const std::function<bool()> &condition)
{
    for (int i = 0; i < 100 && !condition(); ++i)
        QTest::qWait(50);
    return condition();
}

bool save(QWidget *widget, const QString &path)
{
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    const QString language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : u"en"_s;
    QDir().mkpath(out);

    QTranslator translator;
    if (translator.load(QStringLiteral(COMPTOIR_QM_DIR) + u"/comptoir_"_s + language + u".qm"_s))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator; // Qt's own buttons (Close, Cancel), as the app loads them
    if (qtTranslator.load(u"qtbase_"_s + language,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QLocale::setDefault(language == "fr"_L1 ? QLocale(QLocale::French, QLocale::BurkinaFaso)
                                            : QLocale(QLocale::English, QLocale::UnitedStates));

    const QDateTime now(QDate(2026, 11, 25), QTime(17, 40), QTimeZone::utc());
    Clock::setCurrentDateTimeUtcImpl([now] { return now; });

    FakeComptoirServer server;
    BackOfficeRoutes routes;
    routes.makeOrders(250, now.addSecs(-4 * 60));
    routes.makeUnmatched(now);
    routes.install(server);
    server.users = QJsonArray{
        QJsonObject{{u"id"_s, u"2"_s}, {u"name"_s, u"Awa Ouédraogo"_s}},
        QJsonObject{{u"id"_s, u"3"_s}, {u"name"_s, u"Issa Sawadogo"_s}},
        QJsonObject{{u"id"_s, u"1"_s}, {u"name"_s, u"Mariam Kaboré"_s}, {u"role"_s, u"manager"_s}}};
    server.start();

    QTemporaryDir dir;
    Settings settings(dir.filePath(u"comptoir.ini"_s));
    settings.setServerUrl(server.url());
    settings.setValue(Settings::Key::TerminalName, u"Caisse 1"_s);
    settings.setValue(Settings::Key::ShopName, u"Boutique Wend-Kuni"_s);
    settings.setValue(Settings::Key::ShopAddress, u"Avenue Kwamé N'Krumah, Ouagadougou"_s);
    settings.setValue(Settings::Key::ReceiptOutput, u"none"_s);
    Terminal terminal(&settings, dir.filePath(u"data"_s));
    terminal.client().setTerminalToken(server.terminalToken);
    terminal.client().setSessionToken("session-mariam");
    Cashier mariam;
    mariam.id = u"1"_s;
    mariam.name = u"Mariam Kaboré"_s;
    mariam.role = Cashier::Role::Manager;
    terminal.setCashier(mariam);

    MainWindow window(&terminal);
    window.resize(1366, 768);
    window.showSale();
    window.show();
    window.showBackOffice();
    BackOfficeWindow *backOffice = window.backOffice();
    if (!backOffice)
        return 1;
    HistoryPage *history = backOffice->historyPage();
    if (!waitFor(
            [&] { return history->model()->rowCount() > 0 && !history->model()->isLoading(); }))
        return 1;
    QTest::qWait(400);
    history->table()->selectRow(3);
    QTest::qWait(200);
    bool ok = save(&window, out + u"/history.png"_s);

    // A flagged LigdiCash order: the mismatch banner, the review box and a full timeline.
    QString flagged;
    for (int row = 0; row < history->model()->rowCount() && flagged.isEmpty(); ++row) {
        if (history->model()->order(row).needsReview())
            flagged = history->model()->order(row).id;
    }
    if (flagged.isEmpty())
        return 1;
    OrderDetailDialog *detail = history->openOrder(flagged);
    if (!waitFor([&] { return detail->isLoaded(); }))
        return 1;
    QTest::qWait(400);
    ok = save(detail, out + u"/order-detail.png"_s) && ok;
    detail->close();
    Clock::setCurrentDateTimeUtcImpl({});
    return ok ? 0 : 1;
}
