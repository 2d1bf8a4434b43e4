#pragma once

// The catalog part of comptoir-server as a ServerModule: serves the products table to terminals
// as GET /api/v1/products (terminal token required) in the shape core/domain/Product.h writes,
// inactive products included so terminals can hide them, optionally only those changed since a
// time (?since=ISO-8601). Products get in with `comptoir-server product import` (CatalogCli).

#include "ServerModule.h"

#include <QCoreApplication>

struct HttpRequest;
struct HttpResponse;

class CatalogModule : public ServerModule
{
    Q_DECLARE_TR_FUNCTIONS(CatalogModule)

public:
    bool start(ServerApp &app, QString *error) override;

private:
    HttpResponse listProducts(const HttpRequest &request);

    ServerApp *m_app = nullptr;
};
