#pragma once

// The back office's calls for the order history and the unmatched payments
// (docs/manager-api.md), typed over ServerClient::send so that they carry the terminal token and
// the manager's session like every other request. The CSV export streams to disk: a year of
// orders never sits in memory.

#include "HistoryFilter.h"
#include "HistoryOrder.h"
#include "HistoryOrderDetail.h"
#include "HistorySummary.h"
#include "ServerError.h"
#include "UnmatchedPayment.h"

#include <QObject>

#include <functional>

class QNetworkReply;
class ServerClient;

class BackOfficeClient : public QObject
{
    Q_OBJECT

public:
    struct HistoryPage
    {
        QList<HistoryOrder> orders;
        QString nextCursor; // empty on the last page
    };
    // A terminal or a cashier to filter by.
    struct Choice
    {
        QString id;
        QString name;
    };

    template<typename T>
    using Done = std::function<void(const T &, const ServerError &)>;

    explicit BackOfficeClient(ServerClient *server, QObject *parent = nullptr);

    ServerClient *server() const { return m_server; }

    QNetworkReply *fetchHistory(const HistoryFilter &filter, HistoryFilter::Sort sort,
                                const QString &cursor, int limit, QObject *context,
                                Done<HistoryPage> done);
    void fetchSummary(const HistoryFilter &filter, QObject *context, Done<HistorySummary> done);
    // Writes the server's CSV byte for byte to filePath (replaced only once complete); done gets
    // the number of bytes written.
    void exportCsv(const HistoryFilter &filter, HistoryFilter::Sort sort, const QString &filePath,
                   QObject *context, Done<qint64> done);
    void fetchOrder(const QString &orderId, QObject *context, Done<HistoryOrderDetail> done);
    void verifyOrder(const QString &orderId, QObject *context, Done<HistoryOrderDetail> done);
    // Answers the order with its review filled in.
    void reviewOrder(const QString &orderId, const QString &note, QObject *context,
                     Done<HistoryOrderDetail> done);
    void fetchUnmatched(QObject *context, Done<QList<UnmatchedPayment>> done);
    void reviewUnmatched(const QString &paymentId, const QString &note, QObject *context,
                         std::function<void(const ServerError &)> done);
    // Asks LigdiCash's confirm once for the callback's token (stored by the server, for the
    // manager's information only) and answers the entry with its confirm filled in; 409 no_token
    // when the callback carried none.
    void checkUnmatched(const QString &paymentId, QObject *context, Done<UnmatchedPayment> done);
    // The filter choices: terminals (GET /api/v1/admin/terminals) and people (GET /api/v1/users).
    void fetchTerminals(QObject *context, Done<QList<Choice>> done);
    void fetchCashiers(QObject *context, Done<QList<Choice>> done);

    // The export may take minutes for a large shop; the usual request timeout would cut it.
    void setExportTimeout(int milliseconds) { m_exportTimeoutMs = milliseconds; }

private:
    void fetchDetail(const QByteArray &method, const QString &path,
                     const std::optional<QJsonObject> &body, QObject *context,
                     Done<HistoryOrderDetail> done);

    ServerClient *m_server;
    int m_exportTimeoutMs = 10 * 60 * 1000;
};
