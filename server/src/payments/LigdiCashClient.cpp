#include "LigdiCashClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLigdiCashClient, "comptoir.payments.ligdicashclient", QtInfoMsg)

LigdiCashClient::LigdiCashClient(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

LigdiCashClient::~LigdiCashClient() = default;

bool LigdiCashClient::isConfigured() const
{
    return m_settings.baseUrl.isValid() && !m_settings.apiKey.isEmpty() &&
           !m_settings.authToken.isEmpty();
}

void LigdiCashClient::createInvoice(LigdiCashApi::PayinMode mode, const QByteArray &body,
                                    QObject *context, Callback done)
{
    send(u"create"_s, QByteArrayLiteral("POST"), LigdiCashApi::createUrl(m_settings.baseUrl, mode),
         body, m_settings.createTimeoutMs, context, std::move(done));
}

void LigdiCashClient::confirm(const QString &invoiceToken, QObject *context, Callback done)
{
    send(u"confirm"_s, QByteArrayLiteral("GET"),
         LigdiCashApi::confirmUrl(m_settings.baseUrl, invoiceToken), {},
         m_settings.confirmTimeoutMs, context, std::move(done));
}

void LigdiCashClient::send(const QString &operation, const QByteArray &method, const QUrl &url,
                           const QByteArray &body, int timeoutMs, QObject *context, Callback done)
{
    QNetworkRequest request(url);
    request.setRawHeader("Apikey", m_settings.apiKey);
    request.setRawHeader("Authorization", "Bearer " + m_settings.authToken);
    request.setRawHeader("Accept", "application/json");
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply =
        method == "POST" ? m_network->post(request, body) : m_network->get(request);
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, operation, timer, context = QPointer<QObject>(context),
         hadContext = context != nullptr, done = std::move(done)] {
            reply->deleteLater();
            Reply result;
            result.elapsedMs = timer.elapsed();
            result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QString outcome = u"ok"_s;
            if (reply->error() == QNetworkReply::OperationCanceledError ||
                reply->error() == QNetworkReply::TimeoutError) {
                result.failure = Reply::Failure::Timeout;
                outcome = u"timeout"_s;
            } else if (result.httpStatus == 0) {
                result.failure = Reply::Failure::Network;
                outcome = u"network"_s;
            } else if (result.httpStatus < 200 || result.httpStatus > 299) {
                result.failure = Reply::Failure::HttpStatus;
                outcome = u"http"_s;
            } else {
                result.body = reply->readAll();
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(result.body, &error);
                if (error.error != QJsonParseError::NoError || !document.isObject()) {
                    result.failure = Reply::Failure::BadJson;
                    outcome = u"bad_json"_s;
                } else {
                    result.json = document.object();
                }
            }
            // errorString() quotes the URL, and a confirm URL carries the invoice token.
            if (!result.ok())
                result.detail = QString::fromLatin1(
                    QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error()));
            // The URL is logged without its query: a confirm's query carries the token.
            qCDebug(lcLigdiCashClient)
                << operation << reply->url().adjusted(QUrl::RemoveQuery).toString() << outcome
                << result.httpStatus << result.elapsedMs << "ms";
            if (!result.ok())
                qCInfo(lcLigdiCashClient)
                    << operation << "failed:" << outcome << result.httpStatus << result.detail;
            Q_EMIT callFinished(operation, outcome, result.elapsedMs);
            if (hadContext && !context)
                return;
            done(result);
        });
}
