// The managers' people and terminals endpoints (docs/manager-api.md, "People and terminals")
// over real HTTP against an in-process server: list and add people, reset a PIN (lockout lifted,
// sessions ended), disable and enable (never oneself, never the last active manager), add
// terminals (token shown once, only its hash stored), rename and revoke them (never the one
// asking). Every endpoint is called by a manager (results checked) and a cashier (403); bad input
// is a 400 naming the field; every change is in the audit log. SQLite, then PostgreSQL when
// COMPTOIR_TEST_PG_URL is set.

#include "tst_admin_fixture.h"

#include "SecretToken.h"
#include "admin/PeopleAdminApi.h"

using namespace Qt::StringLiterals;

class TestAdminPeople : public QObject, public AdminFixture
{
    Q_OBJECT

public:
    explicit TestAdminPeople(bool postgres)
        : AdminFixture(postgres)
    {}

private:
    QJsonObject userById(qint64 id)
    {
        const QJsonArray users =
            manager().get(u"/api/v1/admin/users"_s).json().value(u"users"_s).toArray();
        for (const QJsonValue &value : users) {
            if (value.toObject().value(u"id"_s).toString() == QString::number(id))
                return value.toObject();
        }
        return {};
    }

    QJsonObject terminalById(qint64 id)
    {
        const QJsonArray terminals =
            manager().get(u"/api/v1/admin/terminals"_s).json().value(u"terminals"_s).toArray();
        for (const QJsonValue &value : terminals) {
            if (value.toObject().value(u"id"_s).toString() == QString::number(id))
                return value.toObject();
        }
        return {};
    }

    // Whether a session still opens the cashier's door.
    int sessionStatus(const QByteArray &session) const
    {
        return this->session(session).get(u"/api/v1/categories"_s).status;
    }

private Q_SLOTS:
    void initTestCase() { setUpCase(); }
    void cleanupTestCase() { tearDownCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void endpoints_cashierGets403_noSessionGets401_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("list users")
            << QByteArray("GET") << u"/api/v1/admin/users"_s << QByteArray();
        QTest::newRow("add user") << QByteArray("POST") << u"/api/v1/admin/users"_s
                                  << QByteArray(R"({"name":"Ali","role":"manager","pin":"4321"})");
        QTest::newRow("pin") << QByteArray("POST") << u"/api/v1/admin/users/1/pin"_s
                             << QByteArray(R"({"pin":"4321"})");
        QTest::newRow("disable") << QByteArray("POST") << u"/api/v1/admin/users/1/disable"_s
                                 << QByteArray("{}");
        QTest::newRow("enable") << QByteArray("POST") << u"/api/v1/admin/users/1/enable"_s
                                << QByteArray("{}");
        QTest::newRow("list terminals")
            << QByteArray("GET") << u"/api/v1/admin/terminals"_s << QByteArray();
        QTest::newRow("add terminal") << QByteArray("POST") << u"/api/v1/admin/terminals"_s
                                      << QByteArray(R"({"name":"Caisse 9"})");
        QTest::newRow("rename terminal")
            << QByteArray("PUT") << u"/api/v1/admin/terminals/2"_s << QByteArray(R"({"name":"X"})");
        QTest::newRow("revoke terminal")
            << QByteArray("POST") << u"/api/v1/admin/terminals/2/revoke"_s << QByteArray("{}");
    }

    void endpoints_cashierGets403_noSessionGets401()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const HttpTestReply refused = call(cashier(), method, path, body);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), u"forbidden"_s);
        QCOMPARE(call(terminal(), method, path, body).status, 401);
        // Nothing changed.
        auto count = m_app->db().exec(
            u"SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM terminals) + "
            u"(SELECT COUNT(*) FROM terminals WHERE revoked_at IS NOT NULL)"_s);
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 4);
        QCOMPARE(terminalById(m_officeId).value(u"name"_s).toString(), u"Bureau"_s);
    }

    void listUsers_everyoneWithRoleStateAndLock()
    {
        const qint64 gone = addUser(u"Issa"_s, UserRole::Cashier, u"5555"_s);
        QCOMPARE(UserStore(m_app->db()).setActive(gone, false), UserStore::Outcome::Done);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(loginReply(u"Awa"_s, u"0000"_s).status, 401);

        const HttpTestReply reply = manager().get(u"/api/v1/admin/users"_s);
        QCOMPARE(reply.status, 200);
        const QJsonArray users = reply.json().value(u"users"_s).toArray();
        QCOMPARE(users.size(), 3);
        const QJsonObject awa = userById(m_cashierId);
        QCOMPARE(awa.value(u"name"_s).toString(), u"Awa"_s);
        QCOMPARE(awa.value(u"role"_s).toString(), u"cashier"_s);
        QCOMPARE(awa.value(u"active"_s).toBool(), true);
        QCOMPARE(awa.value(u"locked_until"_s).toString(), u"2026-11-25T10:02:00.000Z"_s);
        QCOMPARE(awa.value(u"created_at"_s).toString(), u"2026-11-25T10:00:00.000Z"_s);
        QVERIFY(!awa.contains(u"pin_hash"_s));
        QVERIFY(!reply.body.contains("argon2"));
        QCOMPARE(userById(m_managerId).value(u"role"_s).toString(), u"manager"_s);
        QVERIFY(userById(m_managerId).value(u"locked_until"_s).isNull());
        QCOMPARE(userById(gone).value(u"active"_s).toBool(), false);
    }

    void addUser_createsSomeoneWhoCanLogIn()
    {
        const HttpTestReply reply = manager().post(
            u"/api/v1/admin/users"_s,
            QJsonObject{{u"name"_s, u"Fatou"_s}, {u"role"_s, u"cashier"_s}, {u"pin"_s, u"2468"_s}});
        QCOMPARE(reply.status, 201);
        const QJsonObject user = reply.json();
        QCOMPARE(user.value(u"name"_s).toString(), u"Fatou"_s);
        QCOMPARE(user.value(u"role"_s).toString(), u"cashier"_s);
        QCOMPARE(user.value(u"active"_s).toBool(), true);
        QVERIFY(!user.value(u"id"_s).toString().isEmpty());
        QVERIFY(!reply.body.contains("2468"));
        QVERIFY(!login(u"Fatou"_s, u"2468"_s).isEmpty());
        QCOMPARE(auditActions(u"user:"_s + user.value(u"id"_s).toString()),
                 QStringList{u"user.add"_s});

        const HttpTestReply twice = manager().post(
            u"/api/v1/admin/users"_s,
            QJsonObject{{u"name"_s, u"fatou"_s}, {u"role"_s, u"manager"_s}, {u"pin"_s, u"1357"_s}});
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.errorCode(), u"duplicate_name"_s);
    }

    void addUser_badInput_is400NamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("nope") << u"body"_s;
        QTest::newRow("no name") << QByteArray(R"({"role":"cashier","pin":"1234"})") << u"name"_s;
        QTest::newRow("digits name")
            << QByteArray(R"({"name":"42","role":"cashier","pin":"1234"})") << u"name"_s;
        QTest::newRow("spaces") << QByteArray(R"({"name":" Ali","role":"cashier","pin":"1234"})")
                                << u"name"_s;
        QTest::newRow("long name")
            << (R"({"name":")" + QByteArray(65, 'a') + R"(","role":"cashier","pin":"1234"})")
            << u"name"_s;
        QTest::newRow("role") << QByteArray(R"({"name":"Ali","role":"boss","pin":"1234"})")
                              << u"role"_s;
        QTest::newRow("short pin")
            << QByteArray(R"({"name":"Ali","role":"cashier","pin":"123"})") << u"pin"_s;
        QTest::newRow("long pin") << QByteArray(
                                         R"({"name":"Ali","role":"cashier","pin":"123456789"})")
                                  << u"pin"_s;
        QTest::newRow("letters pin")
            << QByteArray(R"({"name":"Ali","role":"cashier","pin":"12a4"})") << u"pin"_s;
        QTest::newRow("number pin")
            << QByteArray(R"({"name":"Ali","role":"cashier","pin":1234})") << u"pin"_s;
    }

    void addUser_badInput_is400NamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const HttpTestReply reply =
            manager().postRaw(u"/api/v1/admin/users"_s, "application/json", body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"bad_request"_s);
        QCOMPARE(errorField(reply), field);
        QCOMPARE(manager().get(u"/api/v1/admin/users"_s).json().value(u"users"_s).toArray().size(),
                 2);
    }

    void resetPin_liftsTheLockout_endsTheirSessions_andTheNewPinWorks()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(loginReply(u"Awa"_s, u"0000"_s).status, 401);
        QVERIFY(!userById(m_cashierId).value(u"locked_until"_s).isNull());
        QCOMPARE(sessionStatus(m_cashierSession), 200);

        const QString path = u"/api/v1/admin/users/%1/pin"_s.arg(m_cashierId);
        const HttpTestReply bad = manager().post(path, QJsonObject{{u"pin"_s, u"12"_s}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(errorField(bad), u"pin"_s);

        const HttpTestReply reply = manager().post(path, QJsonObject{{u"pin"_s, u"8642"_s}});
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().value(u"locked_until"_s).isNull());
        QCOMPARE(sessionStatus(m_cashierSession), 401);
        QCOMPARE(loginReply(u"Awa"_s, u"1234"_s).status, 401);
        QVERIFY(!login(u"Awa"_s, u"8642"_s).isEmpty());
        QCOMPARE(auditActions(u"user:"_s + QString::number(m_cashierId)).last(), u"user.set_pin"_s);
        // The manager's own session is untouched.
        QCOMPARE(sessionStatus(m_managerSession), 200);

        QCOMPARE(manager()
                     .post(u"/api/v1/admin/users/999/pin"_s, QJsonObject{{u"pin"_s, u"8642"_s}})
                     .status,
                 404);
        QCOMPARE(manager()
                     .post(u"/api/v1/admin/users/abc/pin"_s, QJsonObject{{u"pin"_s, u"8642"_s}})
                     .status,
                 404);
    }

    void disable_endsSessions_andEnableLetsThemBackIn()
    {
        const QString base = u"/api/v1/admin/users/%1/"_s.arg(m_cashierId);
        const HttpTestReply off = manager().post(base + u"disable"_s, QJsonObject{});
        QCOMPARE(off.status, 200);
        QCOMPARE(off.json().value(u"active"_s).toBool(), false);
        QCOMPARE(userById(m_cashierId).value(u"active"_s).toBool(), false);
        QCOMPARE(sessionStatus(m_cashierSession), 401);
        QCOMPARE(loginReply(u"Awa"_s, u"1234"_s).status, 401);
        // Idempotent.
        QCOMPARE(manager().post(base + u"disable"_s, QJsonObject{}).status, 200);

        const HttpTestReply on = manager().post(base + u"enable"_s, QJsonObject{});
        QCOMPARE(on.status, 200);
        QCOMPARE(on.json().value(u"active"_s).toBool(), true);
        QVERIFY(!login(u"Awa"_s, u"1234"_s).isEmpty());
        QCOMPARE(auditActions(u"user:"_s + QString::number(m_cashierId)),
                 (QStringList{u"user.disable"_s, u"user.enable"_s}));
        QCOMPARE(manager().post(u"/api/v1/admin/users/999/enable"_s, QJsonObject{}).status, 404);
    }

    void disable_neverYourself_butAnotherManager()
    {
        const QString self = u"/api/v1/admin/users/%1/disable"_s.arg(m_managerId);
        const HttpTestReply refused = manager().post(self, QJsonObject{});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), u"self"_s);
        QCOMPARE(userById(m_managerId).value(u"active"_s).toBool(), true);

        const qint64 binta = addUser(u"Binta"_s, UserRole::Manager, u"7777"_s);
        const QByteArray bintaSession = login(u"Binta"_s, u"7777"_s, m_officeToken);
        QVERIFY(!bintaSession.isEmpty());
        const HttpTestReply done =
            manager().post(u"/api/v1/admin/users/%1/disable"_s.arg(binta), QJsonObject{});
        QCOMPARE(done.status, 200);
        QCOMPARE(session(bintaSession, m_officeToken).get(u"/api/v1/categories"_s).status, 401);
    }

    // Through the API the caller is always an active manager, so "last manager" can only
    // happen when two managers disable each other at the same moment; the rule itself:
    void disableRule_refusesSelfThenLastActiveManager_data()
    {
        QTest::addColumn<bool>("targetIsManager");
        QTest::addColumn<bool>("targetActive");
        QTest::addColumn<bool>("targetIsCaller");
        QTest::addColumn<int>("activeManagers");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("self") << true << true << true << 2 << u"self"_s;
        QTest::newRow("self, last") << true << true << true << 1 << u"self"_s;
        QTest::newRow("last manager") << true << true << false << 1 << u"last_manager"_s;
        QTest::newRow("one of two") << true << true << false << 2 << QString();
        QTest::newRow("disabled manager") << true << false << false << 1 << QString();
        QTest::newRow("cashier") << false << true << false << 1 << QString();
    }

    void disableRule_refusesSelfThenLastActiveManager()
    {
        QFETCH(bool, targetIsManager);
        QFETCH(bool, targetActive);
        QFETCH(bool, targetIsCaller);
        QFETCH(int, activeManagers);
        QFETCH(QString, refusal);
        UserStore::User target;
        target.id = 5;
        target.role = targetIsManager ? UserRole::Manager : UserRole::Cashier;
        target.active = targetActive;
        QCOMPARE(PeopleAdminApi::disableRefusal(target, targetIsCaller ? u"5"_s : u"6"_s,
                                                activeManagers),
                 refusal);
    }

    void activeManagerCount_countsOnlyActiveManagers()
    {
        UserStore users(m_app->db());
        QCOMPARE(users.countActiveManagersForUpdate(), 1);
        const qint64 binta = addUser(u"Binta"_s, UserRole::Manager, u"7777"_s);
        addUser(u"Issa"_s, UserRole::Cashier, u"5555"_s);
        QCOMPARE(users.countActiveManagersForUpdate(), 2);
        QCOMPARE(users.setActive(binta, false), UserStore::Outcome::Done);
        QCOMPARE(users.countActiveManagersForUpdate(), 1);
        // Also inside a transaction (where PostgreSQL locks the rows).
        qsizetype counted = -1;
        QVERIFY(m_app->db().inTransaction([&] {
            counted = users.countActiveManagersForUpdate();
            return true;
        }));
        QCOMPARE(counted, 1);
    }

    void terminals_listShowsEveryTerminal()
    {
        m_now += 5 * 60'000;
        QCOMPARE(terminal(m_officeToken).get(u"/api/v1/products"_s).status, 200);
        const HttpTestReply reply = manager().get(u"/api/v1/admin/terminals"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"terminals"_s).toArray().size(), 2);
        const QJsonObject office = terminalById(m_officeId);
        QCOMPARE(office.value(u"name"_s).toString(), u"Bureau"_s);
        QCOMPARE(office.value(u"created_at"_s).toString(), u"2026-11-25T10:00:00.000Z"_s);
        QCOMPARE(office.value(u"last_seen_at"_s).toString(), u"2026-11-25T10:05:00.000Z"_s);
        QCOMPARE(office.value(u"revoked"_s).toBool(), false);
        QVERIFY(!reply.body.contains("token"));
    }

    void addTerminal_showsTheTokenOnce_andStoresOnlyItsHash()
    {
        const HttpTestReply reply =
            manager().post(u"/api/v1/admin/terminals"_s, QJsonObject{{u"name"_s, u"Caisse 2"_s}});
        QCOMPARE(reply.status, 201);
        const QString id = reply.json().value(u"id"_s).toString();
        const QByteArray token = reply.json().value(u"token"_s).toString().toLatin1();
        QCOMPARE(reply.json().value(u"name"_s).toString(), u"Caisse 2"_s);
        QVERIFY(SecretToken::looksValid(token));
        QVERIFY(reply.header("Cache-Control").contains("no-store"));
        // It works at once, and the database holds its hash, never the token.
        QCOMPARE(terminal(token).get(u"/api/v1/products"_s).status, 200);
        auto stored =
            m_app->db().exec(u"SELECT token_hash FROM terminals WHERE id = ?"_s, {id.toLongLong()});
        QVERIFY(stored && stored->next());
        QCOMPARE(stored->value(0).toString().toLatin1(), SecretToken::hash(token));
        QVERIFY(!manager().get(u"/api/v1/admin/terminals"_s).body.contains(token));
        QCOMPARE(auditActions(u"terminal:"_s + id), QStringList{u"terminal.add"_s});

        for (const QJsonObject &bad :
             {QJsonObject{}, QJsonObject{{u"name"_s, u"  "_s}},
              QJsonObject{{u"name"_s, QString(65, u'x')}}, QJsonObject{{u"name"_s, 3}}}) {
            const HttpTestReply refused = manager().post(u"/api/v1/admin/terminals"_s, bad);
            QCOMPARE(refused.status, 400);
            QCOMPARE(errorField(refused), u"name"_s);
        }
    }

    void renameTerminal_keepsItsToken()
    {
        const QString path = u"/api/v1/admin/terminals/%1"_s.arg(m_officeId);
        const HttpTestReply reply = put(manager(), path, QJsonObject{{u"name"_s, u"Caisse 2"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"name"_s).toString(), u"Caisse 2"_s);
        QCOMPARE(terminalById(m_officeId).value(u"name"_s).toString(), u"Caisse 2"_s);
        QCOMPARE(terminal(m_officeToken).get(u"/api/v1/products"_s).status, 200);
        QCOMPARE(auditActions(u"terminal:"_s + QString::number(m_officeId)),
                 QStringList{u"terminal.rename"_s});
        const HttpTestReply bad = put(manager(), path, QJsonObject{{u"name"_s, u""_s}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(errorField(bad), u"name"_s);
        QCOMPARE(put(manager(), u"/api/v1/admin/terminals/999"_s, QJsonObject{{u"name"_s, u"X"_s}})
                     .status,
                 404);
    }

    void revokeTerminal_locksItOut_butNeverTheOneAsking()
    {
        const HttpTestReply self =
            manager().post(u"/api/v1/admin/terminals/%1/revoke"_s.arg(m_tillId), QJsonObject{});
        QCOMPARE(self.status, 409);
        QCOMPARE(self.errorCode(), u"self"_s);

        const QString path = u"/api/v1/admin/terminals/%1/revoke"_s.arg(m_officeId);
        const HttpTestReply reply = manager().post(path, QJsonObject{});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"revoked"_s).toBool(), true);
        QCOMPARE(terminalById(m_officeId).value(u"revoked"_s).toBool(), true);
        const HttpTestReply locked = terminal(m_officeToken).get(u"/api/v1/products"_s);
        QCOMPARE(locked.status, 401);
        QCOMPARE(locked.errorCode(), u"terminal_revoked"_s);
        // Idempotent; audited once.
        QCOMPARE(manager().post(path, QJsonObject{}).status, 200);
        QCOMPARE(auditActions(u"terminal:"_s + QString::number(m_officeId)),
                 QStringList{u"terminal.revoke"_s});
        QCOMPARE(manager().post(u"/api/v1/admin/terminals/999/revoke"_s, QJsonObject{}).status,
                 404);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    TestAdminPeople sqlite(false);
    int failures = QTest::qExec(&sqlite, argc, argv);
    if (!PgTestDatabase::serverUrl().isEmpty()) {
        TestAdminPeople postgres(true);
        failures += QTest::qExec(&postgres, argc, argv);
    } else {
        qInfo("COMPTOIR_TEST_PG_URL is not set: PostgreSQL run skipped");
    }
    return failures;
}
#include "tst_admin_people.moc"
