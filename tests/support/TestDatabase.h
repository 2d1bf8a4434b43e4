#pragma once

// A fresh, empty database for one test, the setup every server test repeats in init(): a SQLite
// file in its own QTemporaryDir, or a fresh PostgreSQL database next to COMPTOIR_TEST_PG_URL
// (PgTestDatabase) that is dropped afterwards. Tests that run on both add the rows of
// addBackendRows() to initTestCase_data() and build one from the "backend" column in init():
//
//     QFETCH_GLOBAL(QString, backend);
//     m_db = std::make_unique<TestDatabase>(backend);
//     if (!m_db->isAvailable())
//         QSKIP("COMPTOIR_TEST_PG_URL is not set");
//     QVERIFY2(m_db->create(), qPrintable(m_db->errorString()));
//     config.set(u"database/url"_s, m_db->url());

#include <QString>
#include <QTemporaryDir>

#include <memory>

class PgTestDatabase;

class TestDatabase
{
public:
    enum class Backend { Sqlite, Postgres };

    explicit TestDatabase(Backend backend);
    // "sqlite" or "postgres", as addBackendRows() names them.
    explicit TestDatabase(const QString &backendName);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // A "backend" column with the rows "sqlite" and "postgres", for initTestCase_data().
    static void addBackendRows();

    // False for PostgreSQL when COMPTOIR_TEST_PG_URL is not set (the test should QSKIP).
    bool isAvailable() const;
    bool create();

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    // What database/url takes: "sqlite:/tmp/.../test.sqlite" or "postgresql://.../<fresh>".
    QString url() const { return m_url; }
    // A scratch directory that lives as long as the database (for other files of the test).
    QString directory() const { return m_dir.path(); }
    QString errorString() const { return m_error; }

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;
    QString m_url;
    QString m_error;
};
