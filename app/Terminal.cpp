#include "Terminal.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace {
// The data folder exists before the first database in it is opened.
QString preparedPath(const QString &dataDir, const QString &file)
{
    QDir().mkpath(dataDir);
    return dataDir + u'/' + file;
}
} // namespace

Terminal::Terminal(Settings *settings, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_dataDir(dataDir)
    , m_client(&m_network)
    , m_catalog(preparedPath(dataDir, u"catalog.sqlite"_s))
    , m_catalogSync(&m_catalog, &m_client)
    , m_journal(dataDir + u"/journal.sqlite"_s)
    , m_cash(&m_journal, &m_client)
    , m_watcher(&m_client)
    , m_sale(&m_journal, &m_client, &m_cash, &m_watcher)
{
    applySettings();
    connect(m_settings, &Settings::changed, this, &Terminal::applySettings);
    connect(&m_client, &ServerClient::sessionExpired, this, &Terminal::logout);
}

void Terminal::applySettings()
{
    m_client.setBaseUrl(m_settings->serverUrl());
    m_client.setTerminalId(m_settings->terminalName());
    m_client.setRequestTimeout(m_settings->requestTimeoutSeconds() * 1000);
    m_watcher.setLongPollSeconds(m_settings->longPollSeconds());
    m_watcher.setPaymentTimeout(m_settings->paymentTimeoutSeconds() * 1000);
}

void Terminal::start()
{
    m_sale.restore();
    m_catalogSync.start(m_settings->catalogRefreshMinutes() * 60 * 1000);
}

void Terminal::setCashier(const Cashier &cashier)
{
    m_cashier = cashier;
    m_sale.setCashierId(cashier.id);
    if (cashier.isValid())
        m_settings->setValue(Settings::Key::LastCashierId, cashier.id);
    Q_EMIT cashierChanged(cashier);
}

void Terminal::logout()
{
    m_client.logout();
    setCashier(Cashier());
}
