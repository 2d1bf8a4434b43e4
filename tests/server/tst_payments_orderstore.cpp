// OrderStore's conditional changes: whoever changes an order first wins, every later or racing
// caller (another connection, as another server process would be) changes nothing, and each
// change appends exactly one timeline event. Runs on SQLite, and on PostgreSQL when
// COMPTOIR_TEST_PG_URL is set.

#include "Database.h"
#include "TestDatabase.h"
#include "payments/OrderStore.h"
#include "payments/PaymentSettings.h"
#include "payments/PaymentSweeper.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

class tst_PaymentsOrderStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void insert_sameIdTwice_reportsTheExistingOrder();
    void paidTransition_racedFromTwoConnections_appliesOnceWithOneEvent();
    void changeStatus_fromAStatusNotListed_changesNothing();
    void invoiceClaim_heldByOther_refusedUntilLeaseExpires();
    void storeInvoice_withoutTheClaim_isRefused();
    void confirmClaim_rateLimitsAcrossConnections();
    void recordConfirmStatus_appendsOnlyWhenItChanges();
    void mismatchFlag_setOnce();
    void callbackJournal_keepsRawBytes_andFindsDuplicates();
    void sweeperBackoff_doublesUpToTheCeiling_data();
    void sweeperBackoff_doublesUpToTheCeiling();
    void settings_urlsCarryTheOrderId_andVanishWithoutPublicUrl();

private:
    OrderRecord draftOrder() const;
    QString insertAwaiting(OrderStore &store);
    int countEvents(OrderStore &store, const QString &id, const QString &kind);

    QString m_backend;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Database> m_first;
    std::unique_ptr<Database> m_second;
};

void tst_PaymentsOrderStore::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_PaymentsOrderStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_PaymentsOrderStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    m_db = std::make_unique<TestDatabase>(backend);
    if (!m_db->isAvailable())
        QSKIP("COMPTOIR_TEST_PG_URL is not set");
    QVERIFY2(m_db->create(), qPrintable(m_db->errorString()));
    const QString url = m_db->url();
    m_first = std::make_unique<Database>();
    QVERIFY2(m_first->open(url) && m_first->migrate(), qPrintable(m_first->errorString()));
    m_second = std::make_unique<Database>();
    QVERIFY2(m_second->open(url), qPrintable(m_second->errorString()));
}

void tst_PaymentsOrderStore::cleanup()
{
    m_second.reset();
    m_first.reset();
    m_db.reset();
}

OrderRecord tst_PaymentsOrderStore::draftOrder() const
{
    OrderRecord order;
    order.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    order.terminalId = u"1"_s;
    order.cashierId = u"7"_s;
    order.method = u"ligdicash"_s;
    order.currency = u"XOF"_s;
    order.total = 5000;
    order.lines = QJsonArray{QJsonObject{{u"product_id"_s, u"p"_s}}};
    order.requestHash = u"hash"_s;
    order.status = u"draft"_s;
    order.createdAt = 1000;
    order.updatedAt = 1000;
    return order;
}

QString tst_PaymentsOrderStore::insertAwaiting(OrderStore &store)
{
    const OrderRecord order = draftOrder();
    if (store.insert(order, {}, nullptr) != OrderStore::InsertOutcome::Inserted)
        return {};
    if (store.claimInvoice(order.id, {u"draft"_s}, u"me"_s, 2000, 60000, u"hosted"_s, {}) !=
        OrderStore::Change::Applied)
        return {};
    if (store.storeInvoice(order.id, u"me"_s, u"token-1"_s, u"https://pay/1"_s, 2001, 2100) !=
        OrderStore::Change::Applied)
        return {};
    return order.id;
}

int tst_PaymentsOrderStore::countEvents(OrderStore &store, const QString &id, const QString &kind)
{
    int count = 0;
    for (const OrderStore::Event &event : store.events(id))
        count += event.kind == kind ? 1 : 0;
    return count;
}

void tst_PaymentsOrderStore::insert_sameIdTwice_reportsTheExistingOrder()
{
    OrderStore store(m_first->connectionName());
    const OrderRecord order = draftOrder();
    QCOMPARE(store.insert(order, {{0, order.id, 1000, u"created"_s, {}}}, nullptr),
             OrderStore::InsertOutcome::Inserted);
    OrderRecord existing;
    OrderRecord again = order;
    again.requestHash = u"other"_s;
    QCOMPARE(store.insert(again, {{0, order.id, 1000, u"created"_s, {}}}, &existing),
             OrderStore::InsertOutcome::Exists);
    QCOMPARE(existing.requestHash, u"hash"_s);
    QCOMPARE(countEvents(store, order.id, u"created"_s), 1);
}

void tst_PaymentsOrderStore::paidTransition_racedFromTwoConnections_appliesOnceWithOneEvent()
{
    OrderStore first(m_first->connectionName());
    OrderStore second(m_second->connectionName());
    const QString id = insertAwaiting(first);
    QVERIFY(!id.isEmpty());
    const QStringList payable{u"awaiting_payment"_s, u"expired"_s, u"cancelled"_s};
    int notified = 0;
    first.setChangeListener([&](const QString &) { ++notified; });
    QCOMPARE(first.changeStatus(id, payable, u"paid"_s, u"paid_amount = ?"_s, {5000}, u"paid"_s, {},
                                3000),
             OrderStore::Change::Applied);
    QCOMPARE(second.changeStatus(id, payable, u"paid"_s, u"paid_amount = ?"_s, {5000}, u"paid"_s,
                                 {}, 3001),
             OrderStore::Change::NotApplied);
    QCOMPARE(first.changeStatus(id, payable, u"paid"_s, {}, {}, u"paid"_s, {}, 3002),
             OrderStore::Change::NotApplied);
    QCOMPARE(countEvents(first, id, u"paid"_s), 1);
    QCOMPARE(notified, 1);
    QCOMPARE(second.find(id)->status, u"paid"_s);
    QCOMPARE(second.find(id)->paidAmount, std::optional<qint64>(5000));
}

void tst_PaymentsOrderStore::changeStatus_fromAStatusNotListed_changesNothing()
{
    OrderStore store(m_first->connectionName());
    const OrderRecord order = draftOrder();
    QCOMPARE(store.insert(order, {}, nullptr), OrderStore::InsertOutcome::Inserted);
    QCOMPARE(store.changeStatus(order.id, {u"awaiting_payment"_s}, u"failed"_s, {}, {}, u"failed"_s,
                                {}, 2000),
             OrderStore::Change::NotApplied);
    QCOMPARE(store.find(order.id)->status, u"draft"_s);
    QCOMPARE(countEvents(store, order.id, u"failed"_s), 0);
}

void tst_PaymentsOrderStore::invoiceClaim_heldByOther_refusedUntilLeaseExpires()
{
    OrderStore first(m_first->connectionName());
    OrderStore second(m_second->connectionName());
    const OrderRecord order = draftOrder();
    QCOMPARE(first.insert(order, {}, nullptr), OrderStore::InsertOutcome::Inserted);
    QCOMPARE(first.claimInvoice(order.id, {u"draft"_s}, u"a"_s, 10000, 5000, u"hosted"_s, {}),
             OrderStore::Change::Applied);
    QCOMPARE(second.claimInvoice(order.id, {u"draft"_s}, u"b"_s, 12000, 5000, u"hosted"_s, {}),
             OrderStore::Change::NotApplied);
    // The holder died: after its lease, another may create the invoice.
    QCOMPARE(second.claimInvoice(order.id, {u"draft"_s}, u"b"_s, 15001, 5000, u"hosted"_s, {}),
             OrderStore::Change::Applied);
    QCOMPARE(first.storeInvoice(order.id, u"a"_s, u"late-token"_s, {}, 16000, 17000),
             OrderStore::Change::NotApplied);
    QCOMPARE(second.storeInvoice(order.id, u"b"_s, u"token-b"_s, u"https://pay/b"_s, 16001, 17000),
             OrderStore::Change::Applied);
    const auto stored = first.find(order.id);
    QCOMPARE(stored->invoiceToken, u"token-b"_s);
    QCOMPARE(stored->status, u"awaiting_payment"_s);
    QCOMPARE(stored->paymentAttempt, 1);
    QCOMPARE(countEvents(first, order.id, u"invoice_created"_s), 1);
}

void tst_PaymentsOrderStore::storeInvoice_withoutTheClaim_isRefused()
{
    OrderStore store(m_first->connectionName());
    const OrderRecord order = draftOrder();
    QCOMPARE(store.insert(order, {}, nullptr), OrderStore::InsertOutcome::Inserted);
    QCOMPARE(store.storeInvoice(order.id, u"nobody"_s, u"t"_s, {}, 2000, 2100),
             OrderStore::Change::NotApplied);
    QVERIFY(!store.find(order.id)->hasInvoice());
}

void tst_PaymentsOrderStore::confirmClaim_rateLimitsAcrossConnections()
{
    OrderStore first(m_first->connectionName());
    OrderStore second(m_second->connectionName());
    const QString id = insertAwaiting(first);
    QCOMPARE(first.claimConfirm(id, 10000, 2000), OrderStore::Change::Applied);
    QCOMPARE(second.claimConfirm(id, 10500, 2000), OrderStore::Change::NotApplied);
    QCOMPARE(first.claimConfirm(id, 11999, 2000), OrderStore::Change::NotApplied);
    QCOMPARE(second.claimConfirm(id, 12000, 2000), OrderStore::Change::Applied);
}

void tst_PaymentsOrderStore::recordConfirmStatus_appendsOnlyWhenItChanges()
{
    OrderStore store(m_first->connectionName());
    const QString id = insertAwaiting(store);
    QCOMPARE(store.recordConfirmStatus(id, u"pending"_s, {}, 3000), OrderStore::Change::Applied);
    QCOMPARE(store.recordConfirmStatus(id, u"pending"_s, {}, 3100), OrderStore::Change::NotApplied);
    QCOMPARE(store.recordConfirmStatus(id, u"completed"_s, {}, 3200), OrderStore::Change::Applied);
    QCOMPARE(countEvents(store, id, u"confirm_result"_s), 2);
}

void tst_PaymentsOrderStore::mismatchFlag_setOnce()
{
    OrderStore store(m_first->connectionName());
    const QString id = insertAwaiting(store);
    QCOMPARE(store.flagMismatch(id, {{u"amount"_s, 4900}}, 3000), OrderStore::Change::Applied);
    QCOMPARE(store.flagMismatch(id, {{u"amount"_s, 4900}}, 3100), OrderStore::Change::NotApplied);
    QVERIFY(store.find(id)->flagMismatch);
    QCOMPARE(store.find(id)->status, u"awaiting_payment"_s);
    QCOMPARE(countEvents(store, id, u"mismatch"_s), 1);
}

void tst_PaymentsOrderStore::callbackJournal_keepsRawBytes_andFindsDuplicates()
{
    OrderStore store(m_first->connectionName());
    const QByteArray raw("status=completed&custom_data=%5B%5D\x01\xff", 37);
    const QList<qint64> ids = store.journalCallbacks(
        1000, {{0, 0, u"127.0.0.1"_s, "application/x-www-form-urlencoded", raw},
               {0, 0, u"127.0.0.1"_s, "application/json", "{}"}});
    QCOMPARE(ids.size(), 2);
    const QList<OrderStore::JournalEntry> pending = store.unprocessedJournal(2000, 10);
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.first().body, raw);
    QVERIFY(store.completeJournal(ids.at(0), u"form"_s, {}, u"key"_s, false, u"matched"_s, 1500));
    QVERIFY(store.isDuplicate(u"key"_s, ids.at(1)));
    QVERIFY(!store.isDuplicate(u"key"_s, ids.at(0)));
    QCOMPARE(store.unprocessedJournal(2000, 10).size(), 1);
}

void tst_PaymentsOrderStore::sweeperBackoff_doublesUpToTheCeiling_data()
{
    QTest::addColumn<qint64>("attempts");
    QTest::addColumn<qint64>("delay");
    QTest::newRow("first") << qint64(0) << qint64(5000);
    QTest::newRow("second") << qint64(1) << qint64(10000);
    QTest::newRow("fourth") << qint64(3) << qint64(40000);
    QTest::newRow("capped") << qint64(10) << qint64(300000);
    QTest::newRow("far beyond") << qint64(1000) << qint64(300000);
}

void tst_PaymentsOrderStore::sweeperBackoff_doublesUpToTheCeiling()
{
    QFETCH(qint64, attempts);
    QFETCH(qint64, delay);
    QCOMPARE(PaymentSweeper::backoffMs(attempts, 5000, 300000), delay);
}

void tst_PaymentsOrderStore::settings_urlsCarryTheOrderId_andVanishWithoutPublicUrl()
{
    PaymentSettings settings;
    settings.publicUrl = QUrl(u"https://shop.example/comptoir/"_s);
    QCOMPARE(settings.callbackUrl().toString(),
             u"https://shop.example/comptoir/api/v1/ligdicash/callback"_s);
    QCOMPARE(settings.returnUrl(u"abc"_s).toString(),
             u"https://shop.example/comptoir/pay/return?order=abc"_s);
    QCOMPARE(settings.cancelUrl(u"abc"_s).toString(),
             u"https://shop.example/comptoir/pay/cancel?order=abc"_s);
    settings.publicUrl = QUrl();
    QVERIFY(settings.callbackUrl().isEmpty());
    settings.localBaseUrl = [] { return QUrl(u"http://192.168.1.5:8080"_s); };
    QCOMPARE(settings.callbackUrl().toString(),
             u"http://192.168.1.5:8080/api/v1/ligdicash/callback"_s);
    QVERIFY(settings.returnUrl(u"abc"_s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_PaymentsOrderStore)
#include "tst_payments_orderstore.moc"
