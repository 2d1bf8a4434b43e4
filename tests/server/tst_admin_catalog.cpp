// The managers' catalog endpoints (docs/manager-api.md, "Catalog") over real HTTP against an
// in-process server: ?all=1, create, edit, categories, CSV import (dry run, rejected rows by line
// and reason, BOM, ',' or ';', quotes, accents, CRLF) and the export that imports back. Every
// endpoint is called by a manager (results checked) and a cashier (403); bad input is a 400 that
// names the field; an edit reaches terminals through ?since=. SQLite, then PostgreSQL when
// COMPTOIR_TEST_PG_URL is set.

#include "tst_admin_fixture.h"

#include "admin/CatalogCsv.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject productBody(const QString &name, qint64 price, const QString &sku = {},
                        const QString &barcode = {}, const QString &category = u"Boissons"_s)
{
    return {{u"name"_s, name}, {u"category"_s, category}, {u"unit_price"_s, price},
            {u"sku"_s, sku},   {u"barcode"_s, barcode},   {u"active"_s, true}};
}

QJsonArray array(const HttpTestReply &reply, const QString &key)
{
    return reply.json().value(key).toArray();
}

} // namespace

class TestAdminCatalog : public QObject, public AdminFixture
{
    Q_OBJECT

public:
    explicit TestAdminCatalog(bool postgres)
        : AdminFixture(postgres)
    {}

private:
    QString createProduct(const QJsonObject &body)
    {
        const HttpTestReply reply = manager().post(u"/api/v1/products"_s, body);
        if (reply.status != 201)
            qWarning() << reply.status << reply.body;
        return reply.json().value(u"id"_s).toString();
    }

    HttpTestReply import(const QByteArray &csv, bool dryRun = false)
    {
        return manager().postRaw(u"/api/v1/catalog/import"_s + (dryRun ? u"?dry_run=1"_s : u""_s),
                                 "text/csv", csv);
    }

    QJsonObject productById(const QString &id)
    {
        for (const QJsonValue &value :
             array(manager().get(u"/api/v1/products?all=1"_s), u"products"_s)) {
            if (value.toObject().value(u"id"_s).toString() == id)
                return value.toObject();
        }
        return {};
    }

    int productCount()
    {
        auto query = m_app->db().exec(u"SELECT COUNT(*) FROM products"_s);
        return query && query->next() ? query->value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase() { setUpCase(); }
    void cleanupTestCase() { tearDownCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void endpoints_cashierGets403_noSessionGets401_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("list all") << QByteArray("GET") << u"/api/v1/products?all=1"_s
                                  << QByteArray();
        QTest::newRow("create") << QByteArray("POST") << u"/api/v1/products"_s
                                << QByteArray(R"({"name":"Pain","unit_price":150})");
        QTest::newRow("edit") << QByteArray("PUT") << u"/api/v1/products/p1"_s
                              << QByteArray(R"({"name":"Pain"})");
        QTest::newRow("import") << QByteArray("POST") << u"/api/v1/catalog/import?dry_run=1"_s
                                << QByteArray("sku,barcode,name,category,unit_price\r\n");
        QTest::newRow("export") << QByteArray("GET") << u"/api/v1/catalog/export.csv"_s
                                << QByteArray();
    }

    void endpoints_cashierGets403_noSessionGets401()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const HttpTestReply refused = call(cashier(), method, path, body);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), u"forbidden"_s);
        QCOMPARE(call(terminal(), method, path, body).status, 401);
        QCOMPARE(productCount(), 0);
    }

    void listAll_managerSeesEveryProductInactiveIncluded()
    {
        createProduct(productBody(u"Bière Brakina 65 cl"_s, 650, u"BOI-001"_s));
        QJsonObject fanta = productBody(u"Sucrerie Fanta 50 cl"_s, 400, u"BOI-003"_s);
        fanta.insert(u"active"_s, false);
        createProduct(fanta);
        const HttpTestReply reply = manager().get(u"/api/v1/products?all=1"_s);
        QCOMPARE(reply.status, 200);
        const QJsonArray products = array(reply, u"products"_s);
        QCOMPARE(products.size(), 2);
        int inactive = 0;
        for (const QJsonValue &value : products)
            inactive += value.toObject().value(u"active"_s).toBool() ? 0 : 1;
        QCOMPARE(inactive, 1);
        // Terminals keep their own view (token only).
        QCOMPARE(terminal().get(u"/api/v1/products"_s).status, 200);
    }

    void create_returnsTheProductWithAServerMadeId_andAudits()
    {
        const HttpTestReply reply =
            manager().post(u"/api/v1/products"_s, productBody(u"  Bière Castel 65 cl  "_s, 700,
                                                              u"BOI-002"_s, u"6180000010026"_s));
        QCOMPARE(reply.status, 201);
        const QJsonObject product = reply.json();
        const QString id = product.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(product.value(u"name"_s).toString(), u"Bière Castel 65 cl"_s);
        QCOMPARE(product.value(u"unit_price"_s).toInteger(), 700);
        QVERIFY(reply.body.contains("\"unit_price\":700"));
        QCOMPARE(product.value(u"sku"_s).toString(), u"BOI-002"_s);
        QCOMPARE(product.value(u"barcode"_s).toString(), u"6180000010026"_s);
        QCOMPARE(product.value(u"category"_s).toString(), u"Boissons"_s);
        QCOMPARE(product.value(u"active"_s).toBool(), true);
        QCOMPARE(productById(id), product);
        QCOMPARE(auditActions(u"product:"_s + id), QStringList{u"product.create"_s});

        // The largest price there is, exactly; zero is a price too (a free item).
        QCOMPARE(manager()
                     .post(u"/api/v1/products"_s, productBody(u"Terrain"_s, 9007199254740991LL))
                     .status,
                 201);
        QCOMPARE(manager().post(u"/api/v1/products"_s, productBody(u"Sachet"_s, 0)).status, 201);
    }

    void create_badInput_is400NamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{name") << u"body"_s;
        QTest::newRow("array") << QByteArray("[]") << u"body"_s;
        QTest::newRow("no name") << QByteArray(R"({"unit_price":100})") << u"name"_s;
        QTest::newRow("blank name") << QByteArray(R"({"name":"  ","unit_price":100})") << u"name"_s;
        QTest::newRow("name 121") << (R"({"name":")" + QByteArray(121, 'a') +
                                      R"(","unit_price":100})")
                                  << u"name"_s;
        QTest::newRow("name number") << QByteArray(R"({"name":12,"unit_price":100})") << u"name"_s;
        QTest::newRow("no price") << QByteArray(R"({"name":"Pain"})") << u"unit_price"_s;
        QTest::newRow("negative") << QByteArray(R"({"name":"Pain","unit_price":-1})")
                                  << u"unit_price"_s;
        QTest::newRow("fraction") << QByteArray(R"({"name":"Pain","unit_price":150.5})")
                                  << u"unit_price"_s;
        QTest::newRow("string") << QByteArray(R"({"name":"Pain","unit_price":"150"})")
                                << u"unit_price"_s;
        QTest::newRow("2^53") << QByteArray(R"({"name":"Pain","unit_price":9007199254740992})")
                              << u"unit_price"_s;
        QTest::newRow("active text")
            << QByteArray(R"({"name":"Pain","unit_price":1,"active":"yes"})") << u"active"_s;
        QTest::newRow("sku 65") << (R"({"name":"Pain","unit_price":1,"sku":")" +
                                    QByteArray(65, 'S') + R"("})")
                                << u"sku"_s;
        QTest::newRow("barcode number")
            << QByteArray(R"({"name":"Pain","unit_price":1,"barcode":618})") << u"barcode"_s;
        QTest::newRow("category control")
            << QByteArray("{\"name\":\"Pain\",\"unit_price\":1,\"category\":\"a\\u0007\"}")
            << u"category"_s;
    }

    void create_badInput_is400NamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const HttpTestReply reply =
            manager().postRaw(u"/api/v1/products"_s, "application/json", body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"bad_request"_s);
        QCOMPARE(errorField(reply), field);
        QVERIFY2(reply.json()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"message"_s)
                     .toString()
                     .startsWith(field + u':'),
                 reply.body.constData());
        QCOMPARE(productCount(), 0);
    }

    void create_duplicateSkuOrBarcode_is409()
    {
        createProduct(productBody(u"Bière Brakina"_s, 650, u"BOI-001"_s, u"6180000010019"_s));
        const HttpTestReply sku =
            manager().post(u"/api/v1/products"_s, productBody(u"Copie"_s, 1, u"BOI-001"_s));
        QCOMPARE(sku.status, 409);
        QCOMPARE(sku.errorCode(), u"duplicate_sku"_s);
        const HttpTestReply barcode = manager().post(
            u"/api/v1/products"_s, productBody(u"Copie"_s, 1, u"BOI-009"_s, u"6180000010019"_s));
        QCOMPARE(barcode.status, 409);
        QCOMPARE(barcode.errorCode(), u"duplicate_barcode"_s);
        QCOMPARE(productCount(), 1);
        // Empty codes are no codes: any number of products may have none.
        QCOMPARE(manager().post(u"/api/v1/products"_s, productBody(u"Pain"_s, 150)).status, 201);
        QCOMPARE(manager().post(u"/api/v1/products"_s, productBody(u"Sucre"_s, 50)).status, 201);
    }

    void update_replacesFields_deactivates_andRefusesTakenCodes()
    {
        const QString id =
            createProduct(productBody(u"Bière Brakina"_s, 650, u"BOI-001"_s, u"6180000010019"_s));
        createProduct(productBody(u"Bière Castel"_s, 700, u"BOI-002"_s));
        const HttpTestReply edited = put(manager(), u"/api/v1/products/"_s + id,
                                         productBody(u"Bière Brakina 65 cl"_s, 675, u"BOI-001"_s,
                                                     u"6180000010019"_s, u"Bières"_s));
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.json().value(u"unit_price"_s).toInteger(), 675);
        QCOMPARE(edited.json().value(u"category"_s).toString(), u"Bières"_s);
        QCOMPARE(productById(id).value(u"name"_s).toString(), u"Bière Brakina 65 cl"_s);

        // Deactivating is a PUT with "active": false; the other fields stay.
        const HttpTestReply off =
            put(manager(), u"/api/v1/products/"_s + id, QJsonObject{{u"active"_s, false}});
        QCOMPARE(off.status, 200);
        QCOMPARE(productById(id).value(u"active"_s).toBool(), false);
        QCOMPARE(productById(id).value(u"unit_price"_s).toInteger(), 675);

        const HttpTestReply taken =
            put(manager(), u"/api/v1/products/"_s + id, QJsonObject{{u"sku"_s, u"BOI-002"_s}});
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.errorCode(), u"duplicate_sku"_s);
        const HttpTestReply bad =
            put(manager(), u"/api/v1/products/"_s + id, QJsonObject{{u"unit_price"_s, -5}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(errorField(bad), u"unit_price"_s);
        const HttpTestReply unknown =
            put(manager(), u"/api/v1/products/nope"_s, QJsonObject{{u"name"_s, u"X"_s}});
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), u"not_found"_s);
        QCOMPARE(auditActions(u"product:"_s + id),
                 (QStringList{u"product.create"_s, u"product.update"_s, u"product.update"_s}));
    }

    void edit_reachesTerminalsThroughSince()
    {
        const QString id = createProduct(productBody(u"Bière Brakina"_s, 650, u"BOI-001"_s));
        createProduct(productBody(u"Bière Castel"_s, 700, u"BOI-002"_s));
        m_now += 60'000;
        const HttpTestReply all = terminal().get(u"/api/v1/products"_s);
        QCOMPARE(array(all, u"products"_s).size(), 2);
        const QString asOf = all.json().value(u"as_of"_s).toString();
        QVERIFY(!asOf.isEmpty());

        m_now += 60'000;
        QCOMPARE(
            put(manager(), u"/api/v1/products/"_s + id, QJsonObject{{u"unit_price"_s, 600}}).status,
            200);
        const HttpTestReply delta = terminal().get(
            u"/api/v1/products?since="_s + QString::fromLatin1(QUrl::toPercentEncoding(asOf)));
        QCOMPARE(delta.status, 200);
        const QJsonArray changed = array(delta, u"products"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).toObject().value(u"id"_s).toString(), id);
        QCOMPARE(changed.at(0).toObject().value(u"unit_price"_s).toInteger(), 600);

        // The same edit again changes nothing, so it is not sent again.
        m_now += 60'000;
        const QString asOf2 =
            terminal().get(u"/api/v1/products"_s).json().value(u"as_of"_s).toString();
        m_now += 60'000;
        QCOMPARE(
            put(manager(), u"/api/v1/products/"_s + id, QJsonObject{{u"unit_price"_s, 600}}).status,
            200);
        QCOMPARE(array(terminal().get(u"/api/v1/products?since="_s +
                                      QString::fromLatin1(QUrl::toPercentEncoding(asOf2))),
                       u"products"_s)
                     .size(),
                 0);
    }

    void categories_distinctAndSorted_forAnySession()
    {
        createProduct(productBody(u"Pain"_s, 150, {}, {}, u"Épicerie"_s));
        createProduct(productBody(u"Bière"_s, 650, {}, {}, u"Boissons"_s));
        createProduct(productBody(u"Jus"_s, 500, {}, {}, u"Boissons"_s));
        createProduct(productBody(u"Sans"_s, 5, {}, {}, {}));
        createProduct(productBody(u"Savon"_s, 300, {}, {}, u"boutique"_s));
        const HttpTestReply reply = cashier().get(u"/api/v1/categories"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(array(reply, u"categories"_s).toVariantList(),
                 (QVariantList{u"Boissons"_s, u"boutique"_s, u"Épicerie"_s}));
        QCOMPARE(manager().get(u"/api/v1/categories"_s).status, 200);
        QCOMPARE(terminal().get(u"/api/v1/categories"_s).status, 401);
    }

    void import_dryRunPreviews_andWritesNothing()
    {
        const QByteArray csv = "sku,barcode,name,category,unit_price,active\r\n"
                               "BOI-001,6180000010019,Bière Brakina 65 cl,Boissons,650,1\r\n"
                               "BOI-002,,Bière Castel 65 cl,Boissons,700,1\r\n"
                               "BOI-003,,Fanta,Boissons,400.50,1\r\n";
        const HttpTestReply reply = import(csv, true);
        QCOMPARE(reply.status, 200);
        const QJsonObject report = reply.json();
        QCOMPARE(report.value(u"dry_run"_s).toBool(), true);
        QCOMPARE(report.value(u"rows"_s).toInt(), 3);
        QCOMPARE(report.value(u"created"_s).toInt(), 2);
        QCOMPARE(report.value(u"updated"_s).toInt(), 0);
        const QJsonArray rejected = report.value(u"rejected"_s).toArray();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).toObject().value(u"line"_s).toInt(), 4);
        QCOMPARE(rejected.at(0).toObject().value(u"reason"_s).toString(),
                 u"unit_price: not a whole number of francs"_s);
        const QJsonArray preview = report.value(u"preview"_s).toArray();
        QCOMPARE(preview.size(), 2);
        QCOMPARE(preview.at(0).toObject().value(u"line"_s).toInt(), 2);
        QCOMPARE(preview.at(0).toObject().value(u"name"_s).toString(), u"Bière Brakina 65 cl"_s);
        QCOMPARE(preview.at(0).toObject().value(u"action"_s).toString(), u"create"_s);
        QCOMPARE(productCount(), 0);
        QCOMPARE(auditActions(u"catalog"_s), QStringList());

        // The real import does what the dry run said.
        const HttpTestReply applied = import(csv);
        QCOMPARE(applied.status, 200);
        QCOMPARE(applied.json().value(u"created"_s).toInt(), 2);
        QCOMPARE(applied.json().value(u"rejected"_s).toArray(), rejected);
        QCOMPARE(productCount(), 2);
        QCOMPARE(auditActions(u"catalog"_s), QStringList{u"catalog.import"_s});
    }

    void import_aWholeShopsCatalog_isNotRefusedByTheServersBodyLimit()
    {
        // 3 000 products is about 150 KB: over the 64 KiB other routes take.
        QByteArray csv = "sku,barcode,name,category,unit_price\n";
        for (int i = 0; i < 3000; ++i)
            csv += QByteArray("SKU-%1,,Savon de Karité parfumé n° %1,Hygiène,%2\n")
                       .replace("%1", QByteArray::number(i))
                       .replace("%2", QByteArray::number(250 + i));
        QVERIFY(csv.size() > 64 * 1024);
        const HttpTestReply reply = import(csv);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"created"_s).toInt(), 3000);
        QCOMPARE(productCount(), 3000);
    }

    void import_rejectsRowsWithTheirLineAndReason_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("reason");
        QTest::newRow("fraction") << QByteArray("S1,,Pain,,150.5")
                                  << u"unit_price: not a whole number of francs"_s;
        QTest::newRow("comma decimal")
            << QByteArray("S1,,Pain,,\"150,5\"") << u"unit_price: not a whole number of francs"_s;
        QTest::newRow("negative") << QByteArray("S1,,Pain,,-1")
                                  << u"unit_price: not a whole number of francs"_s;
        QTest::newRow("letters") << QByteArray("S1,,Pain,,cent")
                                 << u"unit_price: not a whole number of francs"_s;
        QTest::newRow("no price") << QByteArray("S1,,Pain,,") << u"unit_price: is required."_s;
        QTest::newRow("too big") << QByteArray("S1,,Pain,,9007199254740992")
                                 << u"unit_price: more than 9007199254740991 francs"_s;
        QTest::newRow("no name") << QByteArray("S1,,,,150") << u"name: is required."_s;
        QTest::newRow("long name")
            << ("S1,," + QByteArray(121, 'n') + ",,150") << u"name: has at most 120 characters."_s;
        QTest::newRow("few fields")
            << QByteArray("S1,Pain,150") << u"columns: 3 fields where the header has 5"_s;
        QTest::newRow("no code") << QByteArray(",,Pain,,150")
                                 << u"sku: a SKU or a barcode is needed to match the product"_s;
        QTest::newRow("taken barcode")
            << QByteArray("S1,6180000010019,Pain,,150") << u"barcode: belongs to another product"_s;
    }

    void import_rejectsRowsWithTheirLineAndReason()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, reason);
        createProduct(productBody(u"Bière Brakina"_s, 650, u"BOI-001"_s, u"6180000010019"_s));
        // A quoted field with a line break (refused: a name is one line) makes the bad row
        // start on line 4 of the file.
        const QByteArray csv = "sku,barcode,name,category,unit_price\n"
                               "S0,,\"Pain\nde mie\",Boulangerie,300\n" +
                               row + "\nS2,,Sucre,,50\n";
        const HttpTestReply reply = import(csv);
        QCOMPARE(reply.status, 200);
        const QJsonArray rejected = reply.json().value(u"rejected"_s).toArray();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected.at(0).toObject().value(u"line"_s).toInt(), 2);
        QCOMPARE(rejected.at(0).toObject().value(u"reason"_s).toString(),
                 u"name: must not contain control characters."_s);
        QCOMPARE(rejected.at(1).toObject().value(u"line"_s).toInt(), 4);
        QCOMPARE(rejected.at(1).toObject().value(u"reason"_s).toString(), reason);
        QCOMPARE(rejected.at(1).toObject().value(u"field"_s).toString(),
                 reason.section(u':', 0, 0));
        QCOMPARE(reply.json().value(u"rows"_s).toInt(), 3);
        QCOMPARE(reply.json().value(u"created"_s).toInt(), 1);
        QCOMPARE(productCount(), 2);
    }

    void import_readsSemicolonsBomCrlfQuotesAndAccents()
    {
        const QByteArray csv = "\xEF\xBB\xBF"
                               "SKU;Barcode;Name;Category;Unit_Price;Active\r\n"
                               "EPI-001;;\"Riz parfumé; 5 kg\";Épicerie;4500;oui\r\n"
                               "EPI-002;;\"Huile \"\"Dinor\"\" 1 l\";Épicerie;1500;non\r\n"
                               "\r\n"
                               "EPI-003;3017620422003;Café Nescafé;Épicerie; 2500 ;\r\n";
        const HttpTestReply reply = import(csv);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"separator"_s).toString(), u";"_s);
        QCOMPARE(reply.json().value(u"rejected"_s).toArray().size(), 0);
        QCOMPARE(reply.json().value(u"created"_s).toInt(), 3);
        QCOMPARE(reply.json().value(u"rows"_s).toInt(), 3);
        const QJsonArray preview = reply.json().value(u"preview"_s).toArray();
        QCOMPARE(preview.at(0).toObject().value(u"name"_s).toString(), u"Riz parfumé; 5 kg"_s);
        QCOMPARE(preview.at(0).toObject().value(u"category"_s).toString(), u"Épicerie"_s);
        QCOMPARE(preview.at(1).toObject().value(u"name"_s).toString(), u"Huile \"Dinor\" 1 l"_s);
        QCOMPARE(preview.at(1).toObject().value(u"active"_s).toBool(), false);
        QCOMPARE(preview.at(2).toObject().value(u"line"_s).toInt(), 5);
        QCOMPARE(preview.at(2).toObject().value(u"unit_price"_s).toInteger(), 2500);
        QCOMPARE(preview.at(2).toObject().value(u"active"_s).toBool(), true);
    }

    void import_updatesMatchedOnSkuElseBarcode_inOneTransaction()
    {
        const QString brakina =
            createProduct(productBody(u"Bière Brakina"_s, 650, u"BOI-001"_s, u"6180000010019"_s));
        const QString castel =
            createProduct(productBody(u"Bière Castel"_s, 700, {}, u"6180000010026"_s));
        const QByteArray csv = "sku,barcode,name,category,unit_price\n"
                               "BOI-001,6180000010019,Bière Brakina 65 cl,Boissons,675\n"
                               "BOI-002,6180000010026,Bière Castel 65 cl,Boissons,725\n"
                               "BOI-001,,Doublon,Boissons,1\n";
        const HttpTestReply reply = import(csv);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"created"_s).toInt(), 0);
        QCOMPARE(reply.json().value(u"updated"_s).toInt(), 2);
        const QJsonArray rejected = reply.json().value(u"rejected"_s).toArray();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).toObject().value(u"reason"_s).toString(),
                 u"sku: already on line 2"_s);
        QCOMPARE(productById(brakina).value(u"unit_price"_s).toInteger(), 675);
        // Found by its barcode; it gains the SKU the file gives it.
        QCOMPARE(productById(castel).value(u"sku"_s).toString(), u"BOI-002"_s);
        QCOMPARE(productById(castel).value(u"unit_price"_s).toInteger(), 725);
        // Without an active column an update keeps the product's state.
        QCOMPARE(productById(castel).value(u"active"_s).toBool(), true);
        QCOMPARE(productCount(), 2);
    }

    void import_badFile_is400NamingTheProblem_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty") << QByteArray() << u"header"_s;
        QTest::newRow("unknown column")
            << QByteArray("sku,barcode,name,category,price\n") << u"header"_s;
        QTest::newRow("missing column") << QByteArray("sku,name,unit_price\n") << u"header"_s;
        QTest::newRow("unclosed quote")
            << QByteArray("sku,barcode,name,category,unit_price\nS,,\"Pain,,1\n") << u"body"_s;
        QTest::newRow("latin-1") << QByteArray(
                                        "sku,barcode,name,category,unit_price\nS,,Caf\xE9,,1\n")
                                 << u"body"_s;
    }

    void import_badFile_is400NamingTheProblem()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, field);
        const HttpTestReply reply = import(csv);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"bad_request"_s);
        QCOMPARE(errorField(reply), field);
        const HttpTestReply badFlag =
            manager().postRaw(u"/api/v1/catalog/import?dry_run=yes"_s, "text/csv", "sku\n");
        QCOMPARE(errorField(badFlag), u"dry_run"_s);
        QCOMPARE(productCount(), 0);
    }

    void export_isExcelReadyCsv_thatImportsBackUnchanged()
    {
        createProduct(productBody(u"Bière Brakina 65 cl"_s, 650, u"BOI-001"_s, u"6180000010019"_s));
        createProduct(
            productBody(u"Riz \"parfumé\", 5 kg"_s, 4500, u"EPI-001"_s, {}, u"Épicerie"_s));
        QJsonObject huile =
            productBody(u"Huile; 1 l"_s, 1500, {}, u"3017620422003"_s, u"Épicerie"_s);
        huile.insert(u"active"_s, false);
        createProduct(huile);
        createProduct(productBody(u"Terrain"_s, 9007199254740991LL, u"X-1"_s, {}, {}));
        const QJsonArray before = array(manager().get(u"/api/v1/products?all=1"_s), u"products"_s);

        const HttpTestReply exported = manager().get(u"/api/v1/catalog/export.csv"_s);
        QCOMPARE(exported.status, 200);
        QVERIFY(exported.header("Content-Type").startsWith("text/csv"));
        QVERIFY(exported.body.startsWith("\xEF\xBB\xBF"
                                         "sku,barcode,name,category,unit_price,active\r\n"));
        QVERIFY(
            exported.body.contains("EPI-001,,\"Riz \"\"parfumé\"\", 5 kg\",Épicerie,4500,1\r\n"));
        QVERIFY(exported.body.contains(",3017620422003,\"Huile; 1 l\",Épicerie,1500,0\r\n"));
        QVERIFY(exported.body.contains("X-1,,Terrain,,9007199254740991,1\r\n"));
        const CatalogCsv::Document parsed = CatalogCsv::parse(QString::fromUtf8(exported.body));
        QCOMPARE(parsed.records.size(), 5);

        m_now += 60'000;
        const HttpTestReply again = import(exported.body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"rows"_s).toInt(), 4);
        QCOMPARE(again.json().value(u"created"_s).toInt(), 0);
        QCOMPARE(again.json().value(u"updated"_s).toInt(), 0);
        QCOMPARE(again.json().value(u"unchanged"_s).toInt(), 4);
        QCOMPARE(again.json().value(u"rejected"_s).toArray().size(), 0);
        QCOMPARE(array(manager().get(u"/api/v1/products?all=1"_s), u"products"_s), before);

        // And into an empty shop: the same catalog, new ids.
        QVERIFY(m_app->db().exec(u"DELETE FROM products"_s));
        const HttpTestReply fresh = import(exported.body);
        QCOMPARE(fresh.json().value(u"created"_s).toInt(), 4);
        QCOMPARE(manager().get(u"/api/v1/catalog/export.csv"_s).body, exported.body);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    TestAdminCatalog sqlite(false);
    int failures = QTest::qExec(&sqlite, argc, argv);
    if (!PgTestDatabase::serverUrl().isEmpty()) {
        TestAdminCatalog postgres(true);
        failures += QTest::qExec(&postgres, argc, argv);
    } else {
        qInfo("COMPTOIR_TEST_PG_URL is not set: PostgreSQL run skipped");
    }
    return failures;
}
#include "tst_admin_catalog.moc"
