#pragma once

// comptoir-server's only door to LigdiCash: creates invoices (hosted or direct payin) and calls
// confirm with a stored creation token. Sends the Apikey and Bearer headers from the server's
// configuration (never logged), bounds every call with a timeout, and reports each call's
// latency and outcome through callFinished() for /metrics. It hands back the raw JSON; the
// protocol meaning is read with core/ligdicash.

#include "ligdicash/LigdiCashApi.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

class LigdiCashClient : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl baseUrl; // e.g. https://app.ligdicash.com (paths are appended)
        QByteArray apiKey;
        QByteArray authToken;
        int createTimeoutMs = 20000;
        int confirmTimeoutMs = 10000;
    };

    struct Reply
    {
        enum class Failure {
            None,       // an HTTP 2xx answer with a JSON object (which may still be an API error)
            Timeout,    // no answer within the timeout
            Network,    // connection refused, reset, DNS...
            HttpStatus, // a non-2xx answer
            BadJson,    // a 2xx answer that is not a JSON object
        };
        Failure failure = Failure::None;
        int httpStatus = 0;
        QJsonObject json;
        QByteArray body;
        qint64 elapsedMs = 0;
        QString detail; // transport error text, for logs (never contains the keys)

        bool ok() const { return failure == Failure::None; }
    };
    using Callback = std::function<void(const Reply &)>;

    explicit LigdiCashClient(const Settings &settings, QObject *parent = nullptr);
    ~LigdiCashClient() override;

    bool isConfigured() const;
    const Settings &settings() const { return m_settings; }

    // Hosted payin (a payment page URL) or direct payin to a phone number. body is the
    // InvoiceRequest's compact JSON.
    void createInvoice(LigdiCashApi::PayinMode mode, const QByteArray &body, QObject *context,
                       Callback done);
    // Confirm with the token LigdiCash returned at creation (never a callback's token).
    void confirm(const QString &invoiceToken, QObject *context, Callback done);

Q_SIGNALS:
    // operation: "create" or "confirm"; outcome: "ok", "timeout", "network", "http", "bad_json".
    void callFinished(const QString &operation, const QString &outcome, qint64 elapsedMs);

private:
    void send(const QString &operation, const QByteArray &method, const QUrl &url,
              const QByteArray &body, int timeoutMs, QObject *context, Callback done);

    Settings m_settings;
    QNetworkAccessManager *m_network;
};
