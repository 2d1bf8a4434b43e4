#pragma once

// The history part of comptoir-server as a ServerModule: order history, order detail with timeline,
// re-verify, review flags and CSV export for managers (docs/manager-api.md). Re-verify goes
// through the payments module's confirm path (ServerApp::module<PaymentsModule>()), so the rules
// that make an order paid live in one place.

#include "ServerModule.h"

#include <QCoreApplication>

#include <optional>

class HistoryFilter;
class HttpResponder;
struct HttpRequest;
struct HttpResponse;

class HistoryModule : public ServerModule
{
    Q_DECLARE_TR_FUNCTIONS(HistoryModule)

public:
    bool start(ServerApp &app, QString *error) override;

private:
    HttpResponse list(const HttpRequest &request);
    HttpResponse summary(const HttpRequest &request);
    HttpResponse exportCsv(const HttpRequest &request);
    HttpResponse detail(const HttpRequest &request);
    void verify(const HttpRequest &request, HttpResponder responder);
    HttpResponse review(const HttpRequest &request);

    // The request's filter, or the 400 naming the bad parameter in *refusal.
    static std::optional<HistoryFilter> filterOf(const HttpRequest &request, HttpResponse *refusal);
    // 200 with the order's detail, 404 or 503.
    HttpResponse detailResponse(const QString &orderId);

    ServerApp *m_app = nullptr;
};
