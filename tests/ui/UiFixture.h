#pragma once

// A Terminal in a temporary folder, talking to a FakeComptoirServer, with a small shop in its
// catalog and a logged-in cashier: what the widget tests drive.

#include "FakeComptoirServer.h"
#include "Terminal.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct UiFixture
{
    UiFixture()
    {
        server = std::make_unique<FakeComptoirServer>();
        if (!server->start())
            qFatal("fake server did not start");
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("comptoir.ini")));
        settings->setServerUrl(server->url());
        settings->setValue(Settings::Key::RequestTimeoutSeconds, 2);
        settings->setValue(Settings::Key::LongPollSeconds, 2);
        terminal = std::make_unique<Terminal>(settings.get(), dir.filePath(QStringLiteral("data")));
        terminal->client().setTerminalToken(server->terminalToken);
        terminal->client().setSessionToken(QByteArrayLiteral("session-awa"));
        terminal->cash().setRetryDelays(50, 200);
        terminal->watcher().setBackoff(50, 200);
        terminal->watcher().setMinimumInterval(20);
        terminal->catalog().replaceAll(shop());
        Cashier awa;
        awa.id = QStringLiteral("awa");
        awa.name = QStringLiteral("Awa");
        terminal->setCashier(awa);
    }

    static QList<Product> shop()
    {
        auto item = [](const char *id, const char *name, const char *barcode, const char *category,
                       qint64 price) {
            return Product{QString::fromUtf8(id),       QString::fromUtf8(id).toUpper(),
                           QString::fromUtf8(barcode),  QString::fromUtf8(name),
                           QString::fromUtf8(category), Money::fromFrancs(price)};
        };
        return {item("boi-001", "Coca-Cola 33 cl", "5449000000996", "Boissons", 500),
                item("boi-002", "Eau minérale Lafi 1,5 L", "6181100000012", "Boissons", 400),
                item("epi-010", "Riz parfumé 5 kg", "3560070000011", "Épicerie", 4500),
                item("hyg-003", "Savon Santex", "6001087000017", "Hygiène", 250),
                item("epi-011", "Café Nescafé 200 g", "7613035000018", "Épicerie", 3500)};
    }

    QTemporaryDir dir;
    std::unique_ptr<FakeComptoirServer> server;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Terminal> terminal;
};
