#pragma once

// The back office's catalog, people and terminals calls (docs/manager-api.md, "Catalog" and
// "People and terminals"), typed over ServerClient so that they carry the terminal token and the
// manager's session like every other request. Prices travel as whole francs (Money), roles as
// UserRole; the server's refusals come back as ServerError, and errorText() puts the admin codes
// (duplicate_barcode, last_manager, ...) into words.

#include "AdminTerminal.h"
#include "AdminUser.h"
#include "CatalogImportReport.h"
#include "ServerError.h"
#include "domain/Product.h"
#include "domain/UserRole.h"

#include <QObject>
#include <QStringList>

#include <functional>

class ServerClient;

class AdminClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(const T &, const ServerError &)>;
    using Finished = std::function<void(const ServerError &)>;

    explicit AdminClient(ServerClient *server, QObject *parent = nullptr);

    ServerClient *server() const { return m_server; }

    // Catalog. Every product, inactive ones included.
    void fetchProducts(QObject *context, Done<QList<Product>> done);
    // The id is the server's to give: product.id() is ignored.
    void createProduct(const Product &product, QObject *context, Done<Product> done);
    // Replaces every field; deactivating is setActive(false) (there is no delete).
    void updateProduct(const Product &product, QObject *context, Done<Product> done);
    void fetchCategories(QObject *context, Done<QStringList> done);
    // csv is sent as it is (UTF-8, BOM allowed); a dry run changes nothing.
    void importCatalog(const QByteArray &csv, bool dryRun, QObject *context,
                       Done<CatalogImportReport> done);
    // Writes the server's CSV to filePath (replaced only once complete); done gets its size.
    void exportCatalog(const QString &filePath, QObject *context, Done<qint64> done);

    // People.
    void fetchUsers(QObject *context, Done<QList<AdminUser>> done);
    void addUser(const QString &name, UserRole role, const QString &pin, QObject *context,
                 Done<AdminUser> done);
    // Also clears a lockout and ends that person's sessions.
    void resetPin(const QString &userId, const QString &pin, QObject *context, Finished done);
    void setUserEnabled(const QString &userId, bool enabled, QObject *context, Finished done);

    // Terminals.
    void fetchTerminals(QObject *context, Done<QList<AdminTerminal>> done);
    // The answer carries the new terminal's token: the only time anyone sees it.
    void addTerminal(const QString &name, QObject *context, Done<AdminTerminal> done);
    void renameTerminal(const QString &terminalId, const QString &name, QObject *context,
                        Finished done);
    void revokeTerminal(const QString &terminalId, QObject *context, Finished done);

    // Words for a manager: the admin codes of docs/manager-api.md first, else
    // ServerError::userMessage().
    static QString errorText(const ServerError &error);

    // Importing or exporting a large catalog takes longer than the usual request timeout.
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }

private:
    ServerClient *m_server;
    int m_transferTimeoutMs = 5 * 60 * 1000;
};
