// bench_app_catalog: how the till's catalog and sale screen behave with 100 000 products.
//  - search latency per keystroke (p50/p99/max) while typing names, SKUs and barcodes;
//  - exact barcode lookups (the scanner);
//  - cold start: a fresh process until the sale screen is shown, with its peak memory.
// Usage: bench_app_catalog [products]   (default 100000)

#include "CatalogCache.h"
#include "MainWindow.h"
#include "SaleScreen.h"
#include "Settings.h"
#include "Terminal.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QWindow>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QList<Product> makeCatalog(int count)
{
    const QStringList words{u"Riz"_s,    u"Huile"_s,  u"Savon"_s,   u"Lait"_s,    u"Sucre"_s,
                            u"Farine"_s, u"Thé"_s,    u"Café"_s,    u"Biscuit"_s, u"Jus"_s,
                            u"Pâtes"_s,  u"Tomate"_s, u"Sardine"_s, u"Bière"_s,   u"Eau"_s};
    const QStringList brands{u"Dolima"_s, u"Sotraco"_s, u"Faso"_s,   u"Wend"_s,
                             u"Nafa"_s,   u"Kossam"_s,  u"Yiriwa"_s, u"Sahel"_s};
    const QStringList sizes{u"250 g"_s, u"500 g"_s, u"1 kg"_s, u"5 kg"_s, u"1 L"_s, u"33 cl"_s};
    QList<Product> items;
    items.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString name = words.at(i % words.size()) + u' ' +
                             brands.at((i / 15) % brands.size()) + u' ' +
                             sizes.at((i / 120) % sizes.size()) + u" n°"_s + QString::number(i);
        items.append(Product(QString::number(i), u"SKU-%1"_s.arg(i, 6, 10, QChar(u'0')),
                             QString::number(6180000000000LL + i), name, words.at(i % words.size()),
                             Money::fromFrancs(100 + (i * 37) % 20000)));
    }
    return items;
}

struct Stats
{
    double p50 = 0, p99 = 0, max = 0;
};

Stats stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    Stats s;
    if (values.isEmpty())
        return s;
    s.p50 = values.at(values.size() / 2);
    s.p99 = values.at(qMin(values.size() - 1, values.size() * 99 / 100));
    s.max = values.last();
    return s;
}

qint64 statusKib(const char *field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// The child: a fresh process that opens the sale screen on an existing data folder.
int coldStart(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString dataDir = QString::fromLocal8Bit(argv[2]);
    Settings settings(dataDir + u"/comptoir.ini"_s);
    settings.setServerUrl(QUrl(u"http://127.0.0.1:9"_s)); // nothing there: offline start
    Terminal terminal(&settings, dataDir);
    Cashier cashier;
    cashier.id = u"bench"_s;
    cashier.name = u"Bench"_s;
    terminal.setCashier(cashier);
    terminal.sale().restore();
    MainWindow window(&terminal);
    window.resize(1366, 768);
    window.showSale();
    window.show();
    QElapsedTimer waited;
    waited.start();
    while (!(window.windowHandle() && window.windowHandle()->isExposed())) {
        if (waited.elapsed() > 10000)
            return 1;
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    QApplication::processEvents();
    std::printf("ready rss_kib=%lld hwm_kib=%lld\n", statusKib("VmRSS:"), statusKib("VmHWM:"));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 2 && qstrcmp(argv[1], "--cold-start") == 0)
        return coldStart(argc, argv);

    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"till"_s);

    QElapsedTimer timer;
    double loadMs = 0;
    {
        CatalogCache cache((QDir().mkpath(dataDir), dataDir + u"/catalog.sqlite"_s));
        const QList<Product> items = makeCatalog(count);
        timer.start();
        if (!cache.replaceAll(items)) {
            std::fprintf(stderr, "catalog load failed: %s\n", qPrintable(cache.lastError()));
            return 1;
        }
        loadMs = timer.nsecsElapsed() / 1e6;

        // Typing, one keystroke at a time, as a cashier (or a scanner) would.
        const QStringList typed{u"riz dolima 5 kg"_s, u"savon wend"_s, u"café sahel"_s,
                                u"biscuit"_s,         u"sku-0421"_s,   u"6180000054321"_s,
                                u"huile nafa 1 l"_s,  u"thé kossam"_s, u"eau"_s,
                                u"sardine faso"_s};
        QList<double> perKeystroke;
        for (int round = 0; round < 3; ++round) {
            for (const QString &text : typed) {
                for (int length = 1; length <= text.size(); ++length) {
                    timer.start();
                    const auto results = cache.search(text.left(length), {}, 61);
                    perKeystroke.append(timer.nsecsElapsed() / 1e6);
                    Q_UNUSED(results);
                }
            }
        }
        QList<double> scans;
        for (int i = 0; i < 2000; ++i) {
            const QString code =
                QString::number(6180000000000LL + QRandomGenerator::global()->bounded(count));
            timer.start();
            const auto found = cache.findExact(code);
            scans.append(timer.nsecsElapsed() / 1e6);
            if (!found)
                return 1;
        }
        const Stats s = stats(perKeystroke);
        const Stats e = stats(scans);
        std::printf("products: %d (loaded into SQLite + FTS5 in %.0f ms)\n", count, loadMs);
        std::printf(
            "search per keystroke (%lld keystrokes): p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
            qint64(perKeystroke.size()), s.p50, s.p99, s.max);
        std::printf("exact barcode lookup (%lld scans): p50 %.3f ms, p99 %.3f ms\n",
                    qint64(scans.size()), e.p50, e.p99);
    }

    // Cold start, three times: a new process until the sale screen is on screen.
    QList<double> starts;
    QString memory;
    for (int i = 0; i < 3; ++i) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(u"QT_QPA_PLATFORM"_s) && !env.contains(u"DISPLAY"_s))
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"comptoir.*=false"_s);
        child.setProcessEnvironment(env);
        timer.start();
        child.start(QCoreApplication::applicationFilePath(), {u"--cold-start"_s, dataDir});
        if (!child.waitForFinished(60000) || child.exitCode() != 0) {
            std::fprintf(stderr, "cold start failed: %s\n",
                         child.readAllStandardError().constData());
            return 1;
        }
        starts.append(timer.nsecsElapsed() / 1e6);
        memory = QString::fromLatin1(child.readAllStandardOutput()).trimmed();
    }
    const Stats c = stats(starts);
    std::printf("cold start to the sale screen: median %.0f ms (runs:", c.p50);
    for (double ms : starts)
        std::printf(" %.0f", ms);
    std::printf(")\nsale screen memory: %s\n", qPrintable(memory.mid(6)));
    return 0;
}
