#include "HttpServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHttp, "comptoir.http.server", QtInfoMsg)

struct HttpResponder::State
{
    QPointer<QTcpSocket> socket;
    std::optional<QHttpServerResponder> responder;
    QList<QPair<QByteArray, QByteArray>> defaultHeaders;
    std::function<void(int)> finished;
    std::function<void()> closeConnection;
    std::vector<std::pair<QPointer<QObject>, std::function<void()>>> onDisconnect;
    QMetaObject::Connection disconnectConnection;
    bool answered = false;
    bool tracksSocket = false;

    bool alive() const
    {
        return !tracksSocket || (socket && socket->state() == QAbstractSocket::ConnectedState);
    }

    void clientLeft()
    {
        if (answered)
            return;
        answered = true;
        if (finished)
            finished(499);
        auto callbacks = std::move(onDisconnect);
        for (auto &[context, callback] : callbacks) {
            if (context)
                callback();
        }
    }

    bool write(const HttpResponse &response)
    {
        if (answered)
            return false;
        if (!alive()) {
            clientLeft();
            return false;
        }
        answered = true;
        QObject::disconnect(disconnectConnection);
        onDisconnect.clear();

        QList<QPair<QByteArray, QByteArray>> headers = defaultHeaders;
        if (!response.contentType.isEmpty())
            headers.append({QByteArrayLiteral("Content-Type"), response.contentType});
        headers += response.headers;
        const auto status = QHttpServerResponder::StatusCode(response.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QHttpHeaders httpHeaders;
        for (const auto &[name, value] : headers)
            httpHeaders.append(name, value);
        responder->write(response.body, httpHeaders, status);
#else
        responder->writeStatusLine(status);
        for (const auto &[name, value] : headers)
            responder->writeHeader(name, value);
        responder->writeHeader(QByteArrayLiteral("Content-Length"),
                               QByteArray::number(response.body.size()));
        responder->writeBody(response.body);
#endif
        if (finished)
            finished(response.status);
        return true;
    }

    ~State()
    {
        if (!answered && alive() && responder) {
            qCWarning(lcHttp) << "a deferred request was dropped without an answer";
            write(HttpResponse::error(500, u"internal_error"_s,
                                      u"The server dropped the request."_s));
        }
    }
};

HttpResponder::HttpResponder(std::shared_ptr<State> state)
    : m_state(std::move(state))
{}

bool HttpResponder::send(const HttpResponse &response) const
{
    return m_state && m_state->write(response);
}

bool HttpResponder::isConnected() const
{
    return m_state && !m_state->answered && m_state->alive();
}

bool HttpResponder::isAnswered() const
{
    return !m_state || m_state->answered;
}

void HttpResponder::abort() const
{
    if (!m_state || m_state->answered)
        return;
    m_state->answered = true;
    QObject::disconnect(m_state->disconnectConnection);
    m_state->onDisconnect.clear();
    if (m_state->finished)
        m_state->finished(499);
    if (m_state->closeConnection)
        m_state->closeConnection();
}

void HttpResponder::onDisconnected(QObject *context, std::function<void()> callback) const
{
    if (!m_state || m_state->answered)
        return;
    m_state->onDisconnect.emplace_back(context, std::move(callback));
}

namespace {

QByteArray methodName(const QHttpServerRequest &request)
{
    using M = QHttpServerRequest::Method;
    switch (request.method()) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
#endif
    default:
        return "UNKNOWN";
    }
}

QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

QString normalisedPath(const QUrl &url)
{
    QString path = url.path(QUrl::FullyDecoded);
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path.isEmpty() ? u"/"_s : path;
}

} // namespace

HttpServer::HttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    m_defaultHeaders = {
        {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")},
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
    };
}

HttpServer::~HttpServer() = default;

void HttpServer::route(const QByteArray &method, const QString &pattern, Handler handler)
{
    routeDeferred(
        method, pattern,
        [handler = std::move(handler)](const HttpRequest &request, HttpResponder responder) {
            responder.send(handler(request));
        });
}

void HttpServer::routeDeferred(const QByteArray &method, const QString &pattern,
                               DeferredHandler handler)
{
    m_routes.push_back(Route{method.toUpper(), splitPath(pattern), false, std::move(handler)});
}

bool HttpServer::setRouteBodyLimit(const QByteArray &method, const QString &pattern,
                                   qsizetype bytes)
{
    const QByteArray wanted = method.toUpper();
    const QStringList segments = splitPath(pattern);
    for (Route &route : m_routes) {
        if (route.method == wanted && route.segments == segments && !route.prefix) {
            route.bodyLimit = bytes;
            return true;
        }
    }
    return false;
}

void HttpServer::routePrefix(const QByteArray &method, const QString &prefix, Handler handler)
{
    m_routes.push_back(
        Route{method.toUpper(), splitPath(prefix), true,
              [handler = std::move(handler)](const HttpRequest &request, HttpResponder responder) {
                  responder.send(handler(request));
              }});
}

void HttpServer::addDefaultHeader(const QByteArray &name, const QByteArray &value)
{
    m_defaultHeaders.append({name, value});
}

namespace {

// Answers go out as a head and a body in two writes; with Nagle's algorithm the body waits for
// the client's delayed ACK of the head (40 ms on Linux). TCP_NODELAY on every accepted socket.
class LowDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

} // namespace

quint16 HttpServer::start(const QHostAddress &address, quint16 port)
{
    auto *tcp = new LowDelayTcpServer(this);
    if (!tcp->listen(address, port)) {
        qCWarning(lcHttp) << "cannot listen on" << address << port << tcp->errorString();
        delete tcp;
        return 0;
    }
    bind(tcp);
    return tcp->serverPort();
}

bool HttpServer::match(const Route &route, const QStringList &segments,
                       QHash<QString, QString> *params)
{
    if (route.prefix ? segments.size() <= route.segments.size()
                     : segments.size() != route.segments.size())
        return false;
    QHash<QString, QString> captured;
    for (qsizetype i = 0; i < route.segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (expected.startsWith(u'{') && expected.endsWith(u'}'))
            captured.insert(expected.mid(1, expected.size() - 2), segments.at(i));
        else if (expected != segments.at(i))
            return false;
    }
    if (route.prefix)
        captured.insert(u"rest"_s, segments.mid(route.segments.size()).join(u'/'));
    *params = std::move(captured);
    return true;
}

void HttpServer::dispatch(HttpRequest request, HttpResponder responder)
{
    const auto tooLarge = [&request](qsizetype limit) {
        return request.body.size() > limit || request.header("Content-Length").toLongLong() > limit;
    };
    const auto refuse = [&responder](qsizetype limit) {
        responder.send(
            HttpResponse::error(413, u"payload_too_large"_s,
                                u"The request body is larger than %1 bytes."_s.arg(limit)));
    };
    // The largest limit any route has: bodies beyond it are refused before matching.
    qsizetype ceiling = m_bodyLimit;
    for (const Route &route : m_routes)
        ceiling = std::max(ceiling, route.bodyLimit);
    if (tooLarge(ceiling)) {
        refuse(ceiling);
        return;
    }
    const QStringList segments = splitPath(request.path);
    QList<QByteArray> allowed;
    // Exact routes win over prefix routes.
    for (bool prefixPass : {false, true}) {
        for (const Route &route : m_routes) {
            if (route.prefix != prefixPass)
                continue;
            QHash<QString, QString> params;
            if (!match(route, segments, &params))
                continue;
            if (route.method != request.method) {
                if (!allowed.contains(route.method))
                    allowed.append(route.method);
                continue;
            }
            const qsizetype limit = route.bodyLimit >= 0 ? route.bodyLimit : m_bodyLimit;
            if (tooLarge(limit)) {
                refuse(limit);
                return;
            }
            request.params = std::move(params);
            route.handler(request, std::move(responder));
            return;
        }
        if (!allowed.isEmpty())
            break;
    }
    if (!allowed.isEmpty()) {
        responder.send(HttpResponse::error(405, u"method_not_allowed"_s,
                                           u"%1 is not allowed on %2."_s.arg(
                                               QString::fromLatin1(request.method), request.path))
                           .withHeader("Allow", allowed.join(", ")));
        return;
    }
    responder.send(
        HttpResponse::error(404, u"not_found"_s, u"No such resource: %1"_s.arg(request.path)));
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
#else
bool HttpServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &qtResponder)
#endif
{
    HttpRequest copy;
    copy.method = methodName(request);
    copy.url = request.url();
    copy.path = normalisedPath(request.url());
    copy.query = QUrlQuery(request.url());
    copy.headers = request.headers();
    copy.body = request.body();
    copy.remoteAddress = request.remoteAddress();

    auto state = std::make_shared<HttpResponder::State>();
    state->defaultHeaders = m_defaultHeaders;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    state->socket = socket;
    state->tracksSocket = true;
    state->responder.emplace(makeResponder(request, socket));
    state->disconnectConnection = connect(socket, &QTcpSocket::disconnected, this,
                                          [weak = std::weak_ptr<HttpResponder::State>(state)] {
                                              if (auto alive = weak.lock())
                                                  alive->clientLeft();
                                          });
    // Queued: QtHttpServer still uses the socket after handleRequest() returns.
    state->closeConnection = [socket = QPointer<QTcpSocket>(socket)] {
        if (socket)
            QTimer::singleShot(0, socket, [socket] { socket->abort(); });
    };
#else
    state->responder.emplace(std::move(qtResponder));
    // Qt >= 6.5 hides the socket behind the responder; find it by the client's address and port
    // among the connections of our listeners (QTcpServer parents the sockets it accepts).
    state->closeConnection = [server = QPointer<HttpServer>(this),
                              address = request.remoteAddress(), port = request.remotePort()] {
        if (!server)
            return;
        for (QTcpServer *tcp : server->findChildren<QTcpServer *>()) {
            for (QTcpSocket *socket : tcp->findChildren<QTcpSocket *>()) {
                if (socket->peerPort() == port && socket->peerAddress() == address) {
                    QTimer::singleShot(0, socket, [socket] { socket->abort(); });
                    return;
                }
            }
        }
    };
#endif
    QElapsedTimer timer;
    timer.start();
    state->finished = [server = QPointer<HttpServer>(this), method = copy.method, path = copy.path,
                       timer](int status) {
        if (server)
            Q_EMIT server->requestFinished(method, path, status, timer.elapsed());
    };
    dispatch(std::move(copy), HttpResponder(std::move(state)));
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}
#else
void HttpServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    handleRequest(request, responder);
}
#endif
