// Database: SQLite settings, versioned migrations (applied once, each all-or-nothing, safe when
// two processes start together) on SQLite and, when COMPTOIR_TEST_PG_URL is set, PostgreSQL.

#include "Database.h"
#include "PgTestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString sqliteUrl()
    {
        return u"sqlite:"_s + m_dir.filePath(u"db-%1.sqlite"_s.arg(++m_counter));
    }

    // A directory of migrations for the "failed migration" and concurrency cases.
    QString migrationDir(const QMap<QString, QByteArray> &files)
    {
        const QString path = m_dir.filePath(u"migrations-%1"_s.arg(++m_counter));
        QDir().mkpath(path);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QFile file(path + u'/' + it.key());
            if (!file.open(QIODevice::WriteOnly))
                return {};
            file.write(it.value());
        }
        return path;
    }

    static QStringList tables(Database &db)
    {
        QStringList names = db.handle().tables();
        names.sort();
        return names;
    }

    static void checkBuiltInSchema(Database &db)
    {
        const QList<int> applied = db.appliedMigrations();
        for (int version : {1, 2, 3, 4})
            QVERIFY2(applied.contains(version), qPrintable(QString::number(version)));
        const QStringList names = tables(db);
        for (const char *table :
             {"terminals", "users", "sessions", "audit_log", "schema_migrations"})
            QVERIFY2(names.contains(QLatin1StringView(table)), table);
        QCOMPARE(applied.size(),
                 Database::migrationsIn(Database::builtInMigrationDirectory(db.dialect())).size());
    }

    static void checkPreparedStatementsAndTransactions(Database &db)
    {
        QVERIFY(db.exec(u"CREATE TABLE t_notes (id INTEGER PRIMARY KEY, text TEXT)"_s));
        // A value that would break string-built SQL goes through untouched.
        const QString tricky = u"Robert'); DROP TABLE t_notes;--"_s;
        QVERIFY(db.exec(u"INSERT INTO t_notes (id, text) VALUES (?, ?)"_s, {1, tricky}));
        auto query = db.exec(u"SELECT text FROM t_notes WHERE id = ?"_s, {1});
        QVERIFY(query && query->next());
        QCOMPARE(query->value(0).toString(), tricky);

        QVERIFY(!db.inTransaction([&] {
            db.exec(u"INSERT INTO t_notes (id, text) VALUES (?, ?)"_s, {2, u"rolled back"_s});
            return false;
        }));
        {
            Database::Transaction transaction(db);
            QVERIFY(transaction.isOpen());
            QVERIFY(db.exec(u"INSERT INTO t_notes (id, text) VALUES (?, ?)"_s, {3, u"dropped"_s}));
        } // no commit
        QVERIFY(db.inTransaction([&] {
            return db.exec(u"INSERT INTO t_notes (id, text) VALUES (?, ?)"_s, {4, u"kept"_s})
                .has_value();
        }));
        auto count = db.exec(u"SELECT id FROM t_notes ORDER BY id"_s);
        QVERIFY(count);
        QList<int> ids;
        while (count->next())
            ids.append(count->value(0).toInt());
        QCOMPARE(ids, QList<int>({1, 4}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void sqlite_isConfiguredForDurability()
    {
        Database db;
        QVERIFY2(db.open(sqliteUrl()), qPrintable(db.errorString()));
        QCOMPARE(db.dialect(), Database::Dialect::Sqlite);
        auto mode = db.exec(u"PRAGMA journal_mode"_s);
        QVERIFY(mode && mode->next());
        QCOMPARE(mode->value(0).toString(), u"wal"_s);
        auto sync = db.exec(u"PRAGMA synchronous"_s);
        QVERIFY(sync && sync->next());
        QCOMPARE(sync->value(0).toInt(), 2); // FULL
        auto keys = db.exec(u"PRAGMA foreign_keys"_s);
        QVERIFY(keys && keys->next());
        QCOMPARE(keys->value(0).toInt(), 1);
        QVERIFY(db.ping());
    }

    void sqlite_defaultPathIsInTheDataLocation()
    {
        QVERIFY(Database::defaultSqlitePath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        Database db;
        QVERIFY2(db.open({}), qPrintable(db.errorString()));
        QVERIFY(QFile::exists(Database::defaultSqlitePath()));
    }

    void sqlite_migrationsApplyOnceAndRecordEachVersion()
    {
        Database db;
        QVERIFY(db.open(sqliteUrl()));
        QVERIFY2(db.migrate(), qPrintable(db.errorString()));
        checkBuiltInSchema(db);
        const QList<int> before = db.appliedMigrations();
        QVERIFY2(db.migrate(), qPrintable(db.errorString()));
        QCOMPARE(db.appliedMigrations(), before);
    }

    void sqlite_preparedStatementsAndTransactions()
    {
        Database db;
        QVERIFY(db.open(sqliteUrl()));
        checkPreparedStatementsAndTransactions(db);
    }

    void failedMigration_rollsBackAndStops()
    {
        const QString dir = migrationDir({
            {u"0001_first.sql"_s, "CREATE TABLE first (id INTEGER);"},
            {u"0002_broken.sql"_s,
             "CREATE TABLE second (id INTEGER);\nINSERT INTO nowhere VALUES (1);"},
            {u"0003_never.sql"_s, "CREATE TABLE third (id INTEGER);"},
        });
        Database db;
        QVERIFY(db.open(sqliteUrl()));
        QVERIFY(!db.migrate(dir));
        QVERIFY(db.errorString().contains("0002_broken"_L1));
        QCOMPARE(db.appliedMigrations(), QList<int>({1}));
        const QStringList names = tables(db);
        QVERIFY(names.contains("first"_L1));
        QVERIFY(!names.contains("second"_L1)); // the broken file left nothing behind
        QVERIFY(!names.contains("third"_L1));
    }

    void migrationFiles_areSplitAtTopLevelSemicolonsOnly()
    {
        const QString dir = migrationDir({
            {u"0001_text.sql"_s,
             "-- a comment; with a semicolon\n"
             "CREATE TABLE notes (id INTEGER, text TEXT); /* block; comment */\n"
             "INSERT INTO notes VALUES (1, 'a;b ''quoted;'' c');\n"
             "INSERT INTO notes VALUES (2, \"x\");\n"},
        });
        Database db;
        QVERIFY(db.open(sqliteUrl()));
        QVERIFY2(db.migrate(dir), qPrintable(db.errorString()));
        auto query = db.exec(u"SELECT text FROM notes WHERE id = 1"_s);
        QVERIFY(query && query->next());
        QCOMPARE(query->value(0).toString(), u"a;b 'quoted;' c"_s);
    }

    void duplicateVersions_areRefused()
    {
        const QString dir = migrationDir({
            {u"0001_a.sql"_s, "CREATE TABLE a (id INTEGER);"},
            {u"0001_b.sql"_s, "CREATE TABLE b (id INTEGER);"},
        });
        Database db;
        QVERIFY(db.open(sqliteUrl()));
        QVERIFY(!db.migrate(dir));
        QVERIFY(db.appliedMigrations().isEmpty());
    }

    void sqlite_concurrentMigrations_applyEachOnce()
    {
        const QString url = sqliteUrl();
        std::atomic<int> succeeded = 0;
        auto migrate = [&] {
            Database db;
            if (db.open(url) && db.migrate())
                ++succeeded;
        };
        std::thread a(migrate);
        std::thread b(migrate);
        a.join();
        b.join();
        QCOMPARE(succeeded.load(), 2);
        Database db;
        QVERIFY(db.open(url));
        checkBuiltInSchema(db);
    }

    void redactUrl_hidesThePassword()
    {
        QCOMPARE(Database::redactUrl(u"postgresql://pos:s3cret@db:5432/shop"_s),
                 u"postgresql://pos:***@db:5432/shop"_s);
        QCOMPARE(Database::redactUrl(u"postgresql://pos@db/shop"_s), u"postgresql://pos@db/shop"_s);
    }

    void malformedPostgresUrl_isAClearError()
    {
        Database db;
        QVERIFY(!db.open(u"postgresql://user:pw@/"_s));
        QVERIFY(db.errorString().contains("postgresql://"_L1));
        QVERIFY(!db.errorString().contains("pw"_L1));
    }

    void postgres_migrationsAndStatements()
    {
        PgTestDatabase pg;
        if (PgTestDatabase::serverUrl().isEmpty())
            QSKIP("COMPTOIR_TEST_PG_URL is not set (make test starts PostgreSQL)");
        QVERIFY2(pg.create(), qPrintable(pg.errorString()));
        Database db;
        QVERIFY2(db.open(pg.url()), qPrintable(db.errorString()));
        QCOMPARE(db.dialect(), Database::Dialect::Postgres);
        QVERIFY(db.ping());
        QVERIFY2(db.migrate(), qPrintable(db.errorString()));
        checkBuiltInSchema(db);
        const QList<int> before = db.appliedMigrations();
        QVERIFY2(db.migrate(), qPrintable(db.errorString()));
        QCOMPARE(db.appliedMigrations(), before);
        checkPreparedStatementsAndTransactions(db);
    }

    void postgres_concurrentStarts_applyEachMigrationOnce()
    {
        PgTestDatabase pg;
        if (PgTestDatabase::serverUrl().isEmpty())
            QSKIP("COMPTOIR_TEST_PG_URL is not set (make test starts PostgreSQL)");
        QVERIFY2(pg.create(), qPrintable(pg.errorString()));
        // Without the advisory lock, the second CREATE TABLE fails ("already exists").
        std::atomic<int> succeeded = 0;
        const QString url = pg.url();
        auto migrate = [&] {
            Database db;
            if (db.open(url) && db.migrate())
                ++succeeded;
        };
        std::thread a(migrate);
        std::thread b(migrate);
        std::thread c(migrate);
        a.join();
        b.join();
        c.join();
        QCOMPARE(succeeded.load(), 3);
        Database db;
        QVERIFY(db.open(url));
        checkBuiltInSchema(db);
    }

    void postgres_failedMigration_rollsBack()
    {
        PgTestDatabase pg;
        if (PgTestDatabase::serverUrl().isEmpty())
            QSKIP("COMPTOIR_TEST_PG_URL is not set (make test starts PostgreSQL)");
        QVERIFY2(pg.create(), qPrintable(pg.errorString()));
        const QString dir = migrationDir({
            {u"0001_first.sql"_s, "CREATE TABLE first (id INTEGER);"},
            {u"0002_broken.sql"_s, "CREATE TABLE second (id INTEGER); SELECT * FROM nowhere;"},
        });
        Database db;
        QVERIFY(db.open(pg.url()));
        QVERIFY(!db.migrate(dir));
        QCOMPARE(db.appliedMigrations(), QList<int>({1}));
        QVERIFY(!tables(db).contains("second"_L1)); // DDL is transactional on PostgreSQL
        // The lock was released: another migration run proceeds.
        QVERIFY(!db.migrate(dir));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
