#include "SandboxControlApi.h"

#include "CallbackDispatcher.h"
#include "HttpServer.h"
#include "InvoiceTokenCodec.h"
#include "LigdiCashPayload.h"
#include "Operator.h"
#include "Sandbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::error(400, u"bad_request"_s, message);
}

HttpResponse invoiceNotFound()
{
    return HttpResponse::error(
        404, u"not_found"_s, QCoreApplication::translate("SandboxControlApi", "No such invoice."));
}

// The JSON object of a request body; an empty body is an empty object.
std::optional<QJsonObject> bodyObject(const HttpRequest &request, HttpResponse *error)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = badRequest(
            QCoreApplication::translate("SandboxControlApi", "The body must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

qint64 residentKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qsizetype limitOf(const HttpRequest &request, qsizetype fallback)
{
    bool ok = false;
    const qsizetype limit = request.queryValue(u"limit"_s).toLongLong(&ok);
    return ok && limit > 0 ? std::min<qsizetype>(limit, 100000) : fallback;
}

} // namespace

SandboxControlApi::SandboxControlApi(Sandbox *sandbox, HttpServer *server, QObject *parent)
    : QObject(parent)
    , m_sandbox(sandbox)
{
    add(server, "GET", u"/_sandbox/info"_s, &SandboxControlApi::info);
    add(server, "GET", u"/_sandbox/invoices"_s, &SandboxControlApi::listInvoices);
    add(server, "POST", u"/_sandbox/invoices"_s, &SandboxControlApi::createInvoices);
    add(server, "GET", u"/_sandbox/invoices/{token}"_s, &SandboxControlApi::showInvoice);
    add(server, "POST", u"/_sandbox/invoices/{token}/pay"_s, &SandboxControlApi::pay);
    add(server, "POST", u"/_sandbox/invoices/{token}/fail"_s, &SandboxControlApi::fail);
    add(server, "POST", u"/_sandbox/invoices/{token}/cancel"_s, &SandboxControlApi::cancel);
    add(server, "POST", u"/_sandbox/invoices/{token}/pending"_s, &SandboxControlApi::leavePending);
    add(server, "POST", u"/_sandbox/invoices/{token}/forge-callback"_s,
        &SandboxControlApi::forgeCallback);
    add(server, "GET", u"/_sandbox/invoices/{token}/scenario"_s,
        &SandboxControlApi::showInvoiceScenario);
    add(server, "PUT", u"/_sandbox/invoices/{token}/scenario"_s,
        &SandboxControlApi::setInvoiceScenario);
    add(server, "DELETE", u"/_sandbox/invoices/{token}/scenario"_s,
        &SandboxControlApi::clearInvoiceScenario);
    add(server, "GET", u"/_sandbox/scenario"_s, &SandboxControlApi::showScenario);
    add(server, "PUT", u"/_sandbox/scenario"_s, &SandboxControlApi::replaceScenario);
    add(server, "PATCH", u"/_sandbox/scenario"_s, &SandboxControlApi::patchScenario);
    add(server, "GET", u"/_sandbox/requests"_s, &SandboxControlApi::requests);
    add(server, "GET", u"/_sandbox/callbacks"_s, &SandboxControlApi::callbacks);
    add(server, "POST", u"/_sandbox/reset"_s, &SandboxControlApi::reset);
}

void SandboxControlApi::add(HttpServer *server, const QByteArray &method, const QString &path,
                            Handler handler)
{
    server->route(method, path, [this, handler](const HttpRequest &request) {
        const QByteArray key = request.header("X-Sandbox-Key");
        if (key.isEmpty())
            return HttpResponse::error(
                401, u"unauthorized"_s,
                QCoreApplication::translate("SandboxControlApi",
                                            "The control API needs the X-Sandbox-Key header."));
        if (key != m_sandbox->options().controlKey.toUtf8())
            return HttpResponse::error(
                403, u"forbidden"_s,
                QCoreApplication::translate("SandboxControlApi", "Wrong control key."));
        return (this->*handler)(request);
    });
}

Invoice *SandboxControlApi::invoiceOf(const HttpRequest &request) const
{
    return m_sandbox->findByTokenOrId(request.param(u"token"_s));
}

QJsonObject SandboxControlApi::describe(const Invoice &invoice, bool detailed) const
{
    const Operator *op = Operator::byIndex(invoice.operatorIndex);
    const QJsonObject commande = invoice.commande();
    QJsonObject json{
        {"id"_L1, static_cast<qint64>(invoice.id)},
        {"token"_L1, QString::fromLatin1(m_sandbox->tokenOf(invoice))},
        {"kind"_L1, invoice.kind == Invoice::Kind::Hosted ? u"hosted"_s : u"direct"_s},
        {"status"_L1, LigdiCashPayload::statusText(invoice.status, false)},
        {"amount"_L1, invoice.amount},
        {"operator_id"_L1, op ? op->id : QString()},
        {"operator_name"_L1, op ? op->name : QString()},
        {"customer"_L1, QString::fromLatin1(invoice.customer)},
        {"created"_L1, InvoiceTokenCodec::date(invoice.createdMs)},
        {"changed"_L1, InvoiceTokenCodec::date(invoice.changedMs)},
        {"transaction_id"_L1, QString()},
    };
    for (const QJsonValue &pair : commande.value("custom_data"_L1).toArray()) {
        if (pair.toArray().at(0).toString() == "transaction_id"_L1)
            json.insert("transaction_id"_L1, pair.toArray().at(1).toString());
    }
    if (invoice.kind == Invoice::Kind::Hosted)
        json.insert("payment_url"_L1, m_sandbox->paymentUrl(invoice).toString());
    if (detailed) {
        json.insert("commande"_L1, commande);
        json.insert("request_id"_L1, m_sandbox->codec().requestId(invoice.id, invoice.createdMs));
        json.insert("hasOwnScenario"_L1, m_sandbox->invoices().scenarioFor(invoice.id) != nullptr);
    }
    return json;
}

HttpResponse SandboxControlApi::info(const HttpRequest &)
{
    return HttpResponse::json(QJsonObject{
        {"version"_L1, QCoreApplication::applicationVersion()},
        {"baseUrl"_L1, m_sandbox->baseUrl().toString()},
        {"publicUrl"_L1, m_sandbox->publicUrl().toString()},
        {"invoices"_L1, m_sandbox->invoices().size()},
        {"requestsLogged"_L1, m_sandbox->requestLog().total()},
        {"callbacksPosted"_L1, m_sandbox->callbackLog().total()},
        {"callbacksOutstanding"_L1, m_sandbox->callbacks()->outstanding()},
        {"heldRequests"_L1, m_sandbox->heldRequests()},
        {"seed"_L1, QString::number(m_sandbox->options().seed)},
        {"rssKb"_L1, residentKilobytes()},
    });
}

HttpResponse SandboxControlApi::listInvoices(const HttpRequest &request)
{
    const QString status = request.queryValue(u"status"_s);
    const qsizetype limit = limitOf(request, 100);
    const qsizetype offset = std::max<qsizetype>(0, request.queryValue(u"offset"_s).toLongLong());
    QJsonArray list;
    qsizetype matched = 0;
    for (const Invoice &invoice : m_sandbox->invoices().all()) {
        if (!status.isEmpty() && LigdiCashPayload::statusText(invoice.status, false) != status)
            continue;
        if (matched++ < offset || list.size() >= limit)
            continue;
        list.append(describe(invoice, false));
    }
    return HttpResponse::json(QJsonObject{{"total"_L1, matched}, {"invoices"_L1, list}});
}

HttpResponse SandboxControlApi::createInvoices(const HttpRequest &request)
{
    // Load tests: {"count": N, "direct": false, "request": {<create body>}}; each invoice is
    // validated like a create call, without HTTP in between.
    HttpResponse error;
    const auto body = bodyObject(request, &error);
    if (!body)
        return error;
    const qint64 count = body->value("count"_L1).toInteger(1);
    if (count < 1 || count > 1000000)
        return badRequest(QCoreApplication::translate("SandboxControlApi",
                                                      "count must be between 1 and 1000000"));
    const QByteArray createBody = QJsonDocument(body->value("request"_L1).toObject()).toJson();
    const bool direct = body->value("direct"_L1).toBool();
    QJsonObject first;
    QJsonObject last;
    for (qint64 i = 0; i < count; ++i) {
        Invoice *invoice = nullptr;
        QString problem;
        const QString subCode = m_sandbox->createInvoice(createBody, direct, &invoice, &problem);
        if (!subCode.isEmpty())
            return HttpResponse::error(422, u"validation_failed"_s,
                                       u"Code%1: %2"_s.arg(subCode, problem));
        last = describe(*invoice, false);
        if (i == 0)
            first = last;
    }
    return HttpResponse::json(
        QJsonObject{{"created"_L1, count}, {"first"_L1, first}, {"last"_L1, last}}, 201);
}

HttpResponse SandboxControlApi::showInvoice(const HttpRequest &request)
{
    const Invoice *invoice = invoiceOf(request);
    if (!invoice)
        return invoiceNotFound();
    return HttpResponse::json(describe(*invoice, true));
}

HttpResponse SandboxControlApi::settleFromBody(const HttpRequest &request, bool paid)
{
    Invoice *invoice = invoiceOf(request);
    if (!invoice)
        return invoiceNotFound();
    HttpResponse error;
    const auto body = bodyObject(request, &error);
    if (!body)
        return error;
    const QString operatorKey = body->value("operator"_L1).toVariant().toString();
    const Operator *op = operatorKey.isEmpty() ? Operator::byIndex(invoice->operatorIndex)
                                               : Operator::find(operatorKey);
    if (!operatorKey.isEmpty() && !op)
        return badRequest(QCoreApplication::translate(
                              "SandboxControlApi", "Unknown operator \"%1\" (11, 12, ligdicash).")
                              .arg(operatorKey));
    if (paid && !op)
        op = Operator::byIndex(1);
    QString customer = body->value("customer"_L1).toString();
    if (customer.isEmpty())
        customer = QString::fromLatin1(invoice->customer);
    if (paid && customer.isEmpty())
        customer = u"22670000000"_s;
    if (!m_sandbox->settle(*invoice,
                           paid ? Invoice::Status::Completed : Invoice::Status::NotCompleted, op,
                           customer))
        return HttpResponse::error(
            409, u"conflict"_s,
            QCoreApplication::translate("SandboxControlApi",
                                        "The invoice is already %1; final states are final.")
                .arg(LigdiCashPayload::statusText(invoice->status, false)));
    return HttpResponse::json(describe(*invoice, false));
}

HttpResponse SandboxControlApi::pay(const HttpRequest &request)
{
    return settleFromBody(request, true);
}

HttpResponse SandboxControlApi::fail(const HttpRequest &request)
{
    return settleFromBody(request, false);
}

HttpResponse SandboxControlApi::cancel(const HttpRequest &request)
{
    Invoice *invoice = invoiceOf(request);
    if (!invoice)
        return invoiceNotFound();
    if (invoice->status != Invoice::Status::Pending)
        return HttpResponse::error(
            409, u"conflict"_s,
            QCoreApplication::translate("SandboxControlApi", "The invoice is not pending."));
    if (m_sandbox->scenarioFor(invoice->id).cancel == Scenario::CancelOutcome::NotCompleted)
        m_sandbox->settle(*invoice, Invoice::Status::NotCompleted, nullptr, {});
    return HttpResponse::json(describe(*invoice, false));
}

HttpResponse SandboxControlApi::leavePending(const HttpRequest &request)
{
    const Invoice *invoice = invoiceOf(request);
    if (!invoice)
        return invoiceNotFound();
    if (invoice->status != Invoice::Status::Pending)
        return HttpResponse::error(
            409, u"conflict"_s,
            QCoreApplication::translate("SandboxControlApi", "The invoice is not pending."));
    return HttpResponse::json(describe(*invoice, false));
}

HttpResponse SandboxControlApi::forgeCallback(const HttpRequest &request)
{
    const Invoice *invoice = invoiceOf(request);
    if (!invoice)
        return invoiceNotFound();
    HttpResponse error;
    const auto body = bodyObject(request, &error);
    if (!body)
        return error;
    QString url = body->value("url"_L1).toString();
    if (url.isEmpty())
        url =
            invoice->commande().value("actions"_L1).toObject().value("callback_url"_L1).toString();
    if (url.isEmpty())
        return badRequest(QCoreApplication::translate(
            "SandboxControlApi", "The invoice has no callback_url; give \"url\"."));
    const qint64 amount = body->value("amount"_L1).toInteger(invoice->amount);
    const QString operatorKey = body->value("operator"_L1).toVariant().toString();
    const Operator *op = operatorKey.isEmpty() ? nullptr : Operator::find(operatorKey);
    m_sandbox->forgeCallback(*invoice, QUrl(url), amount, op,
                             body->value("customer"_L1).toString());
    return HttpResponse::json(QJsonObject{{"forged"_L1, true}, {"url"_L1, url}}, 202);
}

HttpResponse SandboxControlApi::showInvoiceScenario(const HttpRequest &request)
{
    const Invoice *invoice = invoiceOf(request);
    if (!invoice)
        return invoiceNotFound();
    return HttpResponse::json(m_sandbox->scenarioFor(invoice->id).toJson());
}

HttpResponse SandboxControlApi::setInvoiceScenario(const HttpRequest &request)
{
    const Invoice *invoice = invoiceOf(request);
    if (!invoice)
        return invoiceNotFound();
    HttpResponse error;
    const auto body = bodyObject(request, &error);
    if (!body)
        return error;
    // The invoice's scenario starts from what applies to it now, overrides merged in.
    Scenario scenario = m_sandbox->scenarioFor(invoice->id);
    QString problem;
    if (!scenario.merge(*body, &problem))
        return badRequest(problem);
    m_sandbox->invoices().setScenario(invoice->id, scenario);
    return HttpResponse::json(scenario.toJson());
}

HttpResponse SandboxControlApi::clearInvoiceScenario(const HttpRequest &request)
{
    const Invoice *invoice = invoiceOf(request);
    if (!invoice)
        return invoiceNotFound();
    m_sandbox->invoices().clearScenario(invoice->id);
    return HttpResponse::empty();
}

HttpResponse SandboxControlApi::showScenario(const HttpRequest &)
{
    return HttpResponse::json(m_sandbox->scenario().toJson());
}

HttpResponse SandboxControlApi::replaceScenario(const HttpRequest &request)
{
    HttpResponse error;
    const auto body = bodyObject(request, &error);
    if (!body)
        return error;
    Scenario scenario;
    QString problem;
    if (!scenario.merge(*body, &problem))
        return badRequest(problem);
    m_sandbox->scenario() = scenario;
    return HttpResponse::json(scenario.toJson());
}

HttpResponse SandboxControlApi::patchScenario(const HttpRequest &request)
{
    HttpResponse error;
    const auto body = bodyObject(request, &error);
    if (!body)
        return error;
    Scenario scenario = m_sandbox->scenario();
    QString problem;
    if (!scenario.merge(*body, &problem))
        return badRequest(problem);
    m_sandbox->scenario() = scenario;
    return HttpResponse::json(scenario.toJson());
}

HttpResponse SandboxControlApi::requests(const HttpRequest &request)
{
    const Invoice *invoice = request.queryValue(u"invoice"_s).isEmpty()
                                 ? nullptr
                                 : m_sandbox->findByTokenOrId(request.queryValue(u"invoice"_s));
    return HttpResponse::json(
        QJsonObject{{"total"_L1, m_sandbox->requestLog().total()},
                    {"requests"_L1, m_sandbox->requestLog().toJson(limitOf(request, 200),
                                                                   invoice ? invoice->id : 0)}});
}

HttpResponse SandboxControlApi::callbacks(const HttpRequest &request)
{
    const Invoice *invoice = request.queryValue(u"invoice"_s).isEmpty()
                                 ? nullptr
                                 : m_sandbox->findByTokenOrId(request.queryValue(u"invoice"_s));
    return HttpResponse::json(
        QJsonObject{{"total"_L1, m_sandbox->callbackLog().total()},
                    {"outstanding"_L1, m_sandbox->callbacks()->outstanding()},
                    {"callbacks"_L1, m_sandbox->callbackLog().toJson(limitOf(request, 200),
                                                                     invoice ? invoice->id : 0)}});
}

HttpResponse SandboxControlApi::reset(const HttpRequest &)
{
    m_sandbox->reset();
    return HttpResponse::json(QJsonObject{{"reset"_L1, true}});
}
