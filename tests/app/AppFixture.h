#pragma once

// The app's non-widget parts wired together against a FakeComptoirServer, in a temporary
// folder, with short delays so that retries and timeouts happen within a test.

#include "CashJournal.h"
#include "FakeComptoirServer.h"
#include "PaymentWatcher.h"
#include "SaleController.h"
#include "SaleJournal.h"
#include "ServerClient.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

struct AppParts
{
    explicit AppParts(const QString &journalPath, const QUrl &serverUrl)
        : client(&network)
        , journal(journalPath)
        , cash(&journal, &client)
        , watcher(&client)
        , sale(&journal, &client, &cash, &watcher)
    {
        client.setBaseUrl(serverUrl);
        client.setTerminalToken(QByteArrayLiteral("terminal-secret"));
        client.setSessionToken(QByteArrayLiteral("session-awa"));
        client.setRequestTimeout(2000);
        cash.setRetryDelays(50, 200);
        watcher.setLongPollSeconds(5);
        watcher.setBackoff(50, 200);
        watcher.setMinimumInterval(20);
    }

    QNetworkAccessManager network;
    ServerClient client;
    SaleJournal journal;
    CashJournal cash;
    PaymentWatcher watcher;
    SaleController sale;
};

inline Product testItem(const QString &id, qint64 price, const QString &barcode = {})
{
    return Product(id, id.toUpper(), barcode, QStringLiteral("Produit ") + id,
                   QStringLiteral("Boissons"), Money::fromFrancs(price));
}

// A cart of (product, quantity) pairs; the test fails loudly if the cart refuses one.
inline Cart testCart(std::initializer_list<std::pair<Product, int>> lines)
{
    Cart cart;
    for (const auto &[product, quantity] : lines) {
        if (cart.add(product, quantity) != Cart::Error::None)
            qFatal("testCart: the cart refused a line");
    }
    return cart;
}
