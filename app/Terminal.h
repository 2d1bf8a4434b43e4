#pragma once

// Everything a till needs, wired once: the server link, the local catalog and its refresh, the
// sale journal, the cash queue, the payment watcher and the sale itself, all under one data
// folder. main.cpp builds one for the real app; tests build one in a temporary folder against a
// fake server. No widget here: the screens take a Terminal and only talk to its parts.

#include "CashJournal.h"
#include "Cashier.h"
#include "CatalogCache.h"
#include "CatalogSync.h"
#include "PaymentWatcher.h"
#include "SaleController.h"
#include "SaleJournal.h"
#include "ServerClient.h"
#include "Settings.h"

#include <QNetworkAccessManager>
#include <QObject>

class Terminal : public QObject
{
    Q_OBJECT

public:
    // dataDir holds catalog.sqlite and journal.sqlite.
    Terminal(Settings *settings, const QString &dataDir, QObject *parent = nullptr);

    Settings &settings() { return *m_settings; }
    QString dataDir() const { return m_dataDir; }
    ServerClient &client() { return m_client; }
    CatalogCache &catalog() { return m_catalog; }
    CatalogSync &catalogSync() { return m_catalogSync; }
    SaleJournal &journal() { return m_journal; }
    CashJournal &cash() { return m_cash; }
    PaymentWatcher &watcher() { return m_watcher; }
    SaleController &sale() { return m_sale; }

    // Restores the journaled sale and starts the background work (catalog refresh, queue).
    void start();

    const Cashier &cashier() const { return m_cashier; }
    bool isLoggedIn() const { return m_cashier.isValid(); }
    void setCashier(const Cashier &cashier);
    void logout();

Q_SIGNALS:
    void cashierChanged(const Cashier &cashier);

private:
    void applySettings();

    Settings *m_settings;
    QString m_dataDir;
    QNetworkAccessManager m_network;
    ServerClient m_client;
    CatalogCache m_catalog;
    CatalogSync m_catalogSync;
    SaleJournal m_journal;
    CashJournal m_cash;
    PaymentWatcher m_watcher;
    SaleController m_sale;
    Cashier m_cashier;
};
