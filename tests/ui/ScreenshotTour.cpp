// comptoir_screenshots: drives the real screens against a FakeComptoirServer with a demo shop in
// Ouagadougou and saves PNGs of the sale screen and the payment dialog (docs/screenshots/).
// Run under xvfb-run; not a test. Usage: comptoir_screenshots <output dir> [fr|en]

#include "FakeComptoirServer.h"
#include "LoginScreen.h"
#include "MainWindow.h"
#include "PaymentDialog.h"
#include "ReceiptPrinter.h"
#include "SaleScreen.h"
#include "Terminal.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

class UrlSink : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void open(const QUrl &) {}
};

QList<Product> demoShop()
{
    struct Row
    {
        const char *name;
        const char *category;
        qint64 price;
    };
    const Row rows[] = {
        {"Bière Brakina 65 cl", "Boissons", 650},
        {"Coca-Cola 33 cl", "Boissons", 500},
        {"Eau minérale Lafi 1,5 L", "Boissons", 400},
        {"Jus Dafani mangue 1 L", "Boissons", 1000},
        {"Sucrerie Fanta orange 50 cl", "Boissons", 400},
        {"Riz parfumé 5 kg", "Épicerie", 4500},
        {"Huile Savor 1 L", "Épicerie", 1500},
        {"Sucre SOSUCO morceaux 1 kg", "Épicerie", 900},
        {"Lait en poudre Nido 400 g", "Épicerie", 3200},
        {"Café Nescafé 200 g", "Épicerie", 3500},
        {"Pâtes Panzani 500 g", "Épicerie", 600},
        {"Tomate concentrée 400 g", "Épicerie", 550},
        {"Sardines Joly 125 g", "Épicerie", 450},
        {"Thé vert Lipton (25 sachets)", "Épicerie", 750},
        {"Farine de mil 1 kg", "Épicerie", 700},
        {"Biscuits Parle-G", "Épicerie", 100},
        {"Savon Santex 200 g", "Hygiène", 250},
        {"Dentifrice Signal 100 ml", "Hygiène", 800},
        {"Lessive OMO 500 g", "Hygiène", 1200},
        {"Papier toilette (4 rouleaux)", "Hygiène", 1000},
        {"Piles Tiger AA (x4)", "Maison", 600},
        {"Bougies (paquet de 6)", "Maison", 500},
        {"Allumettes (x10)", "Maison", 250},
        {"Pain baguette", "Boulangerie", 150},
        {"Pain de mie", "Boulangerie", 750},
        {"Croissant", "Boulangerie", 300},
    };
    QList<Product> items;
    int index = 0;
    for (const Row &row : rows) {
        ++index;
        items.append(Product(u"p%1"_s.arg(index), u"SKU-%1"_s.arg(index, 3, 10, QChar(u'0')),
                             QString::number(6180000000000LL + index), QString::fromUtf8(row.name),
                             QString::fromUtf8(row.category), Money::fromFrancs(row.price)));
    }
    return items;
}

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
    const QString language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : u"fr"_s;
    QDir().mkpath(out);

    QTranslator translator;
    if (translator.load(QStringLiteral(COMPTOIR_QM_DIR) + u"/comptoir_"_s + language + u".qm"_s))
        QApplication::installTranslator(&translator);
    QLocale::setDefault(language == "fr"_L1 ? QLocale(QLocale::French, QLocale::BurkinaFaso)
                                            : QLocale(QLocale::English, QLocale::UnitedStates));

    UrlSink sink;
    QDesktopServices::setUrlHandler(u"http"_s, &sink, "open");

    FakeComptoirServer server;
    server.users = QJsonArray{QJsonObject{{u"id"_s, u"awa"_s}, {u"name"_s, u"Awa Ouédraogo"_s}},
                              QJsonObject{{u"id"_s, u"issa"_s}, {u"name"_s, u"Issa Sawadogo"_s}},
                              QJsonObject{{u"id"_s, u"mariam"_s},
                                          {u"name"_s, u"Mariam Kaboré"_s},
                                          {u"role"_s, u"manager"_s}}};
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
    terminal.client().setSessionToken("session-awa");
    terminal.catalog().replaceAll(demoShop());
    Cashier awa;
    awa.id = u"awa"_s;
    awa.name = u"Awa Ouédraogo"_s;
    terminal.setCashier(awa);

    MainWindow window(&terminal);
    window.resize(1366, 768);
    window.showSale();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    SaleScreen *screen = window.saleScreen();
    const auto shop = demoShop();
    terminal.sale().addItem(shop.at(0), 2);
    terminal.sale().addItem(shop.at(5), 1);
    terminal.sale().addItem(shop.at(6), 2);
    terminal.sale().addItem(shop.at(16), 3);
    terminal.sale().addItem(shop.at(23), 4);
    QTest::qWait(300);
    bool ok = save(&window, out + u"/sale-screen.png"_s);

    screen->openLigdiCash();
    PaymentDialog *payment = screen->paymentDialog();
    if (!waitFor([&] { return payment && payment->stage() == PaymentDialog::Stage::Waiting; }))
        return 1;
    QTest::qWait(200);
    ok = save(payment, out + u"/payment-dialog.png"_s) && ok;

    const QString id = server.orders.keys().value(0);
    server.setStatus(id, u"paid"_s);
    if (!waitFor([&] { return payment->stage() == PaymentDialog::Stage::Paid; }))
        return 1;
    QTest::qWait(200);
    ok = save(payment, out + u"/payment-paid.png"_s) && ok;
    payment->accept();
    QTest::qWait(200);

    // The receipt of that sale, as its PDF page and as a picture of the same layout.
    Receipt receipt = window.lastReceipt();
    ok = receipt.isValid() && ok;
    ok = ReceiptPrinter::writePdf(receipt, out + u"/receipt.pdf"_s).isEmpty() && ok;
    const int lines = int(receipt.textLines(42).size()) + 2;
    QImage page(420, lines * 19 + 20, QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        ReceiptPrinter::paint(receipt, &painter, page.rect().adjusted(10, 0, -10, 0));
    }
    ok = page.save(out + u"/receipt.png"_s) && ok;
    std::printf("saved %s\n", qPrintable(out + u"/receipt.png"_s));

    window.lock();
    QTest::qWait(300);
    ok = save(&window, out + u"/login.png"_s) && ok;
    QDesktopServices::unsetUrlHandler(u"http"_s);
    return ok ? 0 : 1;
}

#include "ScreenshotTour.moc"
