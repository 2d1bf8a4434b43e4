#include "CatalogCli.h"

#include "AuditLog.h"
#include "ProductStore.h"
#include "ServerApp.h"
#include "ServerClock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

CatalogCli::CatalogCli(ServerApp &app, QTextStream &out, QTextStream &err)
    : m_app(app)
    , m_out(out)
    , m_err(err)
{}

bool CatalogCli::handles(const QString &command)
{
    return command == "product"_L1;
}

int CatalogCli::usage()
{
    m_err << tr("Usage: comptoir-server product import FILE | list") << Qt::endl;
    return 2;
}

int CatalogCli::run(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    const bool importing = action == "import"_L1 && arguments.size() == 3;
    const bool listing = action == "list"_L1 && arguments.size() == 2;
    if (!importing && !listing)
        return usage();
    if (!m_app.openDatabase()) {
        m_err << tr("Cannot open the database: %1").arg(m_app.errorString()) << Qt::endl;
        return 1;
    }
    return importing ? importFile(arguments.at(2)) : list();
}

CatalogCli::ImportReport CatalogCli::importDocument(Database &database, const QByteArray &json)
{
    ImportReport report;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        report.error = tr("The file is not JSON: %1").arg(parseError.errorString());
        return report;
    }
    if (!document.isObject() || !document.object().value(u"products"_s).isArray()) {
        report.error = tr("The file must be a JSON object with a \"products\" array.");
        return report;
    }
    const QJsonArray products = document.object().value(u"products"_s).toArray();
    ProductStore store(database);
    const qint64 now = ServerClock::nowMs();
    QSet<QString> seen;
    for (qsizetype i = 0; i < products.size(); ++i) {
        const QString path = u"products[%1]"_s.arg(i);
        if (!products.at(i).isObject()) {
            report.rejected.append(tr("%1: must be an object").arg(path));
            continue;
        }
        const Result<Product> product = Product::fromJson(products.at(i).toObject(), path);
        if (!product) {
            report.rejected.append(product.error().toString());
            continue;
        }
        if (!product->isValid()) {
            report.rejected.append(tr("%1: needs an id, a name and a price").arg(path));
            continue;
        }
        // Two entries with one id would silently overwrite each other.
        if (seen.contains(product->id())) {
            report.rejected.append(
                tr("%1: id %2 appears earlier in the file").arg(path, product->id()));
            continue;
        }
        seen.insert(product->id());
        switch (store.upsert(*product, now)) {
        case ProductStore::Outcome::Inserted:
            ++report.inserted;
            break;
        case ProductStore::Outcome::Updated:
            ++report.updated;
            break;
        case ProductStore::Outcome::Unchanged:
            ++report.unchanged;
            break;
        case ProductStore::Outcome::Conflict:
            report.rejected.append(
                tr("%1: its SKU or barcode belongs to another product").arg(path));
            break;
        case ProductStore::Outcome::Failed:
            report.error = tr("The database refused %1: %2").arg(path, database.errorString());
            return report;
        }
    }
    return report;
}

int CatalogCli::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return 1;
    }
    const ImportReport report = importDocument(m_app.db(), file.readAll());
    for (const QString &rejected : report.rejected)
        m_err << tr("Rejected %1").arg(rejected) << Qt::endl;
    if (!report.error.isEmpty()) {
        m_err << report.error << Qt::endl;
        if (report.imported() == 0)
            return 1;
    }
    AuditLog(m_app.db())
        .append(u"cli"_s, u"product.import"_s, u"catalog"_s,
                u"%1 new, %2 changed, %3 unchanged, %4 rejected"_s.arg(report.inserted)
                    .arg(report.updated)
                    .arg(report.unchanged)
                    .arg(report.rejected.size()));
    m_out << tr("%n product(s) imported", nullptr, report.imported()) << ' '
          << tr("(%1 new, %2 changed, %3 unchanged); %4 rejected.")
                 .arg(report.inserted)
                 .arg(report.updated)
                 .arg(report.unchanged)
                 .arg(report.rejected.size())
          << Qt::endl;
    return report.rejected.isEmpty() && report.error.isEmpty() ? 0 : 1;
}

int CatalogCli::list()
{
    bool failed = false;
    const QList<ProductStore::Entry> entries = ProductStore(m_app.db()).list(std::nullopt, &failed);
    if (failed) {
        m_err << m_app.db().errorString() << Qt::endl;
        return 1;
    }
    m_out << tr("ID\tSKU\tBARCODE\tNAME\tCATEGORY\tPRICE (XOF)\tSTATUS") << Qt::endl;
    for (const ProductStore::Entry &entry : entries) {
        const Product &p = entry.product;
        m_out << p.id() << '\t' << p.sku() << '\t' << p.barcode() << '\t' << p.name() << '\t'
              << p.category() << '\t' << p.unitPrice().francs() << '\t'
              << (p.isActive() ? tr("active") : tr("inactive")) << Qt::endl;
    }
    return 0;
}
