#include "BackOfficeClient.h"

#include "CsvDownload.h"
#include "ManagerReply.h"
#include "ServerClient.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBackOfficeClient, "comptoir.app.backofficeclient")

namespace {

QString withQuery(const QString &path, const QUrlQuery &query)
{
    const QString text = query.toString(QUrl::FullyEncoded);
    return text.isEmpty() ? path : path + u'?' + text;
}

} // namespace

BackOfficeClient::BackOfficeClient(ServerClient *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{}

QNetworkReply *BackOfficeClient::fetchHistory(const HistoryFilter &filter, HistoryFilter::Sort sort,
                                              const QString &cursor, int limit, QObject *context,
                                              Done<HistoryPage> done)
{
    QUrlQuery query = filter.toQuery();
    query.addQueryItem(u"sort"_s, HistoryFilter::sortToString(sort));
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    return m_server->send("GET", withQuery(u"/api/v1/history"_s, query), std::nullopt, 0, context,
                          [done](const QJsonObject &reply, const ServerError &error) {
                              HistoryPage page;
                              if (!error.isOk()) {
                                  done(page, error);
                                  return;
                              }
                              if (!reply.value(u"orders"_s).isArray()) {
                                  done(page, ManagerReply::badReply());
                                  return;
                              }
                              const QJsonArray orders = reply.value(u"orders"_s).toArray();
                              page.orders.reserve(orders.size());
                              for (const QJsonValue &value : orders) {
                                  if (auto order = HistoryOrder::fromJson(value.toObject()))
                                      page.orders.append(*order);
                                  else
                                      qCWarning(lcBackOfficeClient)
                                          << "history row dropped: unreadable";
                              }
                              page.nextCursor = reply.value(u"next_cursor"_s).toString();
                              done(page, error);
                          });
}

void BackOfficeClient::fetchSummary(const HistoryFilter &filter, QObject *context,
                                    Done<HistorySummary> done)
{
    m_server->send("GET", withQuery(u"/api/v1/history/summary"_s, filter.toQuery()), std::nullopt,
                   0, context, ManagerReply::read(&HistorySummary::fromJson, std::move(done)));
}

void BackOfficeClient::exportCsv(const HistoryFilter &filter, HistoryFilter::Sort sort,
                                 const QString &filePath, QObject *context, Done<qint64> done)
{
    QUrlQuery query = filter.toQuery();
    query.addQueryItem(u"sort"_s, HistoryFilter::sortToString(sort));
    CsvDownload::toFile(m_server, withQuery(u"/api/v1/history/export.csv"_s, query),
                        m_exportTimeoutMs, filePath, context, std::move(done));
}

void BackOfficeClient::fetchDetail(const QByteArray &method, const QString &path,
                                   const std::optional<QJsonObject> &body, QObject *context,
                                   Done<HistoryOrderDetail> done)
{
    m_server->send(method, path, body, 0, context,
                   ManagerReply::read(&HistoryOrderDetail::fromJson, std::move(done)));
}

void BackOfficeClient::fetchOrder(const QString &orderId, QObject *context,
                                  Done<HistoryOrderDetail> done)
{
    fetchDetail("GET", u"/api/v1/history/"_s + ManagerReply::encoded(orderId), std::nullopt,
                context, std::move(done));
}

void BackOfficeClient::verifyOrder(const QString &orderId, QObject *context,
                                   Done<HistoryOrderDetail> done)
{
    fetchDetail("POST", u"/api/v1/orders/"_s + ManagerReply::encoded(orderId) + u"/verify"_s,
                QJsonObject(), context, std::move(done));
}

void BackOfficeClient::reviewOrder(const QString &orderId, const QString &note, QObject *context,
                                   Done<HistoryOrderDetail> done)
{
    fetchDetail("POST", u"/api/v1/orders/"_s + ManagerReply::encoded(orderId) + u"/review"_s,
                QJsonObject{{u"note"_s, note}}, context, std::move(done));
}

void BackOfficeClient::fetchUnmatched(QObject *context, Done<QList<UnmatchedPayment>> done)
{
    m_server->send("GET", u"/api/v1/payments/unmatched"_s, std::nullopt, 0, context,
                   [done](const QJsonObject &reply, const ServerError &error) {
                       QList<UnmatchedPayment> payments;
                       const QJsonArray array = reply.value(u"unmatched"_s).toArray();
                       for (const QJsonValue &value : array) {
                           if (auto payment = UnmatchedPayment::fromJson(value.toObject()))
                               payments.append(*payment);
                       }
                       done(payments, error);
                   });
}

void BackOfficeClient::reviewUnmatched(const QString &paymentId, const QString &note,
                                       QObject *context,
                                       std::function<void(const ServerError &)> done)
{
    m_server->send(
        "POST", u"/api/v1/payments/unmatched/"_s + ManagerReply::encoded(paymentId) + u"/review"_s,
        QJsonObject{{u"note"_s, note}}, 0, context, ManagerReply::finished(std::move(done)));
}

void BackOfficeClient::checkUnmatched(const QString &paymentId, QObject *context,
                                      Done<UnmatchedPayment> done)
{
    m_server->send(
        "POST", u"/api/v1/payments/unmatched/"_s + ManagerReply::encoded(paymentId) + u"/check"_s,
        QJsonObject(), 0, context, [done](const QJsonObject &reply, const ServerError &error) {
            if (!error.isOk()) {
                done(UnmatchedPayment(), error);
                return;
            }
            const auto payment = UnmatchedPayment::fromJson(reply);
            if (!payment) {
                ServerError bad;
                bad.kind = ServerError::Kind::BadReply;
                done(UnmatchedPayment(), bad);
                return;
            }
            done(*payment, error);
        });
}

namespace {

QList<BackOfficeClient::Choice> choices(const QJsonArray &array)
{
    QList<BackOfficeClient::Choice> list;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        BackOfficeClient::Choice choice{ManagerReply::idOf(object),
                                        object.value(u"name"_s).toString()};
        if (!choice.id.isEmpty())
            list.append(choice);
    }
    return list;
}

} // namespace

void BackOfficeClient::fetchTerminals(QObject *context, Done<QList<Choice>> done)
{
    m_server->send("GET", u"/api/v1/admin/terminals"_s, std::nullopt, 0, context,
                   [done](const QJsonObject &reply, const ServerError &error) {
                       done(choices(reply.value(u"terminals"_s).toArray()), error);
                   });
}

void BackOfficeClient::fetchCashiers(QObject *context, Done<QList<Choice>> done)
{
    m_server->send("GET", u"/api/v1/users"_s, std::nullopt, 0, context,
                   [done](const QJsonObject &reply, const ServerError &error) {
                       done(choices(ManagerReply::listIn(reply, u"users"_s)), error);
                   });
}
