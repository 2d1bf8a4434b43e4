// Crash recovery of the callback path, in process: a callback journaled by a server that died
// before processing it is replayed by the sweeper (once, even with two sweepers on the
// database), confirmed with the stored token, and the order ends paid exactly once.

#include "Database.h"
#include "HttpServer.h"
#include "Metrics.h"
#include "ServerClock.h"
#include "payments/LigdiCashClient.h"
#include "payments/PaymentService.h"
#include "payments/PaymentSweeper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

class tst_PaymentsCallbackReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void journaledButUnprocessed_isReplayedOnce_andPaysWithTheStoredToken();
    void unreadableJournalEntry_isClosed_notRetriedForever();

private:
    QString insertAwaiting(qint64 total, const QString &token);
    int countEvents(const QString &id, const QString &kind);

    QTemporaryDir m_dir;
    std::unique_ptr<HttpServer> m_fakeLigdiCash;
    QStringList m_confirmedTokens;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<LigdiCashClient> m_client;
    std::unique_ptr<PaymentService> m_service;
};

void tst_PaymentsCallbackReplay::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_PaymentsCallbackReplay::init()
{
    m_confirmedTokens.clear();
    m_fakeLigdiCash = std::make_unique<HttpServer>();
    m_fakeLigdiCash->route(
        "GET", u"/pay/v01/redirect/checkout-invoice/confirm"_s, [this](const HttpRequest &request) {
            m_confirmedTokens.append(request.queryValue(u"invoiceToken"_s));
            return HttpResponse::json(
                QJsonObject{{u"response_code"_s, u"00"_s},
                            {u"status"_s, u"completed"_s},
                            {u"token"_s, QString()},
                            {u"response_text"_s, QString()},
                            {u"description"_s, QString()},
                            {u"amount"_s, 5000},
                            {u"montant"_s, 5000},
                            {u"operator_id"_s, u"11"_s},
                            {u"operator_name"_s, u"ORANGE BURKINA"_s},
                            {u"customer"_s, u"22670000000"_s},
                            {u"date"_s, u"2026-05-09 07:20:23+00"_s},
                            {u"external_id"_s, QString()},
                            {u"request_id"_s, u"P1"_s},
                            {u"custom_data"_s, QJsonArray()},
                            {u"wiki"_s, u"https://client.ligdicash.com/wiki/confirmInvoice"_s}});
        });
    const quint16 port = m_fakeLigdiCash->start(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);

    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(u"sqlite:"_s + m_dir.path() + u"/replay-"_s +
                              QUuid::createUuid().toString(QUuid::Id128) + u".sqlite"_s) &&
                 m_database->migrate(),
             qPrintable(m_database->errorString()));
    m_metrics = std::make_unique<Metrics>();
    LigdiCashClient::Settings client;
    client.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    client.apiKey = "k";
    client.authToken = "t";
    m_client = std::make_unique<LigdiCashClient>(client);
    m_service = std::make_unique<PaymentService>(m_database->connectionName(), *m_metrics,
                                                 m_client.get(), PaymentSettings());
}

void tst_PaymentsCallbackReplay::cleanup()
{
    m_service.reset();
    m_client.reset();
    m_metrics.reset();
    m_database.reset();
    m_fakeLigdiCash.reset();
}

QString tst_PaymentsCallbackReplay::insertAwaiting(qint64 total, const QString &token)
{
    OrderStore &store = m_service->store();
    OrderRecord order;
    order.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    order.terminalId = u"1"_s;
    order.cashierId = u"1"_s;
    order.method = u"ligdicash"_s;
    order.currency = u"XOF"_s;
    order.total = total;
    order.requestHash = u"h"_s;
    order.status = u"draft"_s;
    const qint64 now = ServerClock::nowMs();
    order.createdAt = now;
    order.updatedAt = now;
    if (store.insert(order, {}, nullptr) != OrderStore::InsertOutcome::Inserted ||
        store.claimInvoice(order.id, {u"draft"_s}, u"me"_s, now, 60000, u"hosted"_s, {}) !=
            OrderStore::Change::Applied ||
        store.storeInvoice(order.id, u"me"_s, token, u"https://pay"_s, now, now + 3600000) !=
            OrderStore::Change::Applied)
        return {};
    return order.id;
}

int tst_PaymentsCallbackReplay::countEvents(const QString &id, const QString &kind)
{
    int count = 0;
    for (const OrderStore::Event &event : m_service->store().events(id))
        count += event.kind == kind ? 1 : 0;
    return count;
}

void tst_PaymentsCallbackReplay::journaledButUnprocessed_isReplayedOnce_andPaysWithTheStoredToken()
{
    const QString id = insertAwaiting(5000, u"stored-creation-token"_s);
    QVERIFY(!id.isEmpty());
    // What a server killed right after answering LigdiCash leaves behind.
    const QJsonObject callback{
        {u"status"_s, u"completed"_s},
        {u"amount"_s, 5000},
        {u"montant"_s, 5000},
        {u"token"_s, u"a-different-callback-token"_s},
        {u"custom_data"_s, QJsonArray{QJsonObject{{u"keyof_customdata"_s, u"transaction_id"_s},
                                                  {u"valueof_customdata"_s, id}}}}};
    const QList<qint64> ids = m_service->store().journalCallbacks(
        ServerClock::nowMs() - 60000, {{0, 0, u"127.0.0.1"_s, "application/json",
                                        QJsonDocument(callback).toJson(QJsonDocument::Compact)}});
    QCOMPARE(ids.size(), 1);

    PaymentSweeper sweeper(*m_service);
    // A second sweeper (another process on the same database) must not replay it again.
    PaymentService other(m_database->connectionName(), *m_metrics, m_client.get(),
                         PaymentSettings());
    PaymentSweeper otherSweeper(other);
    sweeper.sweep();
    otherSweeper.sweep();
    QTRY_COMPARE_WITH_TIMEOUT(m_service->store().find(id)->status, u"paid"_s, 5000);
    QCOMPARE(countEvents(id, u"callback_received"_s), 1);
    QCOMPARE(countEvents(id, u"paid"_s), 1);
    QCOMPARE(m_confirmedTokens, QStringList{u"stored-creation-token"_s});
    QVERIFY(m_service->store().unprocessedJournal(ServerClock::nowMs(), 10).isEmpty());
}

void tst_PaymentsCallbackReplay::unreadableJournalEntry_isClosed_notRetriedForever()
{
    const QList<qint64> ids = m_service->store().journalCallbacks(
        ServerClock::nowMs() - 60000,
        {{0, 0, u"127.0.0.1"_s, "application/json", "{\"status\": [not json"}});
    QCOMPARE(ids.size(), 1);
    PaymentSweeper sweeper(*m_service);
    sweeper.sweep();
    QVERIFY(m_service->store().unprocessedJournal(ServerClock::nowMs(), 10).isEmpty());
    QCOMPARE(m_confirmedTokens.size(), 0);
}

QTEST_GUILESS_MAIN(tst_PaymentsCallbackReplay)
#include "tst_payments_callbackreplay.moc"
