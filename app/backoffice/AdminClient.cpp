#include "AdminClient.h"

#include "CsvDownload.h"
#include "ManagerReply.h"
#include "ServerClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrl>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAdminClient, "comptoir.app.adminclient")

namespace {

// What POST and PUT /api/v1/products take: the product without its id.
QJsonObject productBody(const Product &product)
{
    QJsonObject body = product.toJson();
    body.remove(u"id"_s);
    return body;
}

std::optional<Product> productIn(const QJsonObject &reply)
{
    Result<Product> product = Product::fromJson(reply);
    return product.isOk() ? std::optional<Product>(*product) : std::nullopt;
}

} // namespace

AdminClient::AdminClient(ServerClient *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{}

void AdminClient::fetchProducts(QObject *context, Done<QList<Product>> done)
{
    m_server->send("GET", u"/api/v1/products?all=1"_s, std::nullopt, 0, context,
                   [done](const QJsonObject &reply, const ServerError &error) {
                       QList<Product> products;
                       if (!error.isOk()) {
                           done(products, error);
                           return;
                       }
                       const QJsonArray array = ManagerReply::listIn(reply, u"products"_s);
                       products.reserve(array.size());
                       for (const QJsonValue &value : array) {
                           Result<Product> product = Product::fromJson(value.toObject());
                           // One unreadable product must not hide the others from the manager.
                           if (product.isOk())
                               products.append(*product);
                           else
                               qCWarning(lcAdminClient)
                                   << "product skipped:" << product.error().toString();
                       }
                       done(products, error);
                   });
}

void AdminClient::createProduct(const Product &product, QObject *context, Done<Product> done)
{
    m_server->send("POST", u"/api/v1/products"_s, productBody(product), 0, context,
                   ManagerReply::read(&productIn, std::move(done)));
}

void AdminClient::updateProduct(const Product &product, QObject *context, Done<Product> done)
{
    m_server->send("PUT", u"/api/v1/products/"_s + ManagerReply::encoded(product.id()),
                   productBody(product), 0, context,
                   [done, product](const QJsonObject &reply, const ServerError &error) {
                       if (!error.isOk()) {
                           done(product, error);
                           return;
                       }
                       // An empty answer means the server took the fields as sent.
                       if (reply.isEmpty()) {
                           done(product, error);
                           return;
                       }
                       Result<Product> updated = Product::fromJson(reply);
                       done(updated.isOk() ? *updated : product,
                            updated.isOk() ? error : ManagerReply::badReply());
                   });
}

void AdminClient::fetchCategories(QObject *context, Done<QStringList> done)
{
    m_server->send("GET", u"/api/v1/categories"_s, std::nullopt, 0, context,
                   [done](const QJsonObject &reply, const ServerError &error) {
                       QStringList categories;
                       for (const QJsonValue &value :
                            ManagerReply::listIn(reply, u"categories"_s)) {
                           if (!value.toString().isEmpty())
                               categories.append(value.toString());
                       }
                       done(categories, error);
                   });
}

void AdminClient::importCatalog(const QByteArray &csv, bool dryRun, QObject *context,
                                Done<CatalogImportReport> done)
{
    const QString path =
        dryRun ? u"/api/v1/catalog/import?dry_run=1"_s : u"/api/v1/catalog/import"_s;
    m_server->sendPayload("POST", path, csv, QByteArrayLiteral("text/csv; charset=utf-8"),
                          m_transferTimeoutMs, context,
                          ManagerReply::read(&CatalogImportReport::fromJson, std::move(done)));
}

void AdminClient::exportCatalog(const QString &filePath, QObject *context, Done<qint64> done)
{
    CsvDownload::toFile(m_server, u"/api/v1/catalog/export.csv"_s, m_transferTimeoutMs, filePath,
                        context, std::move(done));
}

void AdminClient::fetchUsers(QObject *context, Done<QList<AdminUser>> done)
{
    m_server->send("GET", u"/api/v1/admin/users"_s, std::nullopt, 0, context,
                   [done](const QJsonObject &reply, const ServerError &error) {
                       QList<AdminUser> users;
                       for (const QJsonValue &value : ManagerReply::listIn(reply, u"users"_s)) {
                           if (const auto user = AdminUser::fromJson(value.toObject()))
                               users.append(*user);
                       }
                       done(users, error);
                   });
}

void AdminClient::addUser(const QString &name, UserRole role, const QString &pin, QObject *context,
                          Done<AdminUser> done)
{
    const QJsonObject body{{u"name"_s, name}, {u"role"_s, userRoleToString(role)}, {u"pin"_s, pin}};
    m_server->send("POST", u"/api/v1/admin/users"_s, body, 0, context,
                   ManagerReply::read(&AdminUser::fromJson, std::move(done)));
}

void AdminClient::resetPin(const QString &userId, const QString &pin, QObject *context,
                           Finished done)
{
    m_server->send("POST", u"/api/v1/admin/users/"_s + ManagerReply::encoded(userId) + u"/pin"_s,
                   QJsonObject{{u"pin"_s, pin}}, 0, context,
                   ManagerReply::finished(std::move(done)));
}

void AdminClient::setUserEnabled(const QString &userId, bool enabled, QObject *context,
                                 Finished done)
{
    const QString action = enabled ? u"/enable"_s : u"/disable"_s;
    m_server->send("POST", u"/api/v1/admin/users/"_s + ManagerReply::encoded(userId) + action,
                   QJsonObject(), 0, context, ManagerReply::finished(std::move(done)));
}

void AdminClient::fetchTerminals(QObject *context, Done<QList<AdminTerminal>> done)
{
    m_server->send("GET", u"/api/v1/admin/terminals"_s, std::nullopt, 0, context,
                   [done](const QJsonObject &reply, const ServerError &error) {
                       QList<AdminTerminal> terminals;
                       for (const QJsonValue &value : ManagerReply::listIn(reply, u"terminals"_s)) {
                           if (const auto terminal = AdminTerminal::fromJson(value.toObject()))
                               terminals.append(*terminal);
                       }
                       done(terminals, error);
                   });
}

void AdminClient::addTerminal(const QString &name, QObject *context, Done<AdminTerminal> done)
{
    m_server->send("POST", u"/api/v1/admin/terminals"_s, QJsonObject{{u"name"_s, name}}, 0, context,
                   [done](const QJsonObject &reply, const ServerError &error) {
                       if (!error.isOk()) {
                           done(AdminTerminal(), error);
                           return;
                       }
                       const auto terminal = AdminTerminal::fromJson(reply);
                       // Without its token a new terminal could never be set up.
                       const bool usable = terminal && !terminal->token.isEmpty();
                       done(terminal.value_or(AdminTerminal()),
                            usable ? error : ManagerReply::badReply());
                   });
}

void AdminClient::renameTerminal(const QString &terminalId, const QString &name, QObject *context,
                                 Finished done)
{
    m_server->send("PUT", u"/api/v1/admin/terminals/"_s + ManagerReply::encoded(terminalId),
                   QJsonObject{{u"name"_s, name}}, 0, context,
                   ManagerReply::finished(std::move(done)));
}

void AdminClient::revokeTerminal(const QString &terminalId, QObject *context, Finished done)
{
    m_server->send("POST",
                   u"/api/v1/admin/terminals/"_s + ManagerReply::encoded(terminalId) + u"/revoke"_s,
                   QJsonObject(), 0, context, ManagerReply::finished(std::move(done)));
}

QString AdminClient::errorText(const ServerError &error)
{
    const auto text = [](const char *source) {
        return QCoreApplication::translate("AdminClient", source);
    };
    if (error.code == "duplicate_sku"_L1)
        return text("Another product already has this SKU.");
    if (error.code == "duplicate_barcode"_L1)
        return text("Another product already has this barcode.");
    if (error.code == "duplicate_name"_L1)
        return text("Someone already has this name; choose another one.");
    if (error.code == "last_manager"_L1)
        return text("This is the last active manager: enable or add another manager first.");
    if (error.code == "self"_L1)
        return text("You cannot do this to yourself (your own account, or this very terminal).");
    if (error.httpStatus == 413)
        return text("The file is larger than the server accepts; split it, or raise the "
                    "server's body_limit_bytes.");
    if (error.kind == ServerError::Kind::Forbidden)
        return text("Only a manager can do this.");
    if (error.kind == ServerError::Kind::Invalid && !error.message.isEmpty())
        return text("The server refused it: %1").arg(error.message);
    return error.userMessage();
}
