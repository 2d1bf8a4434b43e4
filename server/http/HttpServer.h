#pragma once

// The thin HTTP layer shared by comptoir-server and ligdicash-sandbox: a router with path
// parameters, JSON errors for 404/405/413, a body limit, default security headers and a
// disconnect-safe deferred answer. Handlers never touch sockets, so the library underneath
// (QtHttpServer today) can be swapped without touching them.

#include "HttpRequest.h"
#include "HttpResponder.h"
#include "HttpResponse.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>

#include <functional>
#include <vector>

class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    using DeferredHandler = std::function<void(const HttpRequest &, HttpResponder)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // pattern: "/api/v1/orders/{id}/status"; a trailing slash in a request path is ignored.
    void route(const QByteArray &method, const QString &pattern, Handler handler);
    void routeDeferred(const QByteArray &method, const QString &pattern, DeferredHandler handler);
    // Paths starting with prefix, e.g. "/pay/invoice/" (the rest is in params["rest"]).
    void routePrefix(const QByteArray &method, const QString &prefix, Handler handler);

    void setBodyLimit(qsizetype bytes) { m_bodyLimit = bytes; }
    qsizetype bodyLimit() const { return m_bodyLimit; }
    // A route that takes larger bodies than the rest (a catalog CSV import): its own limit,
    // checked once the request matched it. Returns false when no such route is registered.
    bool setRouteBodyLimit(const QByteArray &method, const QString &pattern, qsizetype bytes);
    void addDefaultHeader(const QByteArray &name, const QByteArray &value);

    // Listens on address:port (0 picks a free port); returns the port or 0 on failure.
    quint16 start(const QHostAddress &address, quint16 port);

Q_SIGNALS:
    // Emitted for every answer written (or dropped because the client left: status 499).
    void requestFinished(const QByteArray &method, const QString &path, int status,
                         qint64 elapsedMs);

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &responder) override;
#endif

private:
    struct Route
    {
        QByteArray method;
        QStringList segments; // "{name}" captures one segment
        bool prefix = false;
        DeferredHandler handler;
        qsizetype bodyLimit = -1; // -1: the server's
    };

    void dispatch(HttpRequest request, HttpResponder responder);
    static bool match(const Route &route, const QStringList &segments,
                      QHash<QString, QString> *params);

    std::vector<Route> m_routes;
    qsizetype m_bodyLimit = 64 * 1024;
    QList<QPair<QByteArray, QByteArray>> m_defaultHeaders;
};
