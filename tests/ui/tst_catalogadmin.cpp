#include "CatalogCache.h"
#include "CatalogSync.h"
#include "FakeComptoirServer.h"
#include "MessageWidget.h"
#include "ServerClient.h"
#include "backoffice/CatalogAdminPage.h"
#include "backoffice/CatalogProductFilter.h"
#include "backoffice/CatalogProductModel.h"
#include "backoffice/CsvImportDialog.h"
#include "backoffice/ProductEditDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject product(const QString &id, const QString &sku, const QString &barcode,
                    const QString &name, const QString &category, qint64 price, bool active = true)
{
    return QJsonObject{{u"id"_s, id},
                       {u"sku"_s, sku},
                       {u"barcode"_s, barcode},
                       {u"name"_s, name},
                       {u"category"_s, category},
                       {u"unit_price"_s, price},
                       {u"active"_s, active},
                       {u"updated_at"_s, u"2026-11-25T09:00:00.000Z"_s}};
}

} // namespace

// A FakeComptoirServer with the catalog endpoints of docs/manager-api.md ("Catalog") over a small
// shop in Ouagadougou: products with server-made ids, duplicate SKU and barcode refused with 409,
// the categories, a CSV import that checks each row (dry run or applied) and the export. Every
// write is recorded so tests can check what the app sent.
struct CatalogBackend
{
    struct Recorded
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray contentType;
        QByteArray body;
    };

    CatalogBackend()
    {
        products = QJsonArray{
            product(u"p-1"_s, u"BOI-001"_s, u"5449000000996"_s, u"Coca-Cola 33 cl"_s, u"Boissons"_s,
                    500),
            product(u"p-2"_s, u"BOI-002"_s, u"6181100000012"_s, u"Eau minérale Lafi 1,5 L"_s,
                    u"Boissons"_s, 400),
            product(u"p-3"_s, u"EPI-010"_s, u"3560070000011"_s, u"Riz parfumé 5 kg"_s,
                    u"Épicerie"_s, 4500),
            product(u"p-4"_s, u"HYG-003"_s, u"6001087000017"_s, u"Savon Santex"_s, u"Hygiène"_s,
                    250, false),
        };
        auto manager = [](const HttpRequest &request) {
            return request.header("X-Comptoir-Session") == "session-moussa";
        };
        auto &routes = server.extraRoutes;
        routes.append({"GET", u"/api/v1/products"_s, [this, manager](const HttpRequest &request) {
                           if (request.queryValue(u"all"_s) != u"1"_s) {
                               // A terminal's refresh: only what can be sold.
                               ++refreshes;
                               QJsonArray active;
                               for (const QJsonValue &value : std::as_const(products)) {
                                   if (value[u"active"_s].toBool())
                                       active.append(value);
                               }
                               return HttpResponse::json(QJsonObject{{u"products"_s, active}});
                           }
                           if (!manager(request))
                               return HttpResponse::error(403, u"forbidden"_s, u"managers only"_s);
                           return HttpResponse::json(QJsonObject{{u"products"_s, products}});
                       }});
        routes.append({"POST", u"/api/v1/products"_s, [this](const HttpRequest &request) {
                           record(request);
                           QJsonObject body = QJsonDocument::fromJson(request.body).object();
                           if (auto conflict = duplicate(body, {}))
                               return *conflict;
                           body.insert(u"id"_s, u"p-%1"_s.arg(products.size() + 1));
                           body.insert(u"updated_at"_s, u"2026-11-25T10:00:00.000Z"_s);
                           products.append(body);
                           return HttpResponse::json(body, 201);
                       }});
        routes.append({"PUT", u"/api/v1/products/{id}"_s, [this](const HttpRequest &request) {
                           record(request);
                           const QString id = request.param(u"id"_s);
                           const int at = indexOf(id);
                           if (at < 0)
                               return HttpResponse::error(404, u"not_found"_s, u"no product"_s);
                           QJsonObject body = QJsonDocument::fromJson(request.body).object();
                           if (auto conflict = duplicate(body, id))
                               return *conflict;
                           body.insert(u"id"_s, id);
                           body.insert(u"updated_at"_s, u"2026-11-25T10:05:00.000Z"_s);
                           products.replace(at, body);
                           return HttpResponse::json(body);
                       }});
        routes.append({"GET", u"/api/v1/categories"_s, [this](const HttpRequest &) {
                           QStringList categories;
                           for (const QJsonValue &value : std::as_const(products)) {
                               const QString category = value[u"category"_s].toString();
                               if (!category.isEmpty() && !categories.contains(category))
                                   categories.append(category);
                           }
                           categories.sort();
                           return HttpResponse::json(QJsonObject{
                               {u"categories"_s, QJsonArray::fromStringList(categories)}});
                       }});
        routes.append({"POST", u"/api/v1/catalog/import"_s, [this](const HttpRequest &request) {
                           record(request);
                           if (request.mediaType() != "text/csv")
                               return HttpResponse::error(415, u"bad_request"_s,
                                                          u"body must be text/csv"_s);
                           return HttpResponse::json(
                               import(request.body, request.queryValue(u"dry_run"_s) == u"1"_s));
                       }});
        routes.append({"GET", u"/api/v1/catalog/export.csv"_s, [this](const HttpRequest &) {
                           QByteArray csv =
                               "\xEF\xBB\xBFsku,barcode,name,category,unit_price,active\r\n";
                           for (const QJsonValue &value : std::as_const(products)) {
                               csv += value[u"sku"_s].toString().toUtf8() + ',' +
                                      value[u"barcode"_s].toString().toUtf8() + ",\"" +
                                      value[u"name"_s].toString().toUtf8() + "\"," +
                                      value[u"category"_s].toString().toUtf8() + ',' +
                                      QByteArray::number(value[u"unit_price"_s].toInteger()) + ',' +
                                      (value[u"active"_s].toBool() ? "1" : "0") + "\r\n";
                           }
                           return HttpResponse::text(csv, "text/csv; charset=utf-8");
                       }});
        if (!server.start())
            qFatal("fake server did not start");
        client.setBaseUrl(server.url());
        client.setTerminalToken(server.terminalToken);
        client.setSessionToken(QByteArrayLiteral("session-moussa"));
        client.setRequestTimeout(3000);
    }

    void record(const HttpRequest &request)
    {
        writes.append(
            {request.method, request.path, request.query, request.mediaType(), request.body});
    }

    int indexOf(const QString &id) const
    {
        for (qsizetype i = 0; i < products.size(); ++i) {
            if (products.at(i)[u"id"_s].toString() == id)
                return int(i);
        }
        return -1;
    }

    std::optional<HttpResponse> duplicate(const QJsonObject &body, const QString &exceptId) const
    {
        for (const QJsonValue &value : products) {
            if (value[u"id"_s].toString() == exceptId)
                continue;
            const QString sku = body.value(u"sku"_s).toString();
            const QString barcode = body.value(u"barcode"_s).toString();
            if (!sku.isEmpty() && value[u"sku"_s].toString() == sku)
                return HttpResponse::error(409, u"duplicate_sku"_s,
                                           u"SKU %1 is already used"_s.arg(sku));
            if (!barcode.isEmpty() && value[u"barcode"_s].toString() == barcode)
                return HttpResponse::error(409, u"duplicate_barcode"_s,
                                           u"barcode %1 is already used"_s.arg(barcode));
        }
        return std::nullopt;
    }

    // The server's import rules, enough for the app's tests: header sku,barcode,name,category,
    // unit_price; a row needs a name and whole francs; it updates the product with its SKU.
    QJsonObject import(QByteArray csv, bool dryRun)
    {
        if (csv.startsWith("\xEF\xBB\xBF"))
            csv.remove(0, 3);
        const QList<QByteArray> lines = csv.split('\n');
        int rows = 0;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        QJsonArray rejected;
        QJsonArray preview;
        QList<QJsonObject> accepted;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString line = QString::fromUtf8(lines.at(i)).trimmed();
            if (line.isEmpty())
                continue;
            ++rows;
            const QStringList fields = line.split(u',');
            const int number = int(i) + 1;
            if (fields.size() < 5) {
                rejected.append(
                    QJsonObject{{u"line"_s, number}, {u"reason"_s, u"expected 5 columns"_s}});
                continue;
            }
            bool whole = false;
            const qint64 price = fields.at(4).toLongLong(&whole);
            if (fields.at(2).isEmpty()) {
                rejected.append(
                    QJsonObject{{u"line"_s, number}, {u"reason"_s, u"name: required"_s}});
                continue;
            }
            if (!whole || price < 0) {
                rejected.append(
                    QJsonObject{{u"line"_s, number},
                                {u"reason"_s, u"unit_price: not a whole number of francs"_s}});
                continue;
            }
            QJsonObject row{{u"sku"_s, fields.at(0)},  {u"barcode"_s, fields.at(1)},
                            {u"name"_s, fields.at(2)}, {u"category"_s, fields.at(3)},
                            {u"unit_price"_s, price},  {u"active"_s, true}};
            QString id;
            bool same = false;
            for (const QJsonValue &value : std::as_const(products)) {
                if (value[u"sku"_s].toString() != fields.at(0))
                    continue;
                id = value[u"id"_s].toString();
                same = value[u"barcode"_s] == row.value(u"barcode"_s) &&
                       value[u"name"_s] == row.value(u"name"_s) &&
                       value[u"category"_s] == row.value(u"category"_s) &&
                       value[u"unit_price"_s].toInteger() == price && value[u"active"_s].toBool();
            }
            if (same) {
                ++unchanged;
                continue;
            }
            id.isEmpty() ? ++created : ++updated;
            accepted.append(row);
            if (preview.size() < 50) {
                QJsonObject shown = row;
                shown.insert(u"id"_s, id.isEmpty() ? u"p-%1"_s.arg(products.size() + created) : id);
                shown.insert(u"line"_s, number);
                shown.insert(u"action"_s, id.isEmpty() ? u"create"_s : u"update"_s);
                preview.append(shown);
            }
        }
        if (!dryRun) {
            for (QJsonObject row : std::as_const(accepted)) {
                bool replaced = false;
                for (qsizetype i = 0; i < products.size(); ++i) {
                    if (products.at(i)[u"sku"_s].toString() == row.value(u"sku"_s).toString()) {
                        row.insert(u"id"_s, products.at(i)[u"id"_s]);
                        products.replace(i, row);
                        replaced = true;
                    }
                }
                if (!replaced) {
                    row.insert(u"id"_s, u"p-%1"_s.arg(products.size() + 1));
                    products.append(row);
                }
            }
        }
        return QJsonObject{{u"rows"_s, rows},         {u"unchanged"_s, unchanged},
                           {u"created"_s, created},   {u"updated"_s, updated},
                           {u"rejected"_s, rejected}, {u"preview"_s, preview}};
    }

    FakeComptoirServer server;
    QNetworkAccessManager network;
    ServerClient client{&network};
    QJsonArray products;
    QList<Recorded> writes;
    int refreshes = 0;
};

class TestCatalogAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void load_showsActiveProductsAndFilters();
    void addProduct_sendsJsonAndTableUpdates();
    void price_readAsTheCashierTypesIt_data();
    void price_readAsTheCashierTypesIt();
    void editProduct_sendsPutAndRowUpdates();
    void duplicateBarcode_showsErrorAndKeepsDialog();
    void deactivate_asksFirstThenSendsActiveFalse();
    void csvImport_previewsAcceptedAndRejectedRows_thenApplySendsFile();
    void csvImport_fileLikeTheCatalog_saysNothingToChange();
    void csvExport_writesTheServersCsv();
    void screenshot_catalogPageAndImport();

private:
    ProductEditDialog *openAdd();
    QString writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<CatalogBackend> m_backend;
    std::unique_ptr<CatalogCache> m_cache;
    std::unique_ptr<CatalogSync> m_sync;
    std::unique_ptr<CatalogAdminPage> m_page;
};

void TestCatalogAdmin::init()
{
    m_backend = std::make_unique<CatalogBackend>();
    // A fresh local catalog for each test: the earlier ones' rows must not answer a lookup.
    m_cache = std::make_unique<CatalogCache>(m_dir.filePath(u"catalog-%1.sqlite"_s.arg(++m_run)));
    m_sync = std::make_unique<CatalogSync>(m_cache.get(), &m_backend->client);
    m_page = std::make_unique<CatalogAdminPage>(&m_backend->client, m_sync.get());
    m_page->resize(1100, 650);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(m_page->isLoaded());
    QTRY_COMPARE(m_page->categories().size(), 3);
}

void TestCatalogAdmin::cleanup()
{
    m_page.reset();
    m_sync.reset();
    m_cache.reset();
    m_backend.reset();
}

ProductEditDialog *TestCatalogAdmin::openAdd()
{
    ProductEditDialog *dialog = m_page->addProduct();
    if (!QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QString TestCatalogAdmin::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

void TestCatalogAdmin::load_showsActiveProductsAndFilters()
{
    QCOMPARE(m_page->model()->rowCount(), 4);
    QCOMPARE(m_page->table()->model()->rowCount(), 3); // the inactive soap is set aside
    m_page->showInactiveBox()->setChecked(true);
    QCOMPARE(m_page->table()->model()->rowCount(), 4);

    QTest::keyClicks(m_page->filterEdit(), u"coca"_s);
    QCOMPARE(m_page->table()->model()->rowCount(), 1);
    QCOMPARE(m_page->table()->model()->index(0, CatalogProductModel::NameColumn).data().toString(),
             u"Coca-Cola 33 cl"_s);
    m_page->filterEdit()->setText(u"3560070"_s); // part of a barcode
    QCOMPARE(m_page->table()->model()->rowCount(), 1);
    m_page->filterEdit()->clear();

    QComboBox *categories = m_page->categoryBox();
    QCOMPARE(categories->count(), 4); // "All categories" and three
    categories->setCurrentIndex(categories->findData(u"Boissons"_s));
    QCOMPARE(m_page->table()->model()->rowCount(), 2);
    QCOMPARE(m_page->countLabel()->text(), u"2 of 4 product(s) shown"_s);
}

void TestCatalogAdmin::addProduct_sendsJsonAndTableUpdates()
{
    const int refreshesBefore = m_backend->refreshes;
    ProductEditDialog *dialog = openAdd();
    QVERIFY(dialog);
    QVERIFY(dialog->isNew());
    QCOMPARE(dialog->categoryEdit()->completer()->model()->rowCount(), 3);
    QTest::keyClicks(dialog->nameEdit(), u"Lait Nido 400 g"_s);
    dialog->categoryEdit()->setText(u"Épicerie"_s);
    QTest::keyClicks(dialog->priceEdit(), u"1 500"_s);
    QTest::keyClicks(dialog->skuEdit(), u"EPI-012"_s);
    QTest::keyClicks(dialog->barcodeEdit(), u"7613034000012"_s);
    QSignalSpy saved(dialog, &ProductEditDialog::saved);
    dialog->save();
    QTRY_COMPARE(saved.size(), 1);

    QCOMPARE(m_backend->writes.size(), 1);
    const CatalogBackend::Recorded &sent = m_backend->writes.first();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, u"/api/v1/products"_s);
    QCOMPARE(QJsonDocument::fromJson(sent.body).object(),
             (QJsonObject{{u"name"_s, u"Lait Nido 400 g"_s},
                          {u"category"_s, u"Épicerie"_s},
                          {u"unit_price"_s, 1500},
                          {u"sku"_s, u"EPI-012"_s},
                          {u"barcode"_s, u"7613034000012"_s},
                          {u"active"_s, true}}));

    QCOMPARE(m_page->model()->rowCount(), 5);
    const Product added = m_page->model()->product(m_page->model()->rowOf(u"p-5"_s));
    QCOMPARE(added.name(), u"Lait Nido 400 g"_s);
    QCOMPARE(added.unitPrice(), Money::fromFrancs(1500));
    QCOMPARE(m_page->selectedProductId(), u"p-5"_s);
    QCOMPARE(m_page->message()->type(), MessageWidget::Type::Positive);
    // This terminal's own catalog follows at once.
    QTRY_VERIFY(m_backend->refreshes > refreshesBefore);
    QTRY_VERIFY(m_cache->findExact(u"7613034000012"_s).has_value());
}

void TestCatalogAdmin::price_readAsTheCashierTypesIt_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("francs"); // -1: refused
    QTest::newRow("grouped with a space") << u"1 500"_s << qint64(1500);
    QTest::newRow("plain") << u"1500"_s << qint64(1500);
    QTest::newRow("grouped with a dot, F") << u"1.500 F"_s << qint64(1500);
    QTest::newRow("FCFA after") << u"25 000 FCFA"_s << qint64(25000);
    QTest::newRow("free") << u"0"_s << qint64(0);
    QTest::newRow("decimals") << u"1500,50"_s << qint64(-1);
    QTest::newRow("negative") << u"-500"_s << qint64(-1);
    QTest::newRow("words") << u"mille"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TestCatalogAdmin::price_readAsTheCashierTypesIt()
{
    QFETCH(QString, typed);
    QFETCH(qint64, francs);
    ProductEditDialog *dialog = openAdd();
    QVERIFY(dialog);
    dialog->nameEdit()->setText(u"Sucre 1 kg"_s);
    dialog->priceEdit()->setText(typed);
    dialog->save();
    if (francs < 0) {
        QCOMPARE(dialog->message()->type(), MessageWidget::Type::Error);
        QVERIFY(dialog->message()->text().contains(u"whole number of francs"_s));
        QTest::qWait(50);
        QVERIFY(m_backend->writes.isEmpty());
        QVERIFY(dialog->isVisible());
        return;
    }
    QTRY_COMPARE(m_backend->writes.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(m_backend->writes.first().body)
                 .object()
                 .value(u"unit_price"_s)
                 .toInteger(-1),
             francs);
}

void TestCatalogAdmin::editProduct_sendsPutAndRowUpdates()
{
    QSignalSpy changed(m_page->model(), &QAbstractItemModel::dataChanged);
    QPointer<ProductEditDialog> dialog = m_page->editProduct(u"p-1"_s);
    QVERIFY(dialog);
    QVERIFY(!dialog->isNew());
    QCOMPARE(dialog->nameEdit()->text(), u"Coca-Cola 33 cl"_s);
    QCOMPARE(Money::parse(dialog->priceEdit()->text()), Money::fromFrancs(500));
    dialog->priceEdit()->setText(u"600"_s);
    dialog->save();
    QTRY_VERIFY(!dialog); // closed and deleted once saved

    QCOMPARE(m_backend->writes.size(), 1);
    QCOMPARE(m_backend->writes.first().method, QByteArray("PUT"));
    QCOMPARE(m_backend->writes.first().path, u"/api/v1/products/p-1"_s);
    const QJsonObject body = QJsonDocument::fromJson(m_backend->writes.first().body).object();
    QCOMPARE(body.value(u"unit_price"_s).toInteger(), 600);
    QCOMPARE(body.value(u"barcode"_s).toString(), u"5449000000996"_s);
    QVERIFY(!body.contains(u"id"_s));

    QCOMPARE(m_page->model()->rowCount(), 4); // replaced, not added
    QVERIFY(!changed.isEmpty());
    const int row = m_page->model()->rowOf(u"p-1"_s);
    QCOMPARE(m_page->model()->product(row).unitPrice(), Money::fromFrancs(600));
}

void TestCatalogAdmin::duplicateBarcode_showsErrorAndKeepsDialog()
{
    QPointer<ProductEditDialog> dialog = openAdd();
    QVERIFY(dialog);
    dialog->nameEdit()->setText(u"Coca-Cola 33 cl (pack)"_s);
    dialog->priceEdit()->setText(u"3000"_s);
    dialog->barcodeEdit()->setText(u"5449000000996"_s);
    dialog->save();
    QTRY_COMPARE(dialog->message()->type(), MessageWidget::Type::Error);
    QCOMPARE(dialog->message()->text(), u"Another product already has this barcode."_s);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->nameEdit()->text(), u"Coca-Cola 33 cl (pack)"_s); // nothing typed is lost
    QCOMPARE(m_page->model()->rowCount(), 4);

    dialog->barcodeEdit()->setText(u"5449000000997"_s);
    dialog->save();
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_page->model()->rowCount(), 5);
}

void TestCatalogAdmin::deactivate_asksFirstThenSendsActiveFalse()
{
    m_page->selectProduct(u"p-2"_s);
    QCOMPARE(m_page->activeButton()->text(), u"&Deactivate"_s);
    QTest::mouseClick(m_page->activeButton(), Qt::LeftButton);
    QCOMPARE(m_page->message()->type(), MessageWidget::Type::Warning);
    QVERIFY(m_page->message()->text().contains(u"Eau minérale Lafi 1,5 L"_s));
    QTest::qWait(50);
    QVERIFY(m_backend->writes.isEmpty()); // nothing sent before the answer

    auto *yes = m_page->message()->findChild<QPushButton *>(u"confirmDeactivate"_s);
    QVERIFY(yes);
    QTest::mouseClick(yes, Qt::LeftButton);
    QTRY_COMPARE(m_backend->writes.size(), 1);
    QCOMPARE(m_backend->writes.first().path, u"/api/v1/products/p-2"_s);
    QCOMPARE(QJsonDocument::fromJson(m_backend->writes.first().body).object().value(u"active"_s),
             QJsonValue(false));
    QTRY_VERIFY(!m_page->model()->product(m_page->model()->rowOf(u"p-2"_s)).isActive());
    QCOMPARE(m_page->table()->model()->rowCount(), 2); // hidden with the other inactive one
    QTRY_VERIFY(!m_cache->findExact(u"6181100000012"_s).has_value());
}

void TestCatalogAdmin::csvImport_previewsAcceptedAndRejectedRows_thenApplySendsFile()
{
    const QByteArray csv = "\xEF\xBB\xBFsku,barcode,name,category,unit_price\r\n"
                           "BOI-001,5449000000996,Coca-Cola 33 cl,Boissons,550\r\n"
                           "EPI-015,6180000000015,Sucre SOSUCO 1 kg,Épicerie,900\r\n"
                           "EPI-016,6180000000016,Pâtes Panzani 500 g,Épicerie,12.5\r\n"
                           "EPI-017,6180000000017,,Épicerie,700\r\n"
                           "HYG-010,6180000000020,Dentifrice Signal,Hygiène,800\r\n";
    const QString path = writeFile(u"catalogue.csv"_s, csv);
    CsvImportDialog *dialog = m_page->importFile(path);
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->previewTable()->rowCount(), 3);
    QCOMPARE(m_backend->writes.size(), 1);
    QCOMPARE(m_backend->writes.first().query.queryItemValue(u"dry_run"_s), u"1"_s);
    QCOMPARE(m_backend->writes.first().contentType, QByteArray("text/csv"));
    QCOMPARE(m_backend->writes.first().body, csv); // sent as it is, BOM included
    QCOMPARE(m_backend->products.size(), 4);       // a dry run changes nothing

    QVERIFY(dialog->summaryLabel()->text().startsWith(
        u"5 row(s) read: 2 new, 1 updated, 2 rejected."_s));
    QTableWidget *preview = dialog->previewTable();
    auto cell = [preview](int row, int column) { return preview->item(row, column)->text(); };
    QCOMPARE(cell(0, CsvImportDialog::LineColumn), u"2"_s);
    QCOMPARE(cell(0, CsvImportDialog::ChangeColumn), u"Update"_s);
    QCOMPARE(cell(1, CsvImportDialog::LineColumn), u"3"_s);
    QCOMPARE(cell(1, CsvImportDialog::ChangeColumn), u"New"_s);
    QCOMPARE(cell(1, CsvImportDialog::NameColumn), u"Sucre SOSUCO 1 kg"_s);
    QCOMPARE(cell(1, CsvImportDialog::PriceColumn), Money::fromFrancs(900).toString());
    QCOMPARE(dialog->report().preview.at(1).product.unitPrice(), Money::fromFrancs(900));
    QTableWidget *rejected = dialog->rejectedTable();
    QVERIFY(rejected->isVisible());
    QCOMPARE(rejected->rowCount(), 2);
    QCOMPARE(rejected->item(0, 0)->text(), u"4"_s);
    QCOMPARE(rejected->item(0, 1)->text(), u"unit_price: not a whole number of francs"_s);
    QCOMPARE(rejected->item(1, 0)->text(), u"5"_s);
    QCOMPARE(rejected->item(1, 1)->text(), u"name: required"_s);
    QVERIFY(dialog->applyButton()->isEnabled());
    QCOMPARE(dialog->applyButton()->text(), u"&Import 3 product(s)"_s);

    const int refreshesBefore = m_backend->refreshes;
    QSignalSpy imported(dialog, &CsvImportDialog::imported);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_COMPARE(imported.size(), 1);
    QCOMPARE(m_backend->writes.size(), 2);
    QVERIFY(!m_backend->writes.last().query.hasQueryItem(u"dry_run"_s));
    QCOMPARE(m_backend->writes.last().body, csv);
    QCOMPARE(dialog->message()->type(), MessageWidget::Type::Positive);
    QVERIFY(dialog->isApplied());
    // The page reloads the catalog and this terminal refreshes its copy.
    QTRY_COMPARE(m_page->model()->rowCount(), 6);
    QTRY_VERIFY(m_backend->refreshes > refreshesBefore);
    const int coca = m_page->model()->rowOf(u"p-1"_s);
    QCOMPARE(m_page->model()->product(coca).unitPrice(), Money::fromFrancs(550));
}

void TestCatalogAdmin::csvImport_fileLikeTheCatalog_saysNothingToChange()
{
    const QString path = writeFile(
        u"same.csv"_s, "sku,barcode,name,category,unit_price\n"
                       "BOI-001,5449000000996,Coca-Cola 33 cl,Boissons,500\n"
                       "BOI-002,6181100000012,Eau min\xC3\xA9rale Lafi 1 5 L,Boissons,400\n");
    m_backend->products.replace(1, product(u"p-2"_s, u"BOI-002"_s, u"6181100000012"_s,
                                           u"Eau minérale Lafi 1 5 L"_s, u"Boissons"_s, 400));
    CsvImportDialog *dialog = m_page->importFile(path);
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->message()->type(), MessageWidget::Type::Information);
    QTRY_COMPARE(dialog->message()->text(),
                 u"Nothing to change: the catalog already matches this file."_s);
    QVERIFY(dialog->summaryLabel()->text().contains(u"2 row(s) already match the catalog."_s));
    QVERIFY(!dialog->applyButton()->isEnabled());
    QCOMPARE(dialog->previewTable()->rowCount(), 0);
}

void TestCatalogAdmin::csvExport_writesTheServersCsv()
{
    const QString path = m_dir.filePath(u"export.csv"_s);
    m_page->exportTo(path);
    QTRY_COMPARE(m_page->message()->type(), MessageWidget::Type::Positive);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBFsku,barcode,name,category,unit_price,active\r\n"));
    QVERIFY(csv.contains("BOI-001,5449000000996,\"Coca-Cola 33 cl\",Boissons,500,1\r\n"));
    QCOMPARE(csv.count("\r\n"), 5);
}

// Not a check: with COMPTOIR_SCREENSHOT_DIR set (run it under xvfb-run), saves
// catalog-admin.png and catalog-import.png for docs/screenshots/.
void TestCatalogAdmin::screenshot_catalogPageAndImport()
{
    const QString out = qEnvironmentVariable("COMPTOIR_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set COMPTOIR_SCREENSHOT_DIR to save the screenshots");
    QLocale::setDefault(QLocale(QLocale::French, QLocale::BurkinaFaso));
    const auto shop = std::initializer_list<QJsonObject>{
        product(u"p-5"_s, u"BOI-003"_s, u"5449000014535"_s, u"Fanta orange 33 cl"_s, u"Boissons"_s,
                500),
        product(u"p-6"_s, u"BOI-004"_s, u"6181100000029"_s, u"Jus Dafani mangue 1 L"_s,
                u"Boissons"_s, 1000),
        product(u"p-7"_s, u"BOI-005"_s, u"6181100000036"_s, u"Bière Brakina 65 cl"_s, u"Boissons"_s,
                650),
        product(u"p-8"_s, u"EPI-011"_s, u"7613035000018"_s, u"Café Nescafé 200 g"_s, u"Épicerie"_s,
                3500),
        product(u"p-9"_s, u"EPI-012"_s, u"7613034000012"_s, u"Lait en poudre Nido 400 g"_s,
                u"Épicerie"_s, 3200),
        product(u"p-10"_s, u"EPI-015"_s, u"6180000000015"_s, u"Sucre SOSUCO morceaux 1 kg"_s,
                u"Épicerie"_s, 900),
        product(u"p-11"_s, u"EPI-016"_s, u"3038350012005"_s, u"Pâtes Panzani 500 g"_s,
                u"Épicerie"_s, 600),
        product(u"p-12"_s, u"EPI-020"_s, u"6180000000022"_s, u"Huile Savor 1 L"_s, u"Épicerie"_s,
                1500),
        product(u"p-13"_s, u"HYG-004"_s, u"8714789000019"_s, u"Dentifrice Signal 75 ml"_s,
                u"Hygiène"_s, 800),
        product(u"p-14"_s, u"HYG-005"_s, u"6001087000024"_s, u"Lessive OMO 500 g"_s, u"Hygiène"_s,
                1250, false),
    };
    for (const QJsonObject &item : shop)
        m_backend->products.append(item);
    m_page->reload();
    QTRY_COMPARE(m_page->model()->rowCount(), 14);
    m_page->showInactiveBox()->setChecked(true);
    m_page->selectProduct(u"p-8"_s);
    m_page->resize(1176, 640);
    QTest::qWait(100);
    QVERIFY(m_page->grab().save(out + u"/catalog-admin.png"_s));
    QPointer<ProductEditDialog> edit = m_page->editProduct(u"p-8"_s);
    QVERIFY(QTest::qWaitForWindowExposed(edit.data()));
    edit->barcodeEdit()->setText(u"5449000000996"_s);
    edit->save();
    QTRY_COMPARE(edit->message()->type(), MessageWidget::Type::Error);
    QVERIFY(edit->grab().save(out + u"/catalog-edit.png"_s));
    edit->reject();

    const QByteArray csv = "sku;barcode;name;category;unit_price\n"
                           "BOI-001;5449000000996;Coca-Cola 33 cl;Boissons;550\n"
                           "EPI-021;6180000000039;Riz brisé 25 kg;Épicerie;16500\n"
                           "EPI-022;6180000000046;Tomate concentrée 400 g;Épicerie;12.5\n"
                           "HYG-006;6180000000053;;Hygiène;300\n"
                           "HYG-007;6180000000060;Savon Koto;Hygiène;200\n";
    QPointer<CsvImportDialog> dialog =
        m_page->importFile(writeFile(u"shot.csv"_s, QByteArray(csv).replace(';', ',')));
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->previewTable()->rowCount(), 3);
    QTest::qWait(100);
    QVERIFY(dialog->grab().save(out + u"/catalog-import.png"_s));
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestCatalogAdmin)
#include "tst_catalogadmin.moc"
