#pragma once

// The reports part of comptoir-server as a ServerModule: the sales report and the shifts with
// their end-of-day Z report (docs/manager-api.md, "Reports" and "Shifts and the Z report").
// The counting itself lives in SalesReport and ZReport, the shifts table in ShiftStore; this
// class checks who may ask, reads the input and enforces the closing rules (blind count, manager
// approval over shifts/difference_limit, one close per shift).

#include "ServerModule.h"

#include <QCoreApplication>

struct AuthContext;
struct HttpRequest;
struct HttpResponse;

class ReportsModule : public ServerModule
{
    Q_DECLARE_TR_FUNCTIONS(ReportsModule)

public:
    bool start(ServerApp &app, QString *error) override;

private:
    HttpResponse salesReport(const HttpRequest &request);
    HttpResponse openShift(const HttpRequest &request);
    HttpResponse currentShift(const HttpRequest &request);
    HttpResponse closeShift(const HttpRequest &request);
    HttpResponse listShifts(const HttpRequest &request);
    HttpResponse getShift(const HttpRequest &request);

    ServerApp *m_app = nullptr;
};
