#pragma once

// A local LigdiCash: the merchant API (create hosted and direct payin invoices, confirm), the
// hosted payment page, the callbacks, and the control API that tests and demos use to inspect
// and steer it. The executable is a thin main() around this class; tests construct it on port 0.

#include "ActivityLog.h"
#include "HttpResponder.h"
#include "InvoiceStore.h"
#include "InvoiceTokenCodec.h"
#include "SandboxOptions.h"

#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <map>

class CallbackDispatcher;
class HttpServer;
class SandboxControlApi;
struct HttpRequest;
struct HttpResponse;
struct Operator;

class Sandbox : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(SandboxOptions options, QObject *parent = nullptr);
    ~Sandbox() override;

    // Listens; false with *error when a port cannot be bound or the options are inconsistent.
    bool start(QString *error);

    // The options with generated keys filled in.
    const SandboxOptions &options() const { return m_options; }
    QUrl baseUrl() const;    // where the merchant API listens
    QUrl publicUrl() const;  // base of payment links
    QUrl controlUrl() const; // where the control API listens (base, without /_sandbox)

    // State and steering, shared by the control API and tests.
    InvoiceStore &invoices() { return m_store; }
    const InvoiceTokenCodec &codec() const { return m_codec; }
    QByteArray tokenOf(const Invoice &invoice) const;
    // The invoice a merchant token names (nullptr for unknown or forged tokens).
    Invoice *findByToken(const QString &token);
    // Same, also accepting the numeric invoice id (control API convenience).
    Invoice *findByTokenOrId(const QString &tokenOrId);
    QUrl paymentUrl(const Invoice &invoice) const;
    Scenario &scenario() { return m_scenario; }
    Scenario &scenarioFor(quint32 invoiceId);
    // Moves a pending invoice to a final status and posts the callbacks; false when it was not
    // pending (final states are final). Status Pending only re-announces nothing.
    bool settle(Invoice &invoice, Invoice::Status status, const Operator *op,
                const QString &customer);
    // Posts a "completed" payload for an invoice whatever its real state (forged callback).
    void forgeCallback(const Invoice &invoice, const QUrl &url, qint64 amount, const Operator *op,
                       const QString &customer);
    // Validates a create body and stores the invoice; the sub-code on refusal.
    QString createInvoice(const QByteArray &body, bool direct, Invoice **created, QString *problem);
    void reset();

    ActivityLog &requestLog() { return m_requests; }
    ActivityLog &callbackLog() { return m_callbacks; }
    CallbackDispatcher *callbacks() const { return m_dispatcher; }
    int heldRequests() const { return static_cast<int>(m_held.size()); }

Q_SIGNALS:
    void invoiceChanged(quint32 id);

private:
    enum class Endpoint { CreateHosted, CreateDirect, Confirm };

    void registerMerchantRoutes();
    void handleMerchant(Endpoint endpoint, const HttpRequest &request, HttpResponder responder);
    void answerMerchant(Endpoint endpoint, const HttpRequest &request, HttpResponder responder,
                        Scenario &scenario, quint32 invoiceId);
    void handleCreate(Endpoint endpoint, const HttpRequest &request, HttpResponder responder);
    void handleConfirm(const HttpRequest &request, HttpResponder responder);
    HttpResponse showPage(const HttpRequest &request);
    HttpResponse submitPage(const HttpRequest &request);
    bool authorised(const HttpRequest &request) const;
    void hold(HttpResponder responder, int holdMs);
    void reply(const HttpRequest &request, const HttpResponder &responder,
               const HttpResponse &response, const QString &note, quint32 invoiceId);
    void log(const HttpRequest &request, int status, const QByteArray &responseBody,
             const QString &note, quint32 invoiceId);
    void notify(const Invoice &invoice);
    void scheduleDirectOutcome(quint32 invoiceId);

    SandboxOptions m_options;
    Scenario m_startScenario;
    Scenario m_scenario;
    QRandomGenerator m_random;
    InvoiceTokenCodec m_codec;
    InvoiceStore m_store;
    ActivityLog m_requests;
    ActivityLog m_callbacks;
    CallbackDispatcher *m_dispatcher;
    HttpServer *m_server;
    HttpServer *m_controlServer = nullptr;
    SandboxControlApi *m_control = nullptr;
    quint16 m_port = 0;
    quint16 m_controlPort = 0;
    std::map<quint64, HttpResponder> m_held;
    quint64 m_holdSerial = 0;
    quint64 m_generation = 0; // bumps on reset, so delayed work of before is dropped
};
