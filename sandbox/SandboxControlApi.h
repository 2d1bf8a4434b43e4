#pragma once

// The sandbox's control API under /_sandbox/: list invoices, requests and callbacks; settle an
// invoice without a browser; forge a callback; read and change the scenario, globally or per
// invoice; bulk-create invoices for load tests; reset. Every call needs the control key in the
// X-Sandbox-Key header; the merchant's Apikey/Bearer pair never opens it.

#include <QObject>

class HttpServer;
class Sandbox;
struct HttpRequest;
struct HttpResponse;
struct Invoice;

class SandboxControlApi : public QObject
{
    Q_OBJECT

public:
    SandboxControlApi(Sandbox *sandbox, HttpServer *server, QObject *parent = nullptr);

private:
    using Handler = HttpResponse (SandboxControlApi::*)(const HttpRequest &);
    void add(HttpServer *server, const QByteArray &method, const QString &path, Handler handler);

    HttpResponse info(const HttpRequest &request);
    HttpResponse listInvoices(const HttpRequest &request);
    HttpResponse createInvoices(const HttpRequest &request);
    HttpResponse showInvoice(const HttpRequest &request);
    HttpResponse pay(const HttpRequest &request);
    HttpResponse fail(const HttpRequest &request);
    HttpResponse cancel(const HttpRequest &request);
    HttpResponse leavePending(const HttpRequest &request);
    HttpResponse forgeCallback(const HttpRequest &request);
    HttpResponse showInvoiceScenario(const HttpRequest &request);
    HttpResponse setInvoiceScenario(const HttpRequest &request);
    HttpResponse clearInvoiceScenario(const HttpRequest &request);
    HttpResponse showScenario(const HttpRequest &request);
    HttpResponse replaceScenario(const HttpRequest &request);
    HttpResponse patchScenario(const HttpRequest &request);
    HttpResponse requests(const HttpRequest &request);
    HttpResponse callbacks(const HttpRequest &request);
    HttpResponse reset(const HttpRequest &request);

    Invoice *invoiceOf(const HttpRequest &request) const;
    QJsonObject describe(const Invoice &invoice, bool detailed) const;
    HttpResponse settleFromBody(const HttpRequest &request, bool paid);

    Sandbox *m_sandbox;
};
