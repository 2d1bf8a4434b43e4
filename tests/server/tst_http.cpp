// The lead's HTTP layer (server/http) as comptoir-server uses it: JSON 404/405 (with Allow),
// 413 over the body limit, trailing slashes, path parameters, deferred answers, and the
// regression of QtHttpServer 6.4 crashing when a deferred answer is written after the client
// went away.

#include "HttpServer.h"
#include "HttpTestClient.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

class TestHttp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpServer> m_server;
    QUrl m_base;
    std::optional<HttpResponder> m_pending;
    int m_disconnects = 0;

    // A raw client for what QNetworkAccessManager will not do (vanish mid-request).
    std::unique_ptr<QTcpSocket> rawRequest(const QByteArray &request)
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, quint16(m_base.port()));
        if (!socket->waitForConnected(5000))
            return nullptr;
        socket->write(request);
        socket->flush();
        return socket;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<HttpServer>();
        m_server->setBodyLimit(1024);
        m_server->route("POST", u"/uploads"_s,
                        [](const HttpRequest &) { return HttpResponse::json(QJsonObject(), 201); });
        QVERIFY(m_server->setRouteBodyLimit("POST", u"/uploads/"_s, 4096));
        m_server->route("GET", u"/things"_s, [](const HttpRequest &) {
            return HttpResponse::json(QJsonObject{{u"things"_s, QJsonArray()}});
        });
        m_server->route("POST", u"/things"_s, [](const HttpRequest &request) {
            return HttpResponse::json(QJsonObject{{u"size"_s, request.body.size()}}, 201);
        });
        m_server->route("GET", u"/orders/{id}/status"_s, [](const HttpRequest &request) {
            return HttpResponse::json(QJsonObject{{u"id"_s, request.param(u"id"_s)},
                                                  {u"wait"_s, request.queryValue(u"wait"_s)}});
        });
        m_server->routeDeferred(
            "GET", u"/later"_s, [](const HttpRequest &, HttpResponder responder) {
                QTimer::singleShot(50, [responder] {
                    responder.send(HttpResponse::json(QJsonObject{{u"late"_s, true}}));
                });
            });
        m_server->routeDeferred("GET", u"/held"_s,
                                [this](const HttpRequest &, HttpResponder responder) {
                                    responder.onDisconnected(this, [this] { ++m_disconnects; });
                                    m_pending = responder;
                                });
        m_server->routeDeferred("GET", u"/forgotten"_s, [](const HttpRequest &, HttpResponder) {});
        const quint16 port = m_server->start(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        m_base = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        m_pending.reset();
        m_disconnects = 0;
    }

    void cleanup()
    {
        m_pending.reset();
        m_server.reset();
    }

    void unknownRoute_is404Json()
    {
        const HttpTestReply reply = HttpTestClient(m_base).get(u"/nothing/here"_s);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), u"not_found"_s);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        QVERIFY(
            !reply.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    }

    void wrongMethod_is405WithAllow()
    {
        HttpTestRequest request;
        request.method = "DELETE";
        request.path = u"/things"_s;
        const HttpTestReply reply = HttpTestClient(m_base).send(request);
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.errorCode(), u"method_not_allowed"_s);
        const QByteArray allow = reply.header("Allow");
        QVERIFY2(allow.contains("GET") && allow.contains("POST"), allow.constData());
    }

    void bodyOverTheLimit_is413()
    {
        HttpTestClient client(m_base);
        QCOMPARE(client.postRaw(u"/things"_s, "application/json", QByteArray(1024, 'x')).status,
                 201);
        const HttpTestReply reply =
            client.postRaw(u"/things"_s, "application/json", QByteArray(1025, 'x'));
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.errorCode(), u"payload_too_large"_s);
        QCOMPARE(client.get(u"/things"_s).status, 200); // still serving
    }

    void routeWithItsOwnLimit_takesLargerBodiesOthersStillRefuse()
    {
        HttpTestClient client(m_base);
        const QByteArray big(4000, 'x');
        QCOMPARE(client.postRaw(u"/uploads"_s, "text/csv", big).status, 201);
        const HttpTestReply over = client.postRaw(u"/uploads"_s, "text/csv", QByteArray(4097, 'x'));
        QCOMPARE(over.status, 413);
        QVERIFY2(over.body.contains("4096"), over.body.constData());
        QCOMPARE(client.postRaw(u"/things"_s, "application/json", big).status, 413);
        QVERIFY(!m_server->setRouteBodyLimit("POST", u"/nowhere"_s, 10));
    }

    void trailingSlash_isIgnored()
    {
        HttpTestClient client(m_base);
        QCOMPARE(client.get(u"/things/"_s).status, 200);
        QCOMPARE(client.get(u"/orders/42/status/"_s).json().value(u"id"_s).toString(), u"42"_s);
    }

    void pathParameters_areCapturedAndDecoded()
    {
        const HttpTestReply reply =
            HttpTestClient(m_base).get(u"/orders/caf%C3%A9%20noir/status?wait=25"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"id"_s).toString(), u"café noir"_s);
        QCOMPARE(reply.json().value(u"wait"_s).toString(), u"25"_s);
        QCOMPARE(HttpTestClient(m_base).get(u"/orders/42/status/extra"_s).status, 404);
    }

    void securityHeaders_areSent()
    {
        const HttpTestReply reply = HttpTestClient(m_base).get(u"/things"_s);
        QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    }

    void deferredAnswer_arrives()
    {
        const HttpTestReply reply = HttpTestClient(m_base).get(u"/later"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"late"_s).toBool(), true);
    }

    void droppedResponder_answers500InsteadOfHanging()
    {
        const HttpTestReply reply = HttpTestClient(m_base).get(u"/forgotten"_s, 5000);
        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.errorCode(), u"internal_error"_s);
    }

    void requestFinished_reportsEveryAnswer()
    {
        QSignalSpy finished(m_server.get(), &HttpServer::requestFinished);
        HttpTestClient(m_base).get(u"/things"_s);
        HttpTestClient(m_base).get(u"/missing"_s);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.at(0).at(2).toInt(), 200);
        QCOMPARE(finished.at(1).at(1).toString(), u"/missing"_s);
        QCOMPARE(finished.at(1).at(2).toInt(), 404);
    }

    // Regression: QtHttpServer 6.4 crashed when a deferred answer was written to a connection
    // the client had closed. The answer must be dropped and the server must keep serving.
    void clientLeavesBeforeDeferredAnswer_serverSurvivesAndKeepsServing()
    {
        QSignalSpy finished(m_server.get(), &HttpServer::requestFinished);
        auto socket = rawRequest("GET /held HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(socket);
        QTRY_VERIFY(m_pending.has_value());
        QVERIFY(m_pending->isConnected());

        socket->abort();
        socket.reset();
        QTRY_COMPARE(m_disconnects, 1);
        QVERIFY(!m_pending->isConnected());
        QVERIFY(!m_pending->send(HttpResponse::json(QJsonObject{{u"too"_s, u"late"_s}})));
        QVERIFY(!m_pending->send(HttpResponse::empty())); // and again: still harmless
        QTRY_VERIFY(!finished.isEmpty());
        QCOMPARE(finished.last().at(2).toInt(), 499);

        m_pending.reset(); // the last copy goes away: no 500 is written to the dead socket
        QCOMPARE(HttpTestClient(m_base).get(u"/things"_s).status, 200);
    }

    void clientLeavesJustAsTheAnswerIsSent_serverSurvives()
    {
        auto socket = rawRequest("GET /held HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(socket);
        QTRY_VERIFY(m_pending.has_value());
        // The server has not noticed the disconnect yet when it answers.
        socket->abort();
        socket.reset();
        m_pending->send(HttpResponse::json(QJsonObject{{u"race"_s, true}}));
        m_pending.reset();
        QTest::qWait(50);
        QCOMPARE(HttpTestClient(m_base).get(u"/things"_s).status, 200);
    }

    void manyClientsLeaving_serverKeepsServing()
    {
        for (int i = 0; i < 20; ++i) {
            m_pending.reset();
            auto socket = rawRequest("GET /held HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QVERIFY(socket);
            QTRY_VERIFY(m_pending.has_value());
            socket->disconnectFromHost();
            socket.reset();
            QTRY_COMPARE(m_disconnects, i + 1);
            m_pending->send(HttpResponse::empty());
        }
        QCOMPARE(HttpTestClient(m_base).get(u"/later"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestHttp)
#include "tst_http.moc"
