#pragma once

// The reports part of comptoir-server as a ServerModule: the sales report and the shifts with
// their end-of-day Z report (docs/manager-api.md, "Reports" and "Shifts and the Z report").
// The counting itself lives in SalesReport and ZReport, the shifts table in ShiftStore; this
// class checks who may ask, reads the input and enforces the closing rules (blind count, manager
// approval over shifts/difference_limit, one close per shift). The sales report runs on a worker
// thread with its own database connection: a year of orders takes seconds to add up, and the
// server's thread serves the tills and LigdiCash's callbacks meanwhile.

#include "HttpResponder.h"
#include "ServerModule.h"

#include <QCoreApplication>
#include <QObject>
#include <QThreadPool>

struct AuthContext;
struct HttpRequest;
struct HttpResponse;

class ReportsModule : public ServerModule
{
    Q_DECLARE_TR_FUNCTIONS(ReportsModule)

public:
    bool start(ServerApp &app, QString *error) override;

private:
    void salesReport(const HttpRequest &request, HttpResponder responder);
    HttpResponse openShift(const HttpRequest &request);
    HttpResponse currentShift(const HttpRequest &request);
    HttpResponse closeShift(const HttpRequest &request);
    HttpResponse listShifts(const HttpRequest &request);
    HttpResponse getShift(const HttpRequest &request);

    ServerApp *m_app = nullptr;
    // Answers computed on m_workers are sent from the server's thread through this object;
    // declared first so that it outlives the pool, whose destructor waits for running reports.
    QObject m_replies;
    QThreadPool m_workers;
};
