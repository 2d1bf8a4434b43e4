// The managers' side of the unmatched-payments register (docs/manager-api.md, "Unmatched
// payments") over real HTTP against an in-process server whose LigdiCash is a local fake: a
// callback naming no order lands in the list with the new fields empty; review records who,
// when and the note; check asks LigdiCash's confirm about the callback's token once, keeps the
// answer, and never makes anything paid. Every endpoint is called by a manager (results checked)
// and a cashier (403); bad input is a 400 naming the field. SQLite, then PostgreSQL when
// COMPTOIR_TEST_PG_URL is set.

#include "tst_admin_fixture.h"

#include "HttpServer.h"
#include "TestData.h"

#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

class TestAdminUnmatched : public QObject, public AdminFixture
{
    Q_OBJECT

public:
    explicit TestAdminUnmatched(bool postgres)
        : AdminFixture(postgres)
    {}

private:
    std::unique_ptr<HttpServer> m_ligdicash;
    int m_confirmCalls = 0;
    QString m_confirmToken;
    QByteArray m_confirmAnswer;
    int m_confirmStatus = 200;

    HttpTestReply unmatchedList() { return manager().get(u"/api/v1/payments/unmatched"_s); }

    QJsonArray entries() { return unmatchedList().json().value(u"unmatched"_s).toArray(); }

    // Posts a LigdiCash callback (JSON) and waits until the register shows it; its id.
    QString receive(const QByteArray &fixture)
    {
        const int before = int(entries().size());
        HttpTestClient public_(m_app->baseUrl());
        const HttpTestReply reply =
            public_.postRaw(u"/api/v1/ligdicash/callback"_s, "application/json",
                            TestData::read(u"ligdicash/"_s + QString::fromLatin1(fixture)));
        if (reply.status != 200)
            return {};
        QDeadlineTimer deadline(5000);
        while (entries().size() == before && !deadline.hasExpired())
            QTest::qWait(20);
        const QJsonArray now = entries();
        return now.size() == before + 1 ? now.first().toObject().value(u"id"_s).toString()
                                        : QString();
    }

    int paidOrders()
    {
        auto query = m_app->db().exec(u"SELECT COUNT(*) FROM orders WHERE status = 'paid'"_s);
        return query && query->next() ? query->value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase() { setUpCase(); }
    void cleanupTestCase() { tearDownCase(); }

    void init()
    {
        m_confirmCalls = 0;
        m_confirmToken.clear();
        m_confirmStatus = 200;
        m_confirmAnswer = TestData::read(u"ligdicash/confirm-completed-variant.json"_s);
        m_ligdicash = std::make_unique<HttpServer>();
        m_ligdicash->route("GET", u"/pay/v01/redirect/checkout-invoice/confirm"_s,
                           [this](const HttpRequest &request) {
                               ++m_confirmCalls;
                               m_confirmToken = request.queryValue(u"invoiceToken"_s);
                               return HttpResponse::text(m_confirmAnswer, "application/json",
                                                         m_confirmStatus);
                           });
        const quint16 port = m_ligdicash->start(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        setUp({{u"ligdicash/base_url"_s, u"http://127.0.0.1:%1"_s.arg(port)}});
    }

    void cleanup()
    {
        tearDown();
        m_ligdicash.reset();
    }

    void endpoints_cashierGets403_noSessionGets401_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("list") << QByteArray("GET") << u"/api/v1/payments/unmatched"_s
                              << QByteArray();
        QTest::newRow("review") << QByteArray("POST") << u"/api/v1/payments/unmatched/ID/review"_s
                                << QByteArray(R"({"note":"vu"})");
        QTest::newRow("check") << QByteArray("POST") << u"/api/v1/payments/unmatched/ID/check"_s
                               << QByteArray("{}");
    }

    void endpoints_cashierGets403_noSessionGets401()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const QString id = receive("payin-callback-token-extra-keys.json");
        QVERIFY(!id.isEmpty());
        path.replace(u"ID"_s, id);
        const HttpTestReply refused = call(cashier(), method, path, body);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), u"forbidden"_s);
        QCOMPARE(call(terminal(), method, path, body).status, 401);
        const QJsonObject entry = entries().first().toObject();
        QVERIFY(entry.value(u"reviewed_at"_s).isNull());
        QVERIFY(entry.value(u"confirm"_s).isNull());
        QCOMPARE(m_confirmCalls, 0);
    }

    void list_showsTheCallbackWithEmptyReviewAndConfirm()
    {
        const QString id = receive("payin-callback-token-extra-keys.json");
        QVERIFY(!id.isEmpty());
        const HttpTestReply reply = unmatchedList();
        QCOMPARE(reply.status, 200);
        const QJsonObject entry = reply.json().value(u"unmatched"_s).toArray().first().toObject();
        QCOMPARE(entry.value(u"id"_s).toString(), id);
        QCOMPARE(entry.value(u"received_at"_s).toString(), u"2026-11-25T10:00:00.000Z"_s);
        QCOMPARE(entry.value(u"transaction_id"_s).toString(), u"ART5A7044E5"_s);
        QCOMPARE(entry.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(entry.value(u"amount"_s).toInteger(), 4200);
        QCOMPARE(entry.value(u"payer"_s).toString(), u"22676275726"_s);
        QCOMPARE(entry.value(u"request_id"_s).toString(), u"P1715766731999"_s);
        QVERIFY(entry.value(u"confirm"_s).isNull());
        QVERIFY(entry.value(u"reviewed_at"_s).isNull());
        QVERIFY(entry.value(u"reviewed_by_name"_s).isNull());
        QCOMPARE(entry.value(u"note"_s).toString(), QString());
        // The callback's token is not shown.
        QVERIFY(!reply.body.contains("eyJ0eXAi"));
    }

    void review_recordsWhoWhenAndTheNote_andAgainReplacesIt()
    {
        const QString id = receive("payin-callback-token-extra-keys.json");
        const QString path = u"/api/v1/payments/unmatched/%1/review"_s.arg(id);
        m_now += 60'000;
        const HttpTestReply reply =
            manager().post(path, QJsonObject{{u"note"_s, u"Client remboursé par Orange"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"reviewed_at"_s).toString(), u"2026-11-25T10:01:00.000Z"_s);
        QCOMPARE(reply.json().value(u"reviewed_by_name"_s).toString(), u"Moussa"_s);
        QCOMPARE(reply.json().value(u"note"_s).toString(), u"Client remboursé par Orange"_s);
        QCOMPARE(entries().first().toObject(), reply.json());

        m_now += 60'000;
        const HttpTestReply again = manager().post(path, QJsonObject{{u"note"_s, u"Vu"_s}});
        QCOMPARE(again.json().value(u"note"_s).toString(), u"Vu"_s);
        QCOMPARE(again.json().value(u"reviewed_at"_s).toString(), u"2026-11-25T10:02:00.000Z"_s);
        QCOMPARE(auditActions(u"unmatched:"_s + id),
                 (QStringList{u"unmatched.review"_s, u"unmatched.review"_s}));
        QCOMPARE(paidOrders(), 0);
    }

    void review_badNoteOrUnknownId()
    {
        const QString id = receive("payin-callback-token-extra-keys.json");
        const QString path = u"/api/v1/payments/unmatched/%1/review"_s.arg(id);
        for (const QJsonObject &bad :
             {QJsonObject{}, QJsonObject{{u"note"_s, u" "_s}}, QJsonObject{{u"note"_s, 5}},
              QJsonObject{{u"note"_s, QString(501, u'n')}}}) {
            const HttpTestReply refused = manager().post(path, bad);
            QCOMPARE(refused.status, 400);
            QCOMPARE(errorField(refused), u"note"_s);
        }
        QCOMPARE(manager().postRaw(path, "application/json", "not json").status, 400);
        QCOMPARE(
            manager()
                .post(u"/api/v1/payments/unmatched/999/review"_s, QJsonObject{{u"note"_s, u"x"_s}})
                .status,
            404);
        QVERIFY(entries().first().toObject().value(u"reviewed_at"_s).isNull());
    }

    void check_asksConfirmOnce_keepsTheAnswer_andPaysNothing()
    {
        const QString id = receive("payin-callback-token-extra-keys.json");
        const QString path = u"/api/v1/payments/unmatched/%1/check"_s.arg(id);
        const HttpTestReply reply = manager().post(path, QJsonObject{});
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_confirmCalls, 1);
        QVERIFY(m_confirmToken.startsWith("eyJ0eXAi"_L1));
        const QJsonObject confirm = reply.json().value(u"confirm"_s).toObject();
        QCOMPARE(confirm.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(confirm.value(u"amount"_s).toInteger(), 15000);
        QCOMPARE(confirm.value(u"operator_name"_s).toString(), u"ORANGE BURKINA"_s);
        QCOMPARE(entries().first().toObject().value(u"confirm"_s).toObject(), confirm);

        // Once: asking again shows the stored answer without calling LigdiCash.
        const HttpTestReply again = manager().post(path, QJsonObject{});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"confirm"_s).toObject(), confirm);
        QCOMPARE(m_confirmCalls, 1);
        QCOMPARE(paidOrders(), 0);
        QCOMPARE(auditActions(u"unmatched:"_s + id), QStringList{u"unmatched.check"_s});
    }

    void check_ligdicashRefusal_isKeptAsTheAnswer()
    {
        m_confirmAnswer = TestData::read(u"ligdicash/confirm-error-code02.json"_s);
        const QString id = receive("payin-callback-token-extra-keys.json");
        const HttpTestReply reply =
            manager().post(u"/api/v1/payments/unmatched/%1/check"_s.arg(id), QJsonObject{});
        QCOMPARE(reply.status, 200);
        const QJsonObject confirm = reply.json().value(u"confirm"_s).toObject();
        QCOMPARE(confirm.value(u"status"_s).toString(), u"error"_s);
        QVERIFY(confirm.value(u"amount"_s).isNull());
        QVERIFY(confirm.value(u"error"_s).toString().contains("02"_L1));
    }

    void check_ligdicashDown_is502_andNothingIsKept()
    {
        m_confirmStatus = 500;
        const QString id = receive("payin-callback-token-extra-keys.json");
        const QString path = u"/api/v1/payments/unmatched/%1/check"_s.arg(id);
        const HttpTestReply reply = manager().post(path, QJsonObject{});
        QCOMPARE(reply.status, 502);
        QCOMPARE(reply.errorCode(), u"ligdicash_unavailable"_s);
        QVERIFY(entries().first().toObject().value(u"confirm"_s).isNull());
        // It may be asked again later.
        m_confirmStatus = 200;
        QCOMPARE(manager().post(path, QJsonObject{}).status, 200);
        QCOMPARE(m_confirmCalls, 2);
    }

    void check_callbackWithoutToken_is409_unknownId_is404()
    {
        const QString id = receive("payin-callback.json");
        const HttpTestReply reply =
            manager().post(u"/api/v1/payments/unmatched/%1/check"_s.arg(id), QJsonObject{});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), u"no_token"_s);
        QCOMPARE(m_confirmCalls, 0);
        QCOMPARE(manager().post(u"/api/v1/payments/unmatched/999/check"_s, QJsonObject{}).status,
                 404);
        QCOMPARE(manager().post(u"/api/v1/payments/unmatched/x/check"_s, QJsonObject{}).status,
                 404);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    TestAdminUnmatched sqlite(false);
    int failures = QTest::qExec(&sqlite, argc, argv);
    if (!PgTestDatabase::serverUrl().isEmpty()) {
        TestAdminUnmatched postgres(true);
        failures += QTest::qExec(&postgres, argc, argv);
    } else {
        qInfo("COMPTOIR_TEST_PG_URL is not set: PostgreSQL run skipped");
    }
    return failures;
}
#include "tst_admin_unmatched.moc"
