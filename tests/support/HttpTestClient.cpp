#include "HttpTestClient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// QNetworkAccessManager opens at most six connections per host.
constexpr int connectionsPerManager = 6;

HttpTestReply collectReply(QNetworkReply *reply, const QElapsedTimer &timer)
{
    HttpTestReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.elapsedMs = timer.elapsed();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.error = reply->errorString();
    return result;
}

} // namespace

QString HttpTestReply::errorCode() const
{
    return json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QByteArray HttpTestReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpTestClient::HttpTestClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{}

HttpTestClient::~HttpTestClient() = default;

HttpTestClient::HttpTestClient(const HttpTestClient &other)
    : m_baseUrl(other.m_baseUrl)
    , m_headers(other.m_headers)
{}

HttpTestClient &HttpTestClient::operator=(const HttpTestClient &other)
{
    m_baseUrl = other.m_baseUrl;
    m_headers = other.m_headers;
    return *this;
}

void HttpTestClient::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    m_headers.append({name, value});
}

QUrl HttpTestClient::resolve(const QString &path) const
{
    return m_baseUrl.resolved(QUrl(path));
}

QNetworkAccessManager *HttpTestClient::manager(int index)
{
    while (int(m_managers.size()) <= index) {
        auto nam = std::make_unique<QNetworkAccessManager>();
        nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_managers.push_back(std::move(nam));
    }
    return m_managers.at(size_t(index)).get();
}

HttpTestReply HttpTestClient::get(const QString &path, int timeoutMs)
{
    return send({QByteArrayLiteral("GET"), path, {}, {}}, timeoutMs);
}

HttpTestReply HttpTestClient::post(const QString &path, const QJsonObject &body, int timeoutMs)
{
    return postRaw(path, QByteArrayLiteral("application/json"),
                   QJsonDocument(body).toJson(QJsonDocument::Compact), timeoutMs);
}

HttpTestReply HttpTestClient::postRaw(const QString &path, const QByteArray &contentType,
                                      const QByteArray &body, int timeoutMs)
{
    return send({QByteArrayLiteral("POST"), path, contentType, body}, timeoutMs);
}

HttpTestReply HttpTestClient::send(const HttpTestRequest &request, int timeoutMs)
{
    const QList<HttpTestReply> replies = sendConcurrently({request}, 1, timeoutMs);
    return replies.value(0);
}

QList<HttpTestReply> HttpTestClient::sendConcurrently(const QList<HttpTestRequest> &requests,
                                                      int connections, int timeoutMs)
{
    const int managers = qMax(1, (connections + connectionsPerManager - 1) / connectionsPerManager);
    QList<HttpTestReply> results(requests.size());
    QList<QNetworkReply *> replies;
    QEventLoop loop;
    int pending = int(requests.size());
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        QNetworkReply *reply = send(manager(int(i % managers)), requests.at(i), timeoutMs);
        replies.append(reply);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, i, reply] {
            results[i] = collectReply(reply, timer);
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    for (qsizetype i = 0; i < replies.size(); ++i) {
        QNetworkReply *reply = replies.at(i);
        reply->disconnect();
        if (!reply->isFinished())
            results[i].error = u"no answer within %1 ms"_s.arg(timeoutMs);
        reply->abort();
        reply->deleteLater();
    }
    return results;
}

QNetworkReply *HttpTestClient::send(QNetworkAccessManager *nam, const HttpTestRequest &request,
                                    int timeoutMs)
{
    QNetworkRequest networkRequest(resolve(request.path));
    for (const auto &[name, value] : std::as_const(m_headers))
        networkRequest.setRawHeader(name, value);
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    networkRequest.setTransferTimeout(timeoutMs);
    return nam->sendCustomRequest(networkRequest, request.method, request.body);
}

QNetworkReply *HttpTestClient::start(const HttpTestRequest &request, int timeoutMs)
{
    // A manager of its own, so a held long-poll never queues behind other requests.
    auto *nam = new QNetworkAccessManager();
    m_managers.push_back(std::unique_ptr<QNetworkAccessManager>(nam));
    QNetworkReply *reply = send(nam, request, timeoutMs);
    reply->setProperty("startedMs", QDateTime::currentMSecsSinceEpoch());
    return reply;
}

HttpTestReply HttpTestClient::collect(QNetworkReply *reply)
{
    QElapsedTimer timer;
    timer.start();
    HttpTestReply result = collectReply(reply, timer);
    result.elapsedMs =
        QDateTime::currentMSecsSinceEpoch() - reply->property("startedMs").toLongLong();
    return result;
}
