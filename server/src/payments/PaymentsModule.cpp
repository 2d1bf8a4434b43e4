#include "PaymentsModule.h"

#include "LigdiCashClient.h"
#include "OrderWaiters.h"
#include "OrdersApi.h"
#include "PaymentService.h"
#include "PaymentSweeper.h"
#include "ServerApp.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPaymentsModule, "comptoir.payments.paymentsmodule", QtInfoMsg)

namespace {

// An optional key of the registry (a build whose ServerConfig lacks it uses the fallback).
qint64 optionalInteger(const ServerConfig &config, const QString &name, qint64 fallback)
{
    const QVariant value = config.value(name);
    return value.isValid() && !value.toString().isEmpty() ? value.toLongLong() : fallback;
}

void describeMetrics(Metrics &metrics)
{
    using T = Metrics::Type;
    metrics.describe(u"comptoir_orders"_s, T::Gauge, u"Orders in the store by status"_s);
    metrics.describe(u"comptoir_orders_created_total"_s, T::Counter,
                     u"Orders created, by payment method"_s);
    metrics.describe(u"comptoir_orders_paid_total"_s, T::Counter,
                     u"LigdiCash orders turned paid, by what triggered the confirm"_s);
    metrics.describe(u"comptoir_invoices_created_total"_s, T::Counter,
                     u"LigdiCash invoices created"_s);
    metrics.describe(u"comptoir_callbacks_received_total"_s, T::Counter,
                     u"LigdiCash callbacks received, by encoding"_s);
    metrics.describe(u"comptoir_callbacks_duplicate_total"_s, T::Counter,
                     u"Callbacks repeating one already received"_s);
    metrics.describe(u"comptoir_callbacks_unknown_total"_s, T::Counter,
                     u"Callbacks naming no order of ours (unmatched register)"_s);
    metrics.describe(u"comptoir_callbacks_total"_s, T::Counter,
                     u"Callbacks by result when not usable"_s);
    metrics.describe(u"comptoir_payment_mismatches_total"_s, T::Counter,
                     u"Confirms that said completed with another amount or currency"_s);
    metrics.describe(u"comptoir_ligdicash_call_seconds"_s, T::Histogram,
                     u"Latency of calls to LigdiCash, by operation"_s);
    metrics.describe(u"comptoir_ligdicash_errors_total"_s, T::Counter,
                     u"Failed calls to LigdiCash, by operation and outcome"_s);
    metrics.describe(u"comptoir_longpolls_waiting"_s, T::Gauge,
                     u"Status requests currently held (long-poll)"_s);
}

} // namespace

PaymentsModule::PaymentsModule() = default;

PaymentsModule::~PaymentsModule()
{
    stop();
}

PaymentSettings PaymentsModule::settingsFrom(const ServerConfig &config)
{
    PaymentSettings settings;
    settings.publicUrl = config.publicUrl();
    settings.storeName = config.storeName();
    settings.sweepIntervalMs = config.sweepIntervalMs();
    settings.expireAfterMs = qint64(config.orderExpirySeconds()) * 1000;
    settings.confirmMinIntervalMs = config.confirmMinIntervalMs();
    settings.longPollMaxSeconds = config.longPollMaxSeconds();
    // The claim must outlive the create call it protects.
    settings.invoiceLeaseMs = qint64(config.ligdicashTimeoutMs()) + 5000;
    settings.checkInitialDelayMs =
        optionalInteger(config, u"payments/check_initial_delay_ms"_s, settings.sweepIntervalMs);
    settings.checkMaxDelayMs =
        optionalInteger(config, u"payments/check_max_delay_ms"_s,
                        qMax<qint64>(settings.checkInitialDelayMs, 5 * 60 * 1000));
    settings.lateWindowMs =
        optionalInteger(config, u"payments/late_window_seconds"_s, 7LL * 24 * 3600) * 1000;
    return settings;
}

bool PaymentsModule::start(ServerApp &app, QString *error)
{
    const ServerConfig &config = app.config();
    LigdiCashClient::Settings clientSettings;
    clientSettings.baseUrl = config.ligdicashBaseUrl();
    clientSettings.apiKey = config.ligdicashApiKey().toUtf8();
    clientSettings.authToken = config.ligdicashAuthToken().toUtf8();
    clientSettings.createTimeoutMs = config.ligdicashTimeoutMs();
    clientSettings.confirmTimeoutMs = config.ligdicashTimeoutMs();
    m_client = std::make_unique<LigdiCashClient>(clientSettings);
    if (!m_client->isConfigured())
        qCWarning(lcPaymentsModule) << "LigdiCash keys are not configured: payments will fail";

    Metrics &metrics = app.metrics();
    describeMetrics(metrics);
    QObject::connect(m_client.get(), &LigdiCashClient::callFinished, m_client.get(),
                     [&metrics](const QString &operation, const QString &, qint64 elapsedMs) {
                         metrics.observe(u"comptoir_ligdicash_call_seconds"_s,
                                         {{u"operation"_s, operation}}, double(elapsedMs) / 1000.0);
                     });

    PaymentSettings settings = settingsFrom(config);
    settings.localBaseUrl = [&app] { return app.baseUrl(); };
    m_service = std::make_unique<PaymentService>(app.db().connectionName(), metrics, m_client.get(),
                                                 settings);
    if (app.db().isPostgres() &&
        !m_service->bus().listen(app.db().connectionName(), OrderStore::notifyChannel())) {
        // Long-polls still see other processes' changes through their periodic re-read.
        qCWarning(lcPaymentsModule) << "PostgreSQL LISTEN failed; cross-process wake-ups degrade "
                                       "to one-second polling";
    }
    metrics.addCollector([service = m_service.get()](Metrics &m) {
        for (const auto &[status, count] : service->store().countByStatus())
            m.set(u"comptoir_orders"_s, {{u"status"_s, status}}, double(count));
    });

    m_api = std::make_unique<OrdersApi>(*m_service, app.guard(), metrics);
    m_api->registerRoutes(app.http());
    m_sweeper = std::make_unique<PaymentSweeper>(*m_service);
    m_sweeper->start();
    if (settings.publicUrl.isEmpty())
        qCInfo(lcPaymentsModule) << "no public URL: payments are confirmed by the sweeper";
    Q_UNUSED(error)
    return true;
}

void PaymentsModule::stop()
{
    if (m_sweeper)
        m_sweeper->stop();
    if (m_api)
        m_api->waiters().releaseAll();
    m_sweeper.reset();
    m_api.reset();
    m_service.reset();
    m_client.reset();
}
