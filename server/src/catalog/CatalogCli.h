#pragma once

// The catalog subcommands of comptoir-server, run against the configured database:
//   product import FILE   upsert by id every product of a {"products":[...]} file (the shape
//                         GET /api/v1/products serves); invalid entries are reported with their
//                         index and reason and skipped, the others imported
//   product list          the catalog, inactive products included
// Kept apart from AdminCli (terminals, people) so the catalog stays one module.

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Database;
class ServerApp;

class CatalogCli
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCli)

public:
    struct ImportReport
    {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        QStringList rejected; // "products[3]: unit_price: ..." one per refused entry
        QString error;        // set when the file as a whole could not be read or stored
        int imported() const { return inserted + updated + unchanged; }
    };

    CatalogCli(ServerApp &app, QTextStream &out, QTextStream &err);

    // True for "product".
    static bool handles(const QString &command);
    // arguments: the positional arguments, starting with "product". Returns the exit code:
    // 0 success, 1 failure (including any rejected entry), 2 usage error.
    int run(const QStringList &arguments);

    // The import itself, without the printing: what run() and the tests use.
    static ImportReport importDocument(Database &database, const QByteArray &json);

private:
    int importFile(const QString &path);
    int list();
    int usage();

    ServerApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
};
