#include "SandboxTestKit.h"

#include "Sandbox.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

QByteArray TestReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestClient::TestClient(Sandbox *sandbox)
    : m_sandbox(sandbox)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl TestClient::url(const QString &pathAndQuery) const
{
    return m_sandbox->baseUrl().resolved(QUrl(pathAndQuery));
}

TestReply TestClient::request(const QByteArray &method, const QUrl &url, const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 5000);
    TestReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QList<QPair<QByteArray, QByteArray>> TestClient::merchantHeaders(bool post) const
{
    QList<QPair<QByteArray, QByteArray>> headers = {
        {"Apikey", m_sandbox->options().apiKey.toUtf8()},
        {"Authorization", "Bearer " + m_sandbox->options().authToken.toUtf8()},
        {"Accept", "application/json"},
    };
    if (post)
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return headers;
}

TestReply TestClient::create(const QJsonObject &body, bool direct)
{
    return createRaw(QJsonDocument(body).toJson(QJsonDocument::Compact), direct);
}

TestReply TestClient::createRaw(const QByteArray &body, bool direct)
{
    const QString path = direct ? u"/pay/v01/straight/checkout-invoice/create"_s
                                : u"/pay/v01/redirect/checkout-invoice/create"_s;
    return request("POST", url(path), body, merchantHeaders(true));
}

TestReply TestClient::confirm(const QString &token, const QString &parameter, bool trailingSlash)
{
    const QString path = u"/pay/v01/redirect/checkout-invoice/confirm"_s +
                         (trailingSlash ? u"/"_s : QString()) + u'?' + parameter + u'=' +
                         QString::fromLatin1(QUrl::toPercentEncoding(token));
    return request("GET", url(path), {}, merchantHeaders(false));
}

TestReply TestClient::control(const QByteArray &method, const QString &path,
                              const QJsonObject &body)
{
    QUrl target = m_sandbox->controlUrl().resolved(QUrl(path));
    QList<QPair<QByteArray, QByteArray>> headers = {
        {"X-Sandbox-Key", m_sandbox->options().controlKey.toUtf8()},
    };
    QByteArray payload;
    if (!body.isEmpty() || method != "GET") {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return request(method, target, payload, headers);
}

QJsonObject TestClient::invoiceBody(qint64 amount, const QUrl &merchant,
                                    const QString &transactionId)
{
    const QString base = merchant.toString();
    // A negative amount cannot be an item's price; such requests carry only total_amount.
    QJsonArray items;
    if (amount > 0)
        items.append(QJsonObject{
            {"name"_L1, u"Riz 5 kg"_s},
            {"description"_L1, u""_s},
            {"quantity"_L1, 1},
            {"unit_price"_L1, amount},
            {"total_price"_L1, amount},
        });
    return QJsonObject{
        {"commande"_L1,
         QJsonObject{
             {"invoice"_L1,
              QJsonObject{
                  {"items"_L1, items},
                  {"total_amount"_L1, amount},
                  {"devise"_L1, u"XOF"_s},
                  {"description"_L1, QString(u"Commande "_s + transactionId)},
                  {"customer"_L1, u""_s},
                  {"customer_firstname"_L1, u"Awa"_s},
                  {"customer_lastname"_L1, u"Ouedraogo"_s},
                  {"customer_email"_L1, u"awa@example.com"_s},
                  {"external_id"_L1, u""_s},
                  {"otp"_L1, u""_s},
              }},
             {"store"_L1, QJsonObject{{"name"_L1, u"Boutique Awa"_s}, {"website_url"_L1, base}}},
             {"actions"_L1,
              QJsonObject{
                  {"cancel_url"_L1, QString(base + u"/shop/cancel?order="_s + transactionId)},
                  {"return_url"_L1, QString(base + u"/shop/return?order="_s + transactionId)},
                  {"callback_url"_L1, QString(base + u"/callback"_s)},
              }},
             {"custom_data"_L1, QJsonObject{{"transaction_id"_L1, transactionId}}},
         }}};
}

QString TestClient::createInvoice(qint64 amount, const QUrl &merchant, const QString &transactionId)
{
    const TestReply reply = create(invoiceBody(amount, merchant, transactionId));
    if (reply.json().value("response_code"_L1).toString() != "00"_L1) {
        QTest::qFail(reply.body.constData(), __FILE__, __LINE__);
        return {};
    }
    return reply.json().value("token"_L1).toString();
}

MerchantServer::MerchantServer(QObject *parent)
    : QObject(parent)
{
    const auto record = [this](const HttpRequest &request) {
        m_hits.append(Hit{request.method, request.path, request.mediaType(), request.body});
        // Emitted after the answer is written.
        QTimer::singleShot(0, this, &MerchantServer::hit);
        if (request.method == "POST" && request.path == "/callback"_L1)
            return HttpResponse::text("ok", "text/plain", m_callbackStatus);
        return HttpResponse::text("<!DOCTYPE html><title>shop</title><p>back at the shop</p>",
                                  "text/html");
    };
    m_server.routePrefix("POST", u"/"_s, record);
    m_server.routePrefix("GET", u"/"_s, record);
    const quint16 port = m_server.start(QHostAddress::LocalHost, 0);
    m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

QList<MerchantServer::Hit> MerchantServer::callbacks() const
{
    QList<Hit> out;
    for (const Hit &hit : m_hits) {
        if (hit.method == "POST" && hit.path == "/callback"_L1)
            out.append(hit);
    }
    return out;
}
