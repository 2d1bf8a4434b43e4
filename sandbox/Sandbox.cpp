#include "Sandbox.h"

#include "CallbackDispatcher.h"
#include "HttpServer.h"
#include "LigdiCashPayload.h"
#include "Operator.h"
#include "PaymentPage.h"
#include "SandboxControlApi.h"
#include "ligdicash/InvoiceRequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "comptoir.sandbox.sandbox", QtInfoMsg)

namespace {

// The router ignores a trailing slash, so confirmPath also serves ".../confirm".
const QString createHostedPath = LigdiCashApi::hostedCreatePath;
const QString createDirectPath = LigdiCashApi::directCreatePath;
const QString confirmPath = LigdiCashApi::confirmPath;

QByteArray randomBytes(QRandomGenerator &random, int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &c : bytes)
        c = static_cast<char>(random.bounded(256));
    return bytes;
}

QString randomKey(int length)
{
    static constexpr QLatin1StringView alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"_L1;
    QString key;
    for (int i = 0; i < length; ++i)
        key += alphabet.at(QRandomGenerator::system()->bounded(static_cast<int>(alphabet.size())));
    return key;
}

// An auth token shaped like LigdiCash's (an HS256 JWT with id_app/id_abonne claims).
QString randomAuthToken()
{
    const auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    const QByteArray claims =
        "{\"id_app\":\"" + QByteArray::number(QRandomGenerator::system()->bounded(1000, 99999)) +
        "\",\"id_abonne\":\"" +
        QByteArray::number(QRandomGenerator::system()->bounded(10000, 999999)) +
        "\",\"datecreation_app\":\"" +
        QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss"_s).toUtf8() + "\"}";
    return QString::fromLatin1("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9." + claims.toBase64(b64) +
                               '.' + randomBytes(*QRandomGenerator::system(), 32).toBase64(b64));
}

HttpResponse ligdiCashJson(const QJsonObject &body)
{
    return HttpResponse::json(body);
}

HttpResponse htmlPage(const QByteArray &html, int status = 200)
{
    HttpResponse response = HttpResponse::text(html, "text/html; charset=utf-8", status);
    // Like LigdiCash's page: no framing (pitfall: "Iframe embedding is blocked").
    response.withHeader("X-Frame-Options", "DENY")
        .withHeader("Content-Security-Policy",
                    "frame-ancestors 'none'; default-src 'none'; style-src 'unsafe-inline'; "
                    "img-src 'self' data:; base-uri 'none'")
        .withHeader("Referrer-Policy", "no-referrer");
    return response;
}

// return_url / cancel_url exactly as the merchant gave them.
HttpResponse redirectTo(const QString &url)
{
    HttpResponse response = HttpResponse::empty(303);
    bool ascii = true;
    for (QChar c : url)
        ascii = ascii && c.unicode() > 0x20 && c.unicode() < 0x7f;
    response.headers.append(
        {QByteArrayLiteral("Location"), ascii ? url.toLatin1() : QUrl(url).toEncoded()});
    return response;
}

QString normalisedPhone(const QString &raw)
{
    QString digits;
    for (QChar c : raw) {
        if (c.isDigit())
            digits += c;
        else if (!c.isSpace() && c != u'+' && c != u'-' && c != u'.')
            return {};
    }
    if (digits.size() == 8)
        return u"226"_s + digits;
    if (digits.size() == 11 && digits.startsWith("226"_L1))
        return digits;
    return {};
}

} // namespace

Sandbox::Sandbox(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_startScenario(m_options.scenario)
    , m_scenario(m_options.scenario)
    , m_random(static_cast<quint32>(m_options.seed ^ (m_options.seed >> 32)))
    , m_codec(randomBytes(*QRandomGenerator::system(), 32))
    , m_requests(m_options.requestLogCapacity)
    , m_callbacks(m_options.callbackLogCapacity)
    , m_dispatcher(new CallbackDispatcher(&m_callbacks, this))
    , m_server(new HttpServer(this))
{
    if (m_options.apiKey.isEmpty())
        m_options.apiKey = randomKey(32);
    if (m_options.authToken.isEmpty())
        m_options.authToken = randomAuthToken();
    if (m_options.controlKey.isEmpty())
        m_options.controlKey = u"sbx_"_s + randomKey(24);
    m_server->setBodyLimit(256 * 1024);
    registerMerchantRoutes();
}

Sandbox::~Sandbox()
{
    // Held connections are closed, not answered with the layer's "dropped" 500.
    for (auto &[serial, responder] : m_held)
        responder.abort();
}

bool Sandbox::start(QString *error)
{
    if (m_options.controlKey == m_options.apiKey || m_options.controlKey == m_options.authToken) {
        *error = tr("The control key must differ from the merchant's API key and auth token.");
        return false;
    }
    m_port = m_server->start(m_options.host, m_options.port);
    if (m_port == 0) {
        *error = tr("Cannot listen on %1:%2.").arg(m_options.host.toString()).arg(m_options.port);
        return false;
    }
    HttpServer *controlTarget = m_server;
    if (m_options.separateControlPort) {
        m_controlServer = new HttpServer(this);
        m_controlPort = m_controlServer->start(m_options.host, m_options.controlPort);
        if (m_controlPort == 0) {
            *error = tr("Cannot listen on %1:%2 for the control API.")
                         .arg(m_options.host.toString())
                         .arg(m_options.controlPort);
            return false;
        }
        controlTarget = m_controlServer;
    } else {
        m_controlPort = m_port;
    }
    m_control = new SandboxControlApi(this, controlTarget, this);
    return true;
}

QUrl Sandbox::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_options.host == QHostAddress::Any || m_options.host == QHostAddress::AnyIPv6
                    ? u"127.0.0.1"_s
                    : m_options.host.toString());
    url.setPort(m_port);
    return url;
}

QUrl Sandbox::publicUrl() const
{
    return m_options.publicUrl.isValid() && !m_options.publicUrl.isEmpty() ? m_options.publicUrl
                                                                           : baseUrl();
}

QUrl Sandbox::controlUrl() const
{
    QUrl url = baseUrl();
    url.setPort(m_controlPort);
    return url;
}

QByteArray Sandbox::tokenOf(const Invoice &invoice) const
{
    return m_codec.token(invoice.id, invoice.createdMs);
}

Invoice *Sandbox::findByToken(const QString &token)
{
    const auto tokenId = m_codec.idOf(token.toLatin1());
    if (!tokenId)
        return nullptr;
    Invoice *invoice = m_store.find(*tokenId);
    // The signature already proves the id; the full comparison also pins the creation time.
    if (invoice && tokenOf(*invoice) != token.toLatin1())
        return nullptr;
    return invoice;
}

Invoice *Sandbox::findByTokenOrId(const QString &tokenOrId)
{
    bool numeric = false;
    const quint32 id = tokenOrId.toUInt(&numeric);
    return numeric ? m_store.find(id) : findByToken(tokenOrId);
}

QUrl Sandbox::paymentUrl(const Invoice &invoice) const
{
    QUrl url = publicUrl();
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/pay/invoice/"_s + QString::fromLatin1(tokenOf(invoice)));
    return url;
}

Scenario &Sandbox::scenarioFor(quint32 invoiceId)
{
    Scenario *own = m_store.scenarioFor(invoiceId);
    return own ? *own : m_scenario;
}

void Sandbox::registerMerchantRoutes()
{
    m_server->routeDeferred("POST", createHostedPath,
                            [this](const HttpRequest &request, HttpResponder responder) {
                                handleMerchant(Endpoint::CreateHosted, request, responder);
                            });
    m_server->routeDeferred("POST", createDirectPath,
                            [this](const HttpRequest &request, HttpResponder responder) {
                                handleMerchant(Endpoint::CreateDirect, request, responder);
                            });
    m_server->routeDeferred("GET", confirmPath,
                            [this](const HttpRequest &request, HttpResponder responder) {
                                handleMerchant(Endpoint::Confirm, request, responder);
                            });
    // A wrong HTTP method is Code12 in-body, like LigdiCash, not a 405.
    const auto wrongMethod = [this](const QString &wiki) {
        return [this, wiki](const HttpRequest &request) {
            const HttpResponse response =
                ligdiCashJson(authorised(request) ? LigdiCashPayload::error(u"12"_s, wiki)
                                                  : LigdiCashPayload::error(u"00"_s, wiki));
            log(request, response.status, response.body, u"wrong method"_s, 0);
            return response;
        };
    };
    for (const QByteArray method : {"GET", "PUT", "DELETE", "PATCH"}) {
        m_server->route(method, createHostedPath, wrongMethod(LigdiCashPayload::createWiki()));
        m_server->route(method, createDirectPath, wrongMethod(LigdiCashPayload::createWiki()));
    }
    for (const QByteArray method : {"POST", "PUT", "DELETE", "PATCH"})
        m_server->route(method, confirmPath, wrongMethod(LigdiCashPayload::confirmWiki()));

    m_server->route("GET", u"/pay/invoice/{token}"_s, [this](const HttpRequest &request) {
        const HttpResponse response = showPage(request);
        const Invoice *invoice = findByToken(request.param(u"token"_s));
        log(request, response.status, {}, u"page"_s, invoice ? invoice->id : 0);
        return response;
    });
    m_server->route("POST", u"/pay/invoice/{token}"_s,
                    [this](const HttpRequest &request) { return submitPage(request); });
}

bool Sandbox::authorised(const HttpRequest &request) const
{
    const QByteArray apiKey = request.header(QByteArrayView(LigdiCashApi::apiKeyHeader));
    const QByteArray bearer = request.bearerToken();
    return !apiKey.isEmpty() && !bearer.isEmpty() && apiKey == m_options.apiKey.toUtf8() &&
           bearer == m_options.authToken.toUtf8();
}

void Sandbox::log(const HttpRequest &request, int status, const QByteArray &responseBody,
                  const QString &note, quint32 invoiceId)
{
    ActivityLog::Entry entry;
    entry.atMs = QDateTime::currentMSecsSinceEpoch();
    entry.method = request.method;
    entry.target = request.url.path(QUrl::FullyEncoded);
    if (request.url.hasQuery())
        entry.target += u'?' + request.url.query(QUrl::FullyEncoded);
    entry.status = status;
    entry.note = note;
    entry.requestBody = request.body;
    entry.responseBody = responseBody;
    entry.invoiceId = invoiceId;
    m_requests.append(std::move(entry));
}

void Sandbox::reply(const HttpRequest &request, const HttpResponder &responder,
                    const HttpResponse &response, const QString &note, quint32 invoiceId)
{
    const bool sent = responder.send(response);
    log(request, sent ? response.status : 0, response.body,
        sent ? note : note + u" (client gone)"_s, invoiceId);
}

void Sandbox::hold(HttpResponder responder, int holdMs)
{
    // Bounded: a client that never gives up cannot pile up connections forever.
    const quint64 serial = ++m_holdSerial;
    m_held.emplace(serial, responder);
    responder.onDisconnected(this, [this, serial] { m_held.erase(serial); });
    QTimer::singleShot(holdMs, this, [this, serial] {
        const auto it = m_held.find(serial);
        if (it == m_held.end())
            return;
        it->second.abort();
        m_held.erase(it);
    });
    while (static_cast<int>(m_held.size()) > m_options.maxHeldRequests) {
        m_held.begin()->second.abort();
        m_held.erase(m_held.begin());
    }
}

void Sandbox::handleMerchant(Endpoint endpoint, const HttpRequest &request, HttpResponder responder)
{
    quint32 invoiceId = 0;
    if (endpoint == Endpoint::Confirm) {
        QString token = request.queryValue(LigdiCashApi::confirmTokenQuery);
        if (token.isEmpty())
            token = request.queryValue(LigdiCashApi::confirmTokenQueryAlias);
        if (const Invoice *invoice = findByToken(token); invoice && !token.isEmpty())
            invoiceId = invoice->id;
    }
    Scenario &scenario = scenarioFor(invoiceId);
    const int latency =
        endpoint == Endpoint::Confirm ? scenario.confirm.latencyMs : scenario.create.latencyMs;
    if (latency <= 0) {
        answerMerchant(endpoint, request, std::move(responder), scenario, invoiceId);
        return;
    }
    QTimer::singleShot(
        latency, this, [this, endpoint, request, responder, invoiceId, generation = m_generation] {
            if (generation != m_generation) {
                responder.abort();
                return;
            }
            answerMerchant(endpoint, request, responder, scenarioFor(invoiceId), invoiceId);
        });
}

void Sandbox::answerMerchant(Endpoint endpoint, const HttpRequest &request, HttpResponder responder,
                             Scenario &scenario, quint32 invoiceId)
{
    const bool confirm = endpoint == Endpoint::Confirm;
    const QString wiki = confirm ? LigdiCashPayload::confirmWiki() : LigdiCashPayload::createWiki();
    // The fault counters live in the scenario that applies (global or the invoice's own).
    const std::optional<FaultRule> fault =
        (confirm ? scenario.confirm : scenario.create).take(m_random);
    if (fault) {
        switch (fault->kind) {
        case FaultRule::Kind::Http500:
            reply(request, responder,
                  HttpResponse::text("<!DOCTYPE html>\n<html><head><title>500 Internal Server "
                                     "Error</title></head><body><h1>Internal Server Error</h1>"
                                     "</body></html>\n",
                                     "text/html; charset=UTF-8", 500),
                  u"fault http500"_s, invoiceId);
            return;
        case FaultRule::Kind::Drop:
            responder.abort();
            log(request, 0, {}, u"fault drop"_s, invoiceId);
            return;
        case FaultRule::Kind::Timeout:
            log(request, 0, {}, u"fault timeout"_s, invoiceId);
            hold(responder, scenario.timeoutHoldMs);
            return;
        case FaultRule::Kind::Malformed:
            reply(request, responder,
                  HttpResponse::text("{\"response_code\":\"00\",\"token\":\"eyJ0eXAiOiJKV1QiLC"
                                     "JhbGciOiJIUzI1NiJ9.eyJpZF9pbnZvaWNlIjoi",
                                     "application/json"),
                  u"fault malformed"_s, invoiceId);
            return;
        case FaultRule::Kind::Code:
            break;
        }
    }
    if (!authorised(request)) {
        reply(request, responder, ligdiCashJson(LigdiCashPayload::error(u"00"_s, wiki)),
              u"Code00 authentication"_s, invoiceId);
        return;
    }
    if (fault) {
        reply(request, responder, ligdiCashJson(LigdiCashPayload::error(fault->code, wiki)),
              u"fault Code"_s + fault->code, invoiceId);
        return;
    }
    if (confirm)
        handleConfirm(request, std::move(responder));
    else
        handleCreate(endpoint, request, std::move(responder));
}

namespace {

// What the sandbox keeps of a validated request: the fields its page, confirm and callbacks
// show, with custom_data as [key, value] pairs.
QJsonObject keptCommande(const InvoiceRequest &request)
{
    QJsonArray items;
    for (const InvoiceRequest::Item &item : request.items) {
        items.append(QJsonObject{
            {"name"_L1, item.name},
            {"description"_L1, item.description},
            {"quantity"_L1, item.quantity},
            {"unit_price"_L1, item.unitPrice.francs()},
            {"total_price"_L1, item.unitPrice.times(item.quantity).value_or(Money()).francs()},
        });
    }
    QJsonArray custom;
    for (auto it = request.customData.cbegin(); it != request.customData.cend(); ++it)
        custom.append(QJsonArray{it.key(), it.value()});
    const auto url = [](const QUrl &value) { return value.toString(QUrl::FullyEncoded); };
    return QJsonObject{
        {"invoice"_L1,
         QJsonObject{
             {"items"_L1, items},
             {"description"_L1, request.description},
             {"customer"_L1, request.customer},
             {"customer_firstname"_L1, request.customerFirstName},
             {"customer_lastname"_L1, request.customerLastName},
             {"customer_email"_L1, request.customerEmail},
             {"external_id"_L1, request.externalId},
         }},
        {"store"_L1, QJsonObject{{"name"_L1, request.storeName},
                                 {"website_url"_L1, url(request.storeWebsiteUrl)}}},
        {"actions"_L1, QJsonObject{{"cancel_url"_L1, url(request.cancelUrl)},
                                   {"return_url"_L1, url(request.returnUrl)},
                                   {"callback_url"_L1, url(request.callbackUrl)}}},
        {"custom_data"_L1, custom},
    };
}

} // namespace

QString Sandbox::createInvoice(const QByteArray &body, bool direct, Invoice **created,
                               QString *problem)
{
    // The receiving side of core's protocol type: the sub-code LigdiCash would answer.
    const LigdiCashResult<InvoiceRequest> parsed = InvoiceRequest::parse(
        body, direct ? LigdiCashApi::PayinMode::Direct : LigdiCashApi::PayinMode::Hosted,
        Money::fromFrancs(m_scenario.amountMin), Money::fromFrancs(m_scenario.amountMax));
    if (!parsed) {
        *problem = parsed.error().toString();
        return parsed.error().subCode().isEmpty() ? u"08"_s : parsed.error().subCode();
    }
    Invoice invoice;
    if (direct) {
        const Operator *op = Operator::forPhone(parsed->customer);
        if (!op) {
            *problem = u"no operator for number %1"_s.arg(parsed->customer);
            return u"07"_s;
        }
        invoice.kind = Invoice::Kind::Straight;
        invoice.operatorIndex = op->index;
        invoice.customer = parsed->customer.toLatin1();
    }
    invoice.amount = parsed->totalAmount.francs();
    invoice.createdMs = QDateTime::currentMSecsSinceEpoch();
    invoice.changedMs = invoice.createdMs;
    invoice.setCommande(keptCommande(*parsed));
    Invoice &stored = m_store.add(std::move(invoice));
    *created = &stored;
    return {};
}

void Sandbox::handleCreate(Endpoint endpoint, const HttpRequest &request, HttpResponder responder)
{
    const bool direct = endpoint == Endpoint::CreateDirect;
    Invoice *invoice = nullptr;
    QString problem;
    const QString subCode = createInvoice(request.body, direct, &invoice, &problem);
    if (!subCode.isEmpty()) {
        qCDebug(lcSandbox).noquote() << "create refused, Code" << subCode << problem;
        reply(request, responder,
              ligdiCashJson(LigdiCashPayload::error(subCode, LigdiCashPayload::createWiki())),
              u"Code"_s + subCode + u": "_s + problem, 0);
        return;
    }
    const QByteArray token = tokenOf(*invoice);
    const QString text = direct ? LigdiCashApi::directPayinAcceptedText.toString()
                                : paymentUrl(*invoice).toString(QUrl::FullyEncoded);
    reply(request, responder, ligdiCashJson(LigdiCashPayload::created(token, text)), u"created"_s,
          invoice->id);
    if (direct)
        scheduleDirectOutcome(invoice->id);
    Q_EMIT invoiceChanged(invoice->id);
}

void Sandbox::scheduleDirectOutcome(quint32 invoiceId)
{
    const Scenario &scenario = scenarioFor(invoiceId);
    if (scenario.directOutcome == Scenario::DirectOutcome::Pending)
        return;
    const Invoice::Status status = scenario.directOutcome == Scenario::DirectOutcome::Completed
                                       ? Invoice::Status::Completed
                                       : Invoice::Status::NotCompleted;
    QTimer::singleShot(scenario.directDelayMs, this,
                       [this, invoiceId, status, generation = m_generation] {
                           if (generation != m_generation)
                               return;
                           if (Invoice *invoice = m_store.find(invoiceId))
                               settle(*invoice, status, Operator::byIndex(invoice->operatorIndex),
                                      QString::fromLatin1(invoice->customer));
                       });
}

void Sandbox::handleConfirm(const HttpRequest &request, HttpResponder responder)
{
    QString token = request.queryValue(LigdiCashApi::confirmTokenQuery);
    if (token.isEmpty())
        token = request.queryValue(LigdiCashApi::confirmTokenQueryAlias);
    const Invoice *invoice = token.isEmpty() ? nullptr : findByToken(token);
    if (!invoice) {
        reply(request, responder,
              ligdiCashJson(LigdiCashPayload::error(u"02"_s, LigdiCashPayload::confirmWiki())),
              u"Code02 invoice not found"_s, 0);
        return;
    }
    const QJsonObject payload =
        LigdiCashPayload::status(*invoice, invoice->status, LigdiCashPayload::Purpose::Confirm,
                                 scenarioFor(invoice->id), m_codec);
    reply(request, responder, ligdiCashJson(payload), payload.value("status"_L1).toString(),
          invoice->id);
}

bool Sandbox::settle(Invoice &invoice, Invoice::Status status, const Operator *op,
                     const QString &customer)
{
    if (invoice.status != Invoice::Status::Pending)
        return false;
    if (status == Invoice::Status::Pending)
        return true;
    invoice.status = status;
    if (op)
        invoice.operatorIndex = op->index;
    if (!customer.isEmpty())
        invoice.customer = customer.toLatin1();
    invoice.changedMs = QDateTime::currentMSecsSinceEpoch();
    notify(invoice);
    Q_EMIT invoiceChanged(invoice.id);
    return true;
}

void Sandbox::notify(const Invoice &invoice)
{
    const Scenario &scenario = scenarioFor(invoice.id);
    QList<QJsonObject> payloads;
    if (scenario.callbacks.pendingFirst)
        payloads.append(LigdiCashPayload::status(invoice, Invoice::Status::Pending,
                                                 LigdiCashPayload::Purpose::Callback, scenario,
                                                 m_codec));
    payloads.append(LigdiCashPayload::status(
        invoice, invoice.status, LigdiCashPayload::Purpose::Callback, scenario, m_codec));
    const QJsonObject actions = invoice.commande().value("actions"_L1).toObject();
    const QUrl url(actions.value("callback_url"_L1).toString());
    m_dispatcher->deliver(invoice.id, url, payloads, scenario.callbacks);
}

void Sandbox::forgeCallback(const Invoice &invoice, const QUrl &url, qint64 amount,
                            const Operator *op, const QString &customer)
{
    Invoice forged = invoice;
    forged.status = Invoice::Status::Completed;
    forged.amount = amount;
    forged.operatorIndex = op ? op->index : Operator::all().front().index;
    forged.customer = customer.isEmpty() ? QByteArrayLiteral("22670000000") : customer.toLatin1();
    forged.changedMs = QDateTime::currentMSecsSinceEpoch();
    const Scenario &scenario = scenarioFor(invoice.id);
    CallbackBehaviour plain = scenario.callbacks;
    plain.encoding = CallbackBehaviour::Encoding::Both;
    plain.pendingFirst = false;
    m_dispatcher->deliver(
        invoice.id, url,
        {LigdiCashPayload::status(forged, forged.status, LigdiCashPayload::Purpose::Callback,
                                  scenario, m_codec)},
        plain);
}

void Sandbox::reset()
{
    ++m_generation;
    for (auto &[serial, responder] : m_held)
        responder.abort();
    m_held.clear();
    m_dispatcher->cancelAll();
    m_store.clear();
    m_requests.clear();
    m_callbacks.clear();
    m_scenario = m_startScenario;
    m_random.seed(static_cast<quint32>(m_options.seed ^ (m_options.seed >> 32)));
}

HttpResponse Sandbox::showPage(const HttpRequest &request)
{
    const PaymentPage::Language language = PaymentPage::language(request.header("Accept-Language"));
    Invoice *invoice = findByToken(request.param(u"token"_s));
    if (!invoice)
        return htmlPage(PaymentPage::notFound(language), 404);
    const QJsonObject commande = invoice->commande();
    const QJsonObject actions = commande.value("actions"_L1).toObject();
    if (invoice->status != Invoice::Status::Pending) {
        const bool paid = invoice->status == Invoice::Status::Completed;
        return htmlPage(PaymentPage::settled(
            paid, actions.value(paid ? "return_url"_L1 : "cancel_url"_L1).toString(), language));
    }
    PaymentPage::Content content;
    content.commande = commande;
    content.amount = invoice->amount;
    // "If a number is provided, LigdiCash filters the page" - the sandbox prefills it instead.
    content.phone = commande.value("invoice"_L1).toObject().value("customer"_L1).toString();
    return htmlPage(PaymentPage::form(content, language));
}

HttpResponse Sandbox::submitPage(const HttpRequest &request)
{
    const PaymentPage::Language language = PaymentPage::language(request.header("Accept-Language"));
    Invoice *invoice = findByToken(request.param(u"token"_s));
    if (!invoice) {
        log(request, 404, {}, u"page: unknown invoice"_s, 0);
        return htmlPage(PaymentPage::notFound(language), 404);
    }
    QString formText = QString::fromUtf8(request.body);
    formText.replace(u'+', u' ');
    const QUrlQuery form(formText);
    const QString action = form.queryItemValue(u"action"_s, QUrl::FullyDecoded);
    const Operator *op = Operator::find(form.queryItemValue(u"operator"_s, QUrl::FullyDecoded));
    const QString rawPhone = form.queryItemValue(u"phone"_s, QUrl::FullyDecoded);
    const QString phone = normalisedPhone(rawPhone);
    const QJsonObject commande = invoice->commande();
    const QJsonObject actions = commande.value("actions"_L1).toObject();
    const QString returnUrl = actions.value("return_url"_L1).toString();
    const QString cancelUrl = actions.value("cancel_url"_L1).toString();

    if (invoice->status != Invoice::Status::Pending) {
        log(request, 200, {}, u"page: already settled"_s, invoice->id);
        return showPage(request);
    }
    if (action == "pay"_L1) {
        if (!op || phone.isEmpty()) {
            PaymentPage::Content content;
            content.commande = commande;
            content.amount = invoice->amount;
            content.phone = rawPhone;
            content.selectedOperator = op ? op->key : QString();
            content.error = !op ? PaymentPage::chooseOperatorError(language)
                                : PaymentPage::phoneError(language);
            log(request, 200, {}, u"page: invalid form"_s, invoice->id);
            return htmlPage(PaymentPage::form(content, language));
        }
        settle(*invoice, Invoice::Status::Completed, op, phone);
        log(request, 303, {}, u"page: paid"_s, invoice->id);
        if (returnUrl.isEmpty())
            return htmlPage(PaymentPage::settled(true, {}, language));
        return redirectTo(returnUrl);
    }
    if (action == "fail"_L1) {
        settle(*invoice, Invoice::Status::NotCompleted, op, phone);
        log(request, 303, {}, u"page: failed"_s, invoice->id);
    } else {
        if (scenarioFor(invoice->id).cancel == Scenario::CancelOutcome::NotCompleted)
            settle(*invoice, Invoice::Status::NotCompleted, nullptr, {});
        log(request, 303, {}, u"page: cancelled"_s, invoice->id);
    }
    if (cancelUrl.isEmpty())
        return htmlPage(PaymentPage::settled(false, {}, language));
    return redirectTo(cancelUrl);
}
