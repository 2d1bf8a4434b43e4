#include "ServerApp.h"

#include "AuthRoutes.h"
#include "HttpServer.h"
#include "PinHasher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServerApp, "comptoir.server.serverapp", QtInfoMsg)

namespace {

// The route label of a request path for metrics: id-like segments (numbers, UUIDs, tokens)
// become "{id}" so that every order does not make a new time series.
QString routeLabel(const QString &path, int status)
{
    if (status == 404 || status == 405)
        return u"unmatched"_s;
    static const QRegularExpression idLike(
        u"^([0-9]+|[0-9a-fA-F-]{32,36}|[A-Za-z0-9_.~-]{20,})$"_s);
    QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (QString &segment : segments) {
        if (idLike.match(segment).hasMatch())
            segment = u"{id}"_s;
    }
    return u'/' + segments.join(u'/');
}

} // namespace

ServerApp::ServerApp(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_database(std::make_unique<Database>())
    , m_http(std::make_unique<HttpServer>())
    , m_guard(std::make_unique<AuthGuard>(*m_database, m_config))
    , m_pinHasher(
          std::make_unique<PinHasher>(m_config.pinHashOpsLimit(), m_config.pinHashMemoryKiB()))
{
    m_http->setBodyLimit(m_config.bodyLimitBytes());
}

ServerApp::~ServerApp()
{
    for (auto it = m_modules.rbegin(); it != m_modules.rend(); ++it)
        (*it)->stop();
    // Modules hold routes and timers that point into the database: they go first.
    m_modules.clear();
    m_http.reset();
}

void ServerApp::addModule(std::unique_ptr<ServerModule> module)
{
    m_modules.push_back(std::move(module));
}

bool ServerApp::openDatabase()
{
    if (m_database->isOpen())
        return true;
    if (!PinHasher::isAvailable())
        return fail(tr("libsodium could not be initialised"));
    if (!m_database->open(m_config.databaseUrl()) || !m_database->migrate())
        return fail(m_database->errorString());
    return true;
}

bool ServerApp::start()
{
    if (!openDatabase())
        return false;
    if (!m_routesRegistered) {
        registerRoutes();
        m_routesRegistered = true;
        for (const auto &module : m_modules) {
            QString error;
            if (!module->start(*this, &error))
                return fail(error);
        }
    }
    if (m_port == 0) {
        m_port = m_http->start(m_config.listenAddress(), m_config.listenPort());
        if (m_port == 0)
            return fail(tr("cannot listen on %1").arg(m_config.string(u"server/listen"_s)));
    }
    QHostAddress address = m_config.listenAddress();
    // A wildcard address is reached through loopback from this machine.
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (address == QHostAddress::AnyIPv6)
        address = QHostAddress(QHostAddress::LocalHostIPv6);
    m_baseUrl =
        QUrl(u"http://"_s +
             (address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                  : address.toString()) +
             u':' + QString::number(m_port));
    qCInfo(lcServerApp).noquote() << "listening on" << m_baseUrl.toString() << "database:"
                                  << (m_database->isPostgres()
                                          ? Database::redactUrl(m_config.databaseUrl())
                                          : m_database->handle().databaseName());
    return true;
}

quint16 ServerApp::port() const
{
    return m_port;
}

void ServerApp::registerRoutes()
{
    m_metrics.describe(u"comptoir_http_requests_total"_s, Metrics::Type::Counter,
                       u"HTTP requests answered, by method, route and status (499: client left)"_s);
    m_metrics.describe(u"comptoir_http_request_duration_seconds"_s, Metrics::Type::Histogram,
                       u"Time from request to answer, by method and route"_s);
    m_metrics.describe(u"comptoir_build_info"_s, Metrics::Type::Gauge,
                       u"Always 1; the labels say which build runs"_s);
    m_metrics.set(u"comptoir_build_info"_s,
                  {{u"version"_s, QCoreApplication::applicationVersion()},
                   {u"database"_s, m_database->isPostgres() ? u"postgres"_s : u"sqlite"_s}},
                  1);
    connect(m_http.get(), &HttpServer::requestFinished, this,
            [this](const QByteArray &method, const QString &path, int status, qint64 elapsedMs) {
                const QString route = routeLabel(path, status);
                const QString methodName = QString::fromLatin1(method);
                m_metrics.increment(u"comptoir_http_requests_total"_s,
                                    {{u"method"_s, methodName},
                                     {u"route"_s, route},
                                     {u"status"_s, QString::number(status)}});
                m_metrics.observe(u"comptoir_http_request_duration_seconds"_s,
                                  {{u"method"_s, methodName}, {u"route"_s, route}},
                                  double(elapsedMs) / 1000.0);
            });

    m_http->route("GET", u"/healthz"_s, [this](const HttpRequest &) {
        if (m_database->ping())
            return HttpResponse::json(QJsonObject{{u"status"_s, u"ok"_s}});
        return HttpResponse::json(
            QJsonObject{
                {u"status"_s, u"unavailable"_s},
                {u"error"_s, QJsonObject{{u"code"_s, u"unavailable"_s},
                                         {u"message"_s, tr("The database does not answer.")}}}},
            503);
    });
    m_http->route("GET", u"/metrics"_s, [this](const HttpRequest &) {
        return HttpResponse::text(m_metrics.render(),
                                  QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
    });

    m_authRoutes =
        std::make_unique<AuthRoutes>(*m_database, m_config, *m_guard, *m_pinHasher, m_metrics);
    m_authRoutes->registerOn(*m_http);
}

bool ServerApp::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcServerApp).noquote() << message;
    return false;
}
