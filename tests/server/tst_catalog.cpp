// The server's catalog: GET /api/v1/products over real HTTP against an in-process server on port
// 0 (terminal token required, every product with its integer price and active flag, ?since=), the
// import behind `comptoir-server product import` (bad entries reported by index, good ones kept,
// re-import idempotent), and the binary's product commands. Runs on SQLite, then again on a fresh
// PostgreSQL database per test when COMPTOIR_TEST_PG_URL is set.

#include "HttpTestClient.h"
#include "PgTestDatabase.h"
#include "ServerApp.h"
#include "ServerClock.h"
#include "TerminalStore.h"
#include "TestDatabase.h"
#include "catalog/CatalogCli.h"
#include "catalog/CatalogModule.h"
#include "catalog/ProductStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QJsonObject product(const QString &id, const QString &sku, const QString &barcode,
                    const QString &name, qint64 price, bool active = true)
{
    return {{u"id"_s, id},
            {u"sku"_s, sku},
            {u"barcode"_s, barcode},
            {u"name"_s, name},
            {u"category"_s, u"Boissons"_s},
            {u"unit_price"_s, price},
            {u"active"_s, active}};
}

QByteArray catalog(const QJsonArray &products)
{
    return QJsonDocument(QJsonObject{{u"products"_s, products}}).toJson(QJsonDocument::Compact);
}

const QJsonArray kProducts{
    product(u"p001"_s, u"BOI-001"_s, u"6180000010019"_s, u"Bière Brakina 65 cl"_s, 650),
    product(u"p002"_s, u"BOI-002"_s, u"6180000010026"_s, u"Bière Castel 65 cl"_s, 700),
    // Gone from the shelves: still served, with its flag, so terminals hide it.
    product(u"p003"_s, u"BOI-003"_s, {}, u"Sucrerie Fanta 50 cl"_s, 400, false),
    // 2^53 - 1 francs: the largest price, exactly.
    product(u"p004"_s, {}, {}, u"Terrain"_s, 9007199254740991LL),
};

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

public:
    explicit TestCatalog(bool postgres)
        : m_postgres(postgres)
    {}

private:
    const bool m_postgres;
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    qint64 m_now = 0;
    QString m_databaseUrl;
    std::unique_ptr<ServerApp> m_app;
    QByteArray m_token;

    HttpTestReply getProducts(const QString &query = {}, const QByteArray &token = {}) const
    {
        HttpTestClient client(m_app->baseUrl());
        client.setHeader("Authorization", "Bearer " + (token.isEmpty() ? m_token : token));
        return client.get(u"/api/v1/products"_s + query);
    }

    QJsonArray served() const
    {
        const HttpTestReply reply = getProducts();
        if (reply.status != 200)
            qWarning() << reply.status << reply.body;
        return reply.json().value(u"products"_s).toArray();
    }

    int rowCount() const
    {
        auto query = m_app->db().exec(u"SELECT COUNT(*) FROM products"_s);
        return query && query->next() ? query->value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        ServerClock::setNowForTesting([this] { return m_now; });
    }

    void cleanupTestCase() { ServerClock::setNowForTesting({}); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(m_postgres ? TestDatabase::Backend::Postgres
                                                         : TestDatabase::Backend::Sqlite);
        QVERIFY2(m_db->create(), qPrintable(m_db->errorString()));
        m_databaseUrl = m_db->url();
        ServerConfig config;
        config.set(u"database/url"_s, m_databaseUrl);
        config.set(u"server/listen"_s, u"127.0.0.1:0"_s);
        m_app = std::make_unique<ServerApp>(std::move(config));
        m_app->addModule(std::make_unique<CatalogModule>());
        QVERIFY2(m_app->start(), qPrintable(m_app->errorString()));
        const auto terminal = TerminalStore(m_app->db()).add(u"Caisse 1"_s);
        QVERIFY(terminal);
        m_token = terminal->second;
    }

    void cleanup()
    {
        m_app.reset();
        m_db.reset();
    }

    void products_withoutOrWithWrongToken_give401()
    {
        HttpTestClient anonymous(m_app->baseUrl());
        const HttpTestReply reply = anonymous.get(u"/api/v1/products"_s);
        QCOMPARE(reply.status, 401);
        QVERIFY(!reply.errorCode().isEmpty());
        // A token that differs in its first character (never equal to the real one).
        QByteArray wrong = m_token;
        wrong[0] = wrong.at(0) == 'x' ? 'y' : 'x';
        QCOMPARE(getProducts({}, wrong).status, 401);
    }

    void products_emptyCatalog_isAnEmptyList()
    {
        const HttpTestReply reply = getProducts();
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().value(u"products"_s).isArray());
        QCOMPARE(reply.json().value(u"products"_s).toArray().size(), 0);
    }

    void listAfterImport_returnsTheProductsExactly()
    {
        const CatalogCli::ImportReport report =
            CatalogCli::importDocument(m_app->db(), catalog(kProducts));
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.rejected, QStringList());
        QCOMPARE(report.inserted, 4);

        const HttpTestReply reply = getProducts();
        QCOMPARE(reply.status, 200);
        const QJsonArray products = reply.json().value(u"products"_s).toArray();
        QCOMPARE(products.size(), kProducts.size());
        for (qsizetype i = 0; i < products.size(); ++i)
            QCOMPARE(products.at(i).toObject(), kProducts.at(i).toObject());
        // Prices travel as JSON integers, not as 650.0 or strings.
        QVERIFY(reply.body.contains("\"unit_price\":650}"));
        QVERIFY(reply.body.contains("\"unit_price\":9007199254740991}"));
        QVERIFY(!reply.body.contains("650.0"));
        // And they read back into the domain type the terminals use.
        for (const QJsonValue &value : products) {
            const Result<Product> parsed = Product::fromJson(value.toObject());
            QVERIFY(parsed);
        }
    }

    void import_rejectsBadEntriesByIndex_andKeepsTheGoodOnes()
    {
        QJsonArray products = kProducts;
        QJsonObject cents = product(u"p010"_s, {}, {}, u"Pain"_s, 0);
        cents.insert(u"unit_price"_s, 150.5);
        products.insert(1, cents);                          // [1]
        products.append(QJsonObject{{u"id"_s, u"p011"_s}}); // [5] no name, no price
        products.append(product(u"p012"_s, u"BOI-001"_s, {}, u"Copie"_s, 10)); // [6] SKU taken
        products.append(u"not an object"_s);                                   // [7]
        products.append(product(u"p001"_s, {}, {}, u"Doublon"_s, 1));          // [8] id seen before

        const CatalogCli::ImportReport report =
            CatalogCli::importDocument(m_app->db(), catalog(products));
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.imported(), 4);
        QCOMPARE(report.rejected.size(), 5);
        QVERIFY2(report.rejected.at(0).startsWith("products[1].unit_price"_L1),
                 qPrintable(report.rejected.at(0)));
        QVERIFY2(report.rejected.at(1).startsWith("products[5]"_L1),
                 qPrintable(report.rejected.at(1)));
        QVERIFY2(report.rejected.at(2).startsWith("products[6]"_L1),
                 qPrintable(report.rejected.at(2)));
        QVERIFY2(report.rejected.at(3).startsWith("products[7]"_L1),
                 qPrintable(report.rejected.at(3)));
        QVERIFY2(report.rejected.at(4).startsWith("products[8]"_L1),
                 qPrintable(report.rejected.at(4)));

        const QJsonArray served = this->served();
        QCOMPARE(served.size(), 4);
        QCOMPARE(served.at(0).toObject(), kProducts.at(0).toObject()); // not the "Doublon"
    }

    void import_notACatalog_isAnError()
    {
        QVERIFY(!CatalogCli::importDocument(m_app->db(), "{not json").error.isEmpty());
        QVERIFY(!CatalogCli::importDocument(m_app->db(), "[]").error.isEmpty());
        QVERIFY(!CatalogCli::importDocument(m_app->db(), "{\"items\":[]}").error.isEmpty());
        QCOMPARE(rowCount(), 0);
    }

    void reimport_isIdempotent_andUpdatesByUpsert()
    {
        QCOMPARE(CatalogCli::importDocument(m_app->db(), catalog(kProducts)).inserted, 4);
        const QJsonArray first = served();

        m_now += 60'000;
        const CatalogCli::ImportReport again =
            CatalogCli::importDocument(m_app->db(), catalog(kProducts));
        QCOMPARE(again.unchanged, 4);
        QCOMPARE(again.inserted + again.updated, 0);
        QCOMPARE(rowCount(), 4);
        QCOMPARE(served(), first);

        // A new price and a deactivation update the rows in place.
        QJsonArray changed = kProducts;
        QJsonObject castel = changed.at(1).toObject();
        castel.insert(u"unit_price"_s, 750);
        castel.insert(u"active"_s, false);
        changed.replace(1, castel);
        m_now += 60'000;
        const CatalogCli::ImportReport update =
            CatalogCli::importDocument(m_app->db(), catalog(changed));
        QCOMPARE(update.updated, 1);
        QCOMPARE(update.unchanged, 3);
        QCOMPARE(rowCount(), 4);
        QCOMPARE(served().at(1).toObject(), castel);
    }

    void since_returnsOnlyWhatChanged()
    {
        QCOMPARE(CatalogCli::importDocument(m_app->db(), catalog(kProducts)).inserted, 4);
        m_now += 60'000;
        const HttpTestReply all = getProducts();
        const QString asOf = all.json().value(u"as_of"_s).toString();
        QVERIFY(!asOf.isEmpty());

        m_now += 60'000;
        QJsonArray changed = kProducts;
        QJsonObject brakina = changed.at(0).toObject();
        brakina.insert(u"name"_s, u"Bière Brakina 65 cl (consigne)"_s);
        changed.replace(0, brakina);
        QCOMPARE(CatalogCli::importDocument(m_app->db(), catalog(changed)).updated, 1);

        const HttpTestReply delta = getProducts(u"?since="_s + asOf);
        QCOMPARE(delta.status, 200);
        const QJsonArray products = delta.json().value(u"products"_s).toArray();
        QCOMPARE(products.size(), 1);
        QCOMPARE(products.at(0).toObject(), brakina);

        const HttpTestReply bad = getProducts(u"?since=yesterday"_s);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), u"bad_request"_s);
    }

    void binary_productImportAndList()
    {
        if (m_postgres)
            QSKIP("the binary is exercised once, on SQLite");
        const QString file = m_dir.filePath(u"catalog.json"_s);
        QJsonArray products = kProducts;
        products.append(QJsonObject{{u"id"_s, u"p099"_s}, {u"unit_price"_s, 5}});
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(catalog(products));
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"COMPTOIR_DATABASE_URL"_s,
                           u"sqlite:"_s + m_dir.filePath(u"binary.sqlite"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        auto run = [&](const QStringList &arguments, QString *out, QString *err) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(COMPTOIR_BIN_DIR "/comptoir-server"), arguments);
            if (!process.waitForFinished(30000))
                return -1;
            *out = QString::fromUtf8(process.readAllStandardOutput());
            *err = QString::fromUtf8(process.readAllStandardError());
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        QString out;
        QString err;
        // One entry rejected: the others are imported, the exit code says something was wrong.
        QCOMPARE(run({u"product"_s, u"import"_s, file}, &out, &err), 1);
        QVERIFY2(out.contains("4 product(s) imported"_L1), qPrintable(out));
        QVERIFY2(err.contains("products[4]"_L1), qPrintable(err));
        QCOMPARE(run({u"product"_s, u"list"_s}, &out, &err), 0);
        QVERIFY2(out.contains("p004\t\t\tTerrain\tBoissons\t9007199254740991\tactive"_L1),
                 qPrintable(out));
        QVERIFY(out.contains("inactive"_L1));
        QCOMPARE(run({u"product"_s, u"import"_s}, &out, &err), 2);
        QCOMPARE(run({u"product"_s, u"import"_s, m_dir.filePath(u"missing.json"_s)}, &out, &err),
                 1);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    TestCatalog sqlite(false);
    int failures = QTest::qExec(&sqlite, argc, argv);
    if (!PgTestDatabase::serverUrl().isEmpty()) {
        TestCatalog postgres(true);
        failures += QTest::qExec(&postgres, argc, argv);
    } else {
        qInfo("COMPTOIR_TEST_PG_URL is not set: PostgreSQL run skipped");
    }
    return failures;
}
#include "tst_catalog.moc"
