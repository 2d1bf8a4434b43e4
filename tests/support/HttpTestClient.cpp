#include "HttpTestClient.h"

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

HttpTestReply collect(QNetworkReply *reply, const QElapsedTimer &timer)
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
        const HttpTestRequest &request = requests.at(i);
        QNetworkRequest networkRequest(resolve(request.path));
        for (const auto &[name, value] : std::as_const(m_headers))
            networkRequest.setRawHeader(name, value);
        if (!request.contentType.isEmpty())
            networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
        networkRequest.setTransferTimeout(timeoutMs);
        QNetworkReply *reply =
            manager(int(i % managers))
                ->sendCustomRequest(networkRequest, request.method, request.body);
        replies.append(reply);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, i, reply] {
            results[i] = collect(reply, timer);
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    for (QNetworkReply *reply : std::as_const(replies)) {
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
    }
    return results;
}
