#include "FakeComptoirServer.h"
#include "MessageWidget.h"
#include "ServerClient.h"
#include "backoffice/PeoplePage.h"
#include "backoffice/PeopleUserDialog.h"
#include "backoffice/PeopleUserModel.h"
#include "backoffice/TerminalListModel.h"
#include "backoffice/TerminalNameDialog.h"
#include "backoffice/TerminalsPage.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// A FakeComptoirServer with the people and terminals endpoints of docs/manager-api.md, as Moussa
// (manager, user 1) at "Caisse 1" (terminal 1) sees them: Awa (cashier), Issa (manager, locked
// out by wrong PINs), Fati (disabled); two terminals. The server's rules are kept: not yourself
// (409 self), not the last manager (409 last_manager, here forced for Issa as if Issa had just
// disabled Moussa), unique names (409 duplicate_name), PINs of 4 to 8 digits. Every write is
// recorded.
struct PeopleBackend
{
    struct Recorded
    {
        QByteArray method;
        QString path;
        QJsonObject body;
    };

    PeopleBackend()
    {
        users =
            QJsonArray{user(u"1"_s, u"Moussa"_s, u"manager"_s, true),
                       user(u"2"_s, u"Awa"_s, u"cashier"_s, true),
                       user(u"3"_s, u"Issa"_s, u"manager"_s, true, u"2099-01-01T10:00:00.000Z"_s),
                       user(u"4"_s, u"Fati"_s, u"cashier"_s, false)};
        terminals = QJsonArray{terminal(u"1"_s, u"Caisse 1"_s, false),
                               terminal(u"2"_s, u"Caisse 2"_s, false)};
        auto &routes = server.extraRoutes;
        routes.append({"GET", u"/api/v1/admin/users"_s, [this](const HttpRequest &request) {
                           if (auto refused = notManager(request))
                               return *refused;
                           return HttpResponse::json(QJsonObject{{u"users"_s, users}});
                       }});
        routes.append(
            {"POST", u"/api/v1/admin/users"_s, [this](const HttpRequest &request) {
                 const QJsonObject body = record(request);
                 const QString name = body.value(u"name"_s).toString();
                 for (const QJsonValue &value : std::as_const(users)) {
                     if (value[u"name"_s].toString().compare(name, Qt::CaseInsensitive) == 0)
                         return HttpResponse::error(409, u"duplicate_name"_s,
                                                    u"name already used"_s);
                 }
                 if (!validPin(body.value(u"pin"_s).toString()))
                     return HttpResponse::error(400, u"bad_request"_s, u"pin: 4 to 8 digits"_s);
                 const QJsonObject created = user(QString::number(users.size() + 1), name,
                                                  body.value(u"role"_s).toString(), true);
                 users.append(created);
                 return HttpResponse::json(created, 201);
             }});
        routes.append(
            {"POST", u"/api/v1/admin/users/{id}/pin"_s, [this](const HttpRequest &request) {
                 const QJsonObject body = record(request);
                 const int at = indexOf(users, request.param(u"id"_s));
                 if (at < 0)
                     return HttpResponse::error(404, u"not_found"_s, u"no user"_s);
                 if (!validPin(body.value(u"pin"_s).toString()))
                     return HttpResponse::error(400, u"bad_request"_s, u"pin: 4 to 8 digits"_s);
                 QJsonObject changed = users.at(at).toObject();
                 changed.insert(u"locked_until"_s, QJsonValue::Null);
                 users.replace(at, changed);
                 return HttpResponse::json(changed);
             }});
        for (const bool enable : {false, true}) {
            routes.append({"POST",
                           enable ? u"/api/v1/admin/users/{id}/enable"_s
                                  : u"/api/v1/admin/users/{id}/disable"_s,
                           [this, enable](const HttpRequest &request) {
                               record(request);
                               const QString id = request.param(u"id"_s);
                               const int at = indexOf(users, id);
                               if (at < 0)
                                   return HttpResponse::error(404, u"not_found"_s, u"no user"_s);
                               if (!enable && id == u"1"_s)
                                   return HttpResponse::error(
                                       409, u"self"_s, u"a manager cannot disable themself"_s);
                               if (!enable && id == u"3"_s)
                                   return HttpResponse::error(409, u"last_manager"_s,
                                                              u"the last active manager"_s);
                               QJsonObject changed = users.at(at).toObject();
                               changed.insert(u"active"_s, enable);
                               users.replace(at, changed);
                               return HttpResponse::json(changed);
                           }});
        }
        routes.append({"GET", u"/api/v1/admin/terminals"_s, [this](const HttpRequest &request) {
                           if (auto refused = notManager(request))
                               return *refused;
                           return HttpResponse::json(QJsonObject{{u"terminals"_s, terminals}});
                       }});
        routes.append({"POST", u"/api/v1/admin/terminals"_s, [this](const HttpRequest &request) {
                           const QJsonObject body = record(request);
                           QJsonObject created = terminal(QString::number(terminals.size() + 1),
                                                          body.value(u"name"_s).toString(), false);
                           terminals.append(created);
                           created.insert(u"token"_s, newToken);
                           return HttpResponse::json(created, 201);
                       }});
        routes.append(
            {"PUT", u"/api/v1/admin/terminals/{id}"_s, [this](const HttpRequest &request) {
                 const QJsonObject body = record(request);
                 const int at = indexOf(terminals, request.param(u"id"_s));
                 if (at < 0)
                     return HttpResponse::error(404, u"not_found"_s, u"no terminal"_s);
                 QJsonObject changed = terminals.at(at).toObject();
                 changed.insert(u"name"_s, body.value(u"name"_s));
                 terminals.replace(at, changed);
                 return HttpResponse::json(changed);
             }});
        routes.append(
            {"POST", u"/api/v1/admin/terminals/{id}/revoke"_s, [this](const HttpRequest &request) {
                 record(request);
                 const QString id = request.param(u"id"_s);
                 const int at = indexOf(terminals, id);
                 if (at < 0)
                     return HttpResponse::error(404, u"not_found"_s, u"no terminal"_s);
                 if (id == u"1"_s)
                     return HttpResponse::error(409, u"self"_s,
                                                u"cannot revoke the calling terminal"_s);
                 QJsonObject changed = terminals.at(at).toObject();
                 changed.insert(u"revoked"_s, true);
                 changed.insert(u"revoked_at"_s, u"2026-11-25T11:00:00.000Z"_s);
                 terminals.replace(at, changed);
                 return HttpResponse::json(changed);
             }});
        if (!server.start())
            qFatal("fake server did not start");
        client.setBaseUrl(server.url());
        client.setTerminalToken(server.terminalToken);
        client.setSessionToken(QByteArrayLiteral("session-moussa"));
        client.setRequestTimeout(3000);
    }

    static QJsonObject user(const QString &id, const QString &name, const QString &role,
                            bool active, const QString &lockedUntil = {})
    {
        return QJsonObject{
            {u"id"_s, id},
            {u"name"_s, name},
            {u"role"_s, role},
            {u"active"_s, active},
            {u"locked_until"_s, lockedUntil.isEmpty() ? QJsonValue() : QJsonValue(lockedUntil)},
            {u"created_at"_s, u"2026-11-01T08:00:00.000Z"_s}};
    }

    static QJsonObject terminal(const QString &id, const QString &name, bool revoked)
    {
        return QJsonObject{{u"id"_s, id},
                           {u"name"_s, name},
                           {u"created_at"_s, u"2026-11-01T08:00:00.000Z"_s},
                           {u"last_seen_at"_s, u"2026-11-25T09:30:00.000Z"_s},
                           {u"revoked"_s, revoked},
                           {u"revoked_at"_s, QJsonValue()}};
    }

    static bool validPin(const QString &pin)
    {
        static const QRegularExpression digits(u"^\\d{4,8}$"_s);
        return digits.match(pin).hasMatch();
    }

    static int indexOf(const QJsonArray &array, const QString &id)
    {
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i)[u"id"_s].toString() == id)
                return int(i);
        }
        return -1;
    }

    std::optional<HttpResponse> notManager(const HttpRequest &request) const
    {
        if (request.header("X-Comptoir-Session") != "session-moussa")
            return HttpResponse::error(403, u"forbidden"_s, u"managers only"_s);
        return std::nullopt;
    }

    QJsonObject record(const HttpRequest &request)
    {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        writes.append({request.method, request.path, body});
        return body;
    }

    FakeComptoirServer server;
    QNetworkAccessManager network;
    ServerClient client{&network};
    QJsonArray users;
    QJsonArray terminals;
    QList<Recorded> writes;
    QString newToken = u"tok_3f9a1c2e7b4d8a6f0e5c9b1d2a7f4e8c"_s;
};

class TestPeoplePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void users_listedWithRoleStatusAndLockout();
    void addCashier_sendsNameRoleAndPin();
    void addPerson_duplicateName_isShownReadably();
    void resetPin_requiresMatchingPins();
    void disable_asksFirstThenDisables();
    void disable_lastManager_isShownReadably();
    void disable_self_isShownReadably();
    void newTerminal_tokenShownOnce();
    void renameTerminal_sendsTheName();
    void revokeTerminal_asksFirst_andSelfIsRefusedReadably();
    void screenshot_peopleAndTerminals();

private:
    template<typename Dialog>
    bool exposed(Dialog *dialog)
    {
        return dialog && QTest::qWaitForWindowExposed(dialog);
    }

    std::unique_ptr<PeopleBackend> m_backend;
    std::unique_ptr<PeoplePage> m_people;
    std::unique_ptr<TerminalsPage> m_terminals;
};

void TestPeoplePage::init()
{
    m_backend = std::make_unique<PeopleBackend>();
    m_people = std::make_unique<PeoplePage>(&m_backend->client);
    m_terminals = std::make_unique<TerminalsPage>(&m_backend->client);
    for (QWidget *page :
         {static_cast<QWidget *>(m_people.get()), static_cast<QWidget *>(m_terminals.get())}) {
        page->resize(900, 500);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
    }
    QTRY_VERIFY(m_people->isLoaded());
    QTRY_VERIFY(m_terminals->isLoaded());
}

void TestPeoplePage::cleanup()
{
    m_people.reset();
    m_terminals.reset();
    m_backend.reset();
}

void TestPeoplePage::users_listedWithRoleStatusAndLockout()
{
    PeopleUserModel *model = m_people->model();
    QCOMPARE(model->rowCount(), 4);
    auto cell = [model](const QString &id, int column) {
        return model->index(model->rowOf(id), column).data().toString();
    };
    QCOMPARE(cell(u"1"_s, PeopleUserModel::NameColumn), u"Moussa"_s);
    QCOMPARE(cell(u"1"_s, PeopleUserModel::RoleColumn), u"Manager"_s);
    QCOMPARE(cell(u"2"_s, PeopleUserModel::RoleColumn), u"Cashier"_s);
    QCOMPARE(cell(u"2"_s, PeopleUserModel::ActiveColumn), u"Active"_s);
    QCOMPARE(cell(u"4"_s, PeopleUserModel::ActiveColumn), u"Disabled"_s);
    QVERIFY(cell(u"3"_s, PeopleUserModel::LockedColumn).startsWith(u"Locked until "_s));
    QVERIFY(cell(u"2"_s, PeopleUserModel::LockedColumn).isEmpty());

    m_people->selectUser(u"4"_s);
    QCOMPARE(m_people->enableButton()->text(), u"&Enable"_s);
    m_people->selectUser(u"2"_s);
    QCOMPARE(m_people->enableButton()->text(), u"&Disable"_s);
}

void TestPeoplePage::addCashier_sendsNameRoleAndPin()
{
    QPointer<PeopleUserDialog> dialog = m_people->addPerson();
    QVERIFY(exposed(dialog.data()));
    QTest::keyClicks(dialog->nameEdit(), u"Salif"_s);
    dialog->roleBox()->setCurrentIndex(dialog->roleBox()->findData(u"cashier"_s));
    QTest::keyClicks(dialog->pinEdit(), u"48a27"_s); // the letter is not taken
    QCOMPARE(dialog->pinEdit()->text(), u"4827"_s);
    QTest::keyClicks(dialog->confirmEdit(), u"4827"_s);
    dialog->save();
    QTRY_VERIFY(!dialog);

    QCOMPARE(m_backend->writes.size(), 1);
    QCOMPARE(m_backend->writes.first().path, u"/api/v1/admin/users"_s);
    QCOMPARE(
        m_backend->writes.first().body,
        (QJsonObject{{u"name"_s, u"Salif"_s}, {u"role"_s, u"cashier"_s}, {u"pin"_s, u"4827"_s}}));
    QCOMPARE(m_people->model()->rowCount(), 5);
    QCOMPARE(m_people->selectedUserId(), u"5"_s);
    QCOMPARE(m_people->message()->text(), u"Salif can now log in."_s);
}

void TestPeoplePage::addPerson_duplicateName_isShownReadably()
{
    PeopleUserDialog *dialog = m_people->addPerson();
    QVERIFY(exposed(dialog));
    dialog->nameEdit()->setText(u"awa"_s);
    dialog->pinEdit()->setText(u"1111"_s);
    dialog->confirmEdit()->setText(u"1111"_s);
    dialog->save();
    QTRY_COMPARE(dialog->message()->type(), MessageWidget::Type::Error);
    QCOMPARE(dialog->message()->text(), u"Someone already has this name; choose another one."_s);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_people->model()->rowCount(), 4);
}

void TestPeoplePage::resetPin_requiresMatchingPins()
{
    QPointer<PeopleUserDialog> dialog = m_people->resetPin(u"3"_s);
    QVERIFY(exposed(dialog.data()));
    QVERIFY(!dialog->isNew());
    QVERIFY(!dialog->nameEdit()); // the name is not for changing here

    dialog->pinEdit()->setText(u"2468"_s);
    dialog->confirmEdit()->setText(u"2469"_s);
    dialog->save();
    QCOMPARE(dialog->message()->type(), MessageWidget::Type::Error);
    QCOMPARE(dialog->message()->text(), u"The two PINs differ: type the same PIN twice."_s);
    QVERIFY(dialog->confirmEdit()->text().isEmpty());

    dialog->pinEdit()->setText(u"246"_s);
    dialog->confirmEdit()->setText(u"246"_s);
    dialog->save();
    QCOMPARE(dialog->message()->text(), u"The PIN must have 4 to 8 digits."_s);
    QTest::qWait(50);
    QVERIFY(m_backend->writes.isEmpty()); // nothing sent until both agree

    dialog->pinEdit()->setText(u"2468"_s);
    dialog->confirmEdit()->setText(u"2468"_s);
    dialog->save();
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_backend->writes.size(), 1);
    QCOMPARE(m_backend->writes.first().path, u"/api/v1/admin/users/3/pin"_s);
    QCOMPARE(m_backend->writes.first().body, (QJsonObject{{u"pin"_s, u"2468"_s}}));
    // The new PIN also lifted Issa's lockout.
    const int row = m_people->model()->rowOf(u"3"_s);
    QVERIFY(
        m_people->model()->index(row, PeopleUserModel::LockedColumn).data().toString().isEmpty());
    QCOMPARE(m_people->message()->text(), u"Issa has a new PIN."_s);
}

void TestPeoplePage::disable_asksFirstThenDisables()
{
    m_people->selectUser(u"2"_s);
    QTest::mouseClick(m_people->enableButton(), Qt::LeftButton);
    QCOMPARE(m_people->message()->type(), MessageWidget::Type::Warning);
    QVERIFY(m_people->message()->text().startsWith(u"Disable Awa?"_s));
    QTest::qWait(50);
    QVERIFY(m_backend->writes.isEmpty());

    auto *yes = m_people->message()->findChild<QPushButton *>(u"confirmEnabled"_s);
    QVERIFY(yes);
    QTest::mouseClick(yes, Qt::LeftButton);
    QTRY_COMPARE(m_people->message()->text(), u"Awa is disabled."_s);
    QCOMPARE(m_backend->writes.first().path, u"/api/v1/admin/users/2/disable"_s);
    QVERIFY(!m_people->model()->user(m_people->model()->rowOf(u"2"_s)).active);
    QCOMPARE(m_people->enableButton()->text(), u"&Enable"_s);
}

void TestPeoplePage::disable_lastManager_isShownReadably()
{
    m_people->setUserEnabled(u"3"_s, false);
    auto *yes = m_people->message()->findChild<QPushButton *>(u"confirmEnabled"_s);
    QVERIFY(yes);
    QTest::mouseClick(yes, Qt::LeftButton);
    QTRY_COMPARE(m_people->message()->type(), MessageWidget::Type::Error);
    QCOMPARE(m_people->message()->text(),
             u"This is the last active manager: enable or add another manager first."_s);
    QVERIFY(m_people->model()->user(m_people->model()->rowOf(u"3"_s)).active);
}

void TestPeoplePage::disable_self_isShownReadably()
{
    m_people->setUserEnabled(u"1"_s, false);
    auto *yes = m_people->message()->findChild<QPushButton *>(u"confirmEnabled"_s);
    QVERIFY(yes);
    QTest::mouseClick(yes, Qt::LeftButton);
    QTRY_COMPARE(m_people->message()->type(), MessageWidget::Type::Error);
    QCOMPARE(m_people->message()->text(), u"You cannot disable your own account."_s);
}

void TestPeoplePage::newTerminal_tokenShownOnce()
{
    QPointer<TerminalNameDialog> dialog = m_terminals->addTerminal();
    QVERIFY(exposed(dialog.data()));
    QVERIFY(!dialog->tokenEdit()->isVisible()); // nothing to show before the server answers
    QTest::keyClicks(dialog->nameEdit(), u"Caisse 3"_s);
    dialog->save();
    QTRY_VERIFY(dialog->tokenEdit()->isVisible());
    QCOMPARE(m_backend->writes.first().body, (QJsonObject{{u"name"_s, u"Caisse 3"_s}}));
    QCOMPARE(dialog->tokenEdit()->text(), m_backend->newToken);
    QVERIFY(dialog->tokenEdit()->isReadOnly());
    QVERIFY(dialog->copyButton()->isVisible());
    QVERIFY(dialog->isVisible()); // stays until the manager has copied it

    // Listed at once, without its token.
    TerminalListModel *model = m_terminals->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->terminal(model->rowOf(u"3"_s)).name, u"Caisse 3"_s);
    QVERIFY(model->terminal(model->rowOf(u"3"_s)).token.isEmpty());

    dialog->reject();
    QTRY_VERIFY(!dialog);
    // Renaming it later never shows a token again.
    QPointer<TerminalNameDialog> rename = m_terminals->renameTerminal(u"3"_s);
    QVERIFY(exposed(rename.data()));
    QVERIFY(!rename->tokenEdit()->isVisible());
    QVERIFY(rename->tokenEdit()->text().isEmpty());
}

void TestPeoplePage::renameTerminal_sendsTheName()
{
    QPointer<TerminalNameDialog> dialog = m_terminals->renameTerminal(u"2"_s);
    QVERIFY(exposed(dialog.data()));
    QCOMPARE(dialog->nameEdit()->text(), u"Caisse 2"_s);
    dialog->nameEdit()->setText(u"Caisse du fond"_s);
    dialog->save();
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_backend->writes.first().method, QByteArray("PUT"));
    QCOMPARE(m_backend->writes.first().path, u"/api/v1/admin/terminals/2"_s);
    QCOMPARE(m_backend->writes.first().body, (QJsonObject{{u"name"_s, u"Caisse du fond"_s}}));
    TerminalListModel *model = m_terminals->model();
    QCOMPARE(model->terminal(model->rowOf(u"2"_s)).name, u"Caisse du fond"_s);
}

void TestPeoplePage::revokeTerminal_asksFirst_andSelfIsRefusedReadably()
{
    m_terminals->revokeTerminal(u"2"_s);
    QCOMPARE(m_terminals->message()->type(), MessageWidget::Type::Warning);
    QVERIFY(m_terminals->message()->text().startsWith(u"Revoke “Caisse 2”?"_s));
    QTest::qWait(50);
    QVERIFY(m_backend->writes.isEmpty());
    auto *yes = m_terminals->message()->findChild<QPushButton *>(u"confirmRevoke"_s);
    QVERIFY(yes);
    QTest::mouseClick(yes, Qt::LeftButton);
    TerminalListModel *model = m_terminals->model();
    QTRY_VERIFY(model->terminal(model->rowOf(u"2"_s)).revoked);
    QCOMPARE(m_backend->writes.first().path, u"/api/v1/admin/terminals/2/revoke"_s);
    QCOMPARE(model->index(model->rowOf(u"2"_s), TerminalListModel::StatusColumn).data().toString(),
             u"Revoked"_s);

    m_terminals->revokeTerminal(u"1"_s);
    yes = m_terminals->message()->findChild<QPushButton *>(u"confirmRevoke"_s);
    QVERIFY(yes);
    QTest::mouseClick(yes, Qt::LeftButton);
    QTRY_COMPARE(m_terminals->message()->type(), MessageWidget::Type::Error);
    QCOMPARE(m_terminals->message()->text(),
             u"This is the terminal you are using: revoke it from another one."_s);
    QVERIFY(!model->terminal(model->rowOf(u"1"_s)).revoked);
}

// Not a check: with COMPTOIR_SCREENSHOT_DIR set (run it under xvfb-run), saves the people page,
// the new-PIN dialog and a new terminal's one-time token.
void TestPeoplePage::screenshot_peopleAndTerminals()
{
    const QString out = qEnvironmentVariable("COMPTOIR_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set COMPTOIR_SCREENSHOT_DIR to save the screenshots");
    m_people->setUserEnabled(u"3"_s, false);
    m_people->selectUser(u"3"_s);
    QTest::qWait(100);
    QVERIFY(m_people->grab().save(out + u"/people.png"_s));
    QPointer<PeopleUserDialog> pin = m_people->resetPin(u"3"_s);
    QVERIFY(exposed(pin.data()));
    pin->pinEdit()->setText(u"2468"_s);
    pin->confirmEdit()->setText(u"2469"_s);
    pin->save();
    QVERIFY(pin->grab().save(out + u"/people-pin.png"_s));
    pin->reject();

    QPointer<TerminalNameDialog> added = m_terminals->addTerminal();
    QVERIFY(exposed(added.data()));
    added->nameEdit()->setText(u"Caisse 3"_s);
    added->save();
    QTRY_VERIFY(added->tokenEdit()->isVisible());
    QTest::qWait(100);
    QVERIFY(added->grab().save(out + u"/terminal-token.png"_s));
    added->reject();
    QVERIFY(m_terminals->grab().save(out + u"/terminals.png"_s));
}

QTEST_MAIN(TestPeoplePage)
#include "tst_peoplepage.moc"
