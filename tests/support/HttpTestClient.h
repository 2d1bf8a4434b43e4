#pragma once

// A blocking HTTP client for integration tests: one call, one answer, with the status, body and
// timing at hand. sendConcurrently() fires many requests at once over many connections, to race
// the server the way LigdiCash's paired callbacks or a shop full of terminals do.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

struct HttpTestReply
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QString error;
    qint64 elapsedMs = 0;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const;
    QByteArray header(QByteArrayView name) const;
};

struct HttpTestRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // relative to the client's base URL, may carry a query
    QByteArray contentType;
    QByteArray body;
};

class HttpTestClient
{
public:
    explicit HttpTestClient(const QUrl &baseUrl = {});
    ~HttpTestClient();
    // Copies carry the base URL and headers, not the connections.
    HttpTestClient(const HttpTestClient &other);
    HttpTestClient &operator=(const HttpTestClient &other);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    // Sent with every request (e.g. Authorization).
    void setHeader(const QByteArray &name, const QByteArray &value);

    HttpTestReply get(const QString &path, int timeoutMs = 30000);
    HttpTestReply post(const QString &path, const QJsonObject &body, int timeoutMs = 30000);
    HttpTestReply postRaw(const QString &path, const QByteArray &contentType,
                          const QByteArray &body, int timeoutMs = 30000);
    HttpTestReply send(const HttpTestRequest &request, int timeoutMs = 30000);

    // All requests in flight together over up to `connections` connections; answers in order.
    QList<HttpTestReply> sendConcurrently(const QList<HttpTestRequest> &requests,
                                          int connections = 100, int timeoutMs = 60000);

    // Starts a request and returns at once; the reply belongs to this client. Wait with
    // QTRY_VERIFY(reply->isFinished()) and read it with collect().
    QNetworkReply *start(const HttpTestRequest &request, int timeoutMs = 60000);
    static HttpTestReply collect(QNetworkReply *reply);

    QUrl resolve(const QString &path) const;

private:
    QUrl m_baseUrl;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    QNetworkAccessManager *manager(int index);
    QNetworkReply *send(QNetworkAccessManager *manager, const HttpTestRequest &request,
                        int timeoutMs);
};
