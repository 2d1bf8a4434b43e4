#pragma once

// The server's one SQL connection (QtSql): SQLite by default in the standard data location (WAL,
// synchronous=FULL, foreign keys, busy timeout) or PostgreSQL from a URL
// "postgresql://user[:pass]@host[:port]/db". migrate() applies the versioned schema files compiled
// in as resources (:/migrations/<sqlite|postgres>/NNNN_name.sql), each in its own transaction and
// recorded in schema_migrations; on PostgreSQL an advisory lock makes concurrent starts apply each
// migration once. Platform migrations are 0001..0099, payments 0100+. Everything goes through
// prepared statements; dialect() tells where the SQL has to differ. Not thread-safe: use it from
// the thread that opened it (QSqlDatabase is per thread).

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Dialect { Sqlite, Postgres };

    struct Migration
    {
        int version = 0;
        QString name; // "0001_terminals"
        QString path; // resource or file path
    };

    // connectionName: empty picks a unique one.
    explicit Database(const QString &connectionName = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // url: empty -> SQLite at defaultSqlitePath(); "sqlite:PATH", "sqlite:///PATH" or a plain file
    // path -> SQLite; "postgresql://..." or "postgres://..." -> PostgreSQL (QPSQL).
    bool open(const QString &url);
    void close();
    bool isOpen() const;

    // Applies every pending migration found in `directory` (default: the compiled-in ones for
    // this dialect). Returns false, with errorString(), on the first failure.
    bool migrate(const QString &directory = {});
    // Versions recorded in schema_migrations, ascending.
    QList<int> appliedMigrations() const;
    static QList<Migration> migrationsIn(const QString &directory);
    static QString builtInMigrationDirectory(Dialect dialect);

    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::Postgres; }
    QString connectionName() const { return m_connectionName; }
    // The underlying connection (for QSqlQuery, or a driver's LISTEN/NOTIFY).
    QSqlDatabase handle() const;
    QString errorString() const { return m_error; }

    // True when the database answers "SELECT 1".
    bool ping();

    // Prepares, binds positionally (?) and executes; a statement without bindings (DDL, which
    // PostgreSQL cannot prepare) is executed directly. Values always go through bindings.
    // Returns the executed query or nothing (the error is logged and kept in errorString()).
    std::optional<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {});
    // Runs work inside a transaction: commits when it returns true, rolls back otherwise.
    bool inTransaction(const std::function<bool()> &work);

    // Rolls back on destruction unless commit() succeeded: keeps multi-row changes all-or-nothing.
    class Transaction
    {
    public:
        explicit Transaction(Database &database);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool isOpen() const { return m_open; }
        bool commit();

    private:
        Database &m_database;
        bool m_open = false;
    };

    // "<AppDataLocation>/comptoir-server.sqlite"
    static QString defaultSqlitePath();
    // The URL with any password replaced by "***", for logs.
    static QString redactUrl(const QString &url);

private:
    bool openSqlite(const QString &path);
    bool openPostgres(const QString &url);
    bool applyMigration(const Migration &migration);
    bool fail(const QString &message);

    QString m_connectionName;
    Dialect m_dialect = Dialect::Sqlite;
    QString m_error;
};
