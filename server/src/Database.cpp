#include "Database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "comptoir.server.database", QtInfoMsg)

namespace {

// Any constant shared by every comptoir-server: the advisory lock that serialises migrations.
constexpr qint64 kMigrationLockKey = 0x436f6d7074; // "Compt"

// Splits a schema file into statements at top-level semicolons, skipping comments and keeping
// quoted text and PostgreSQL $tag$ bodies intact.
QStringList splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool hasCode = false;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    auto flush = [&] {
        if (hasCode)
            statements.append(current.trimmed());
        current.clear();
        hasCode = false;
    };
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && next == u'*') {
            const qsizetype end = sql.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 2;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            qsizetype j = i + 1;
            while (j < n) {
                if (sql.at(j) == c) {
                    if (j + 1 < n && sql.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += sql.mid(i, j + 1 - i);
            hasCode = true;
            i = j + 1;
            continue;
        }
        if (c == u'$') {
            static const QRegularExpression tag(u"\\$[A-Za-z_]*\\$"_s);
            const QRegularExpressionMatch m =
                tag.match(sql, i, QRegularExpression::NormalMatch,
                          QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                const qsizetype end = sql.indexOf(m.captured(), i + m.capturedLength());
                const qsizetype stop = end < 0 ? n : end + m.capturedLength();
                current += sql.mid(i, stop - i);
                hasCode = true;
                i = stop;
                continue;
            }
        }
        if (c == u';') {
            flush();
            ++i;
            continue;
        }
        current += c;
        if (!c.isSpace())
            hasCode = true;
        ++i;
    }
    flush();
    return statements;
}

QString uniqueConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"comptoir-db-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(const QString &connectionName)
    : m_connectionName(connectionName.isEmpty() ? uniqueConnectionName() : connectionName)
{}

Database::~Database()
{
    close();
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && handle().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = handle();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcDatabase).noquote() << message;
    return false;
}

QString Database::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/comptoir-server.sqlite"_s;
}

QString Database::redactUrl(const QString &url)
{
    QUrl parsed(url);
    if (!parsed.isValid() || parsed.password().isEmpty())
        return url;
    parsed.setPassword(u"***"_s);
    return parsed.toString();
}

bool Database::open(const QString &url)
{
    close();
    m_error.clear();
    if (url.startsWith("postgresql://"_L1) || url.startsWith("postgres://"_L1))
        return openPostgres(url);
    QString path = url;
    if (path.startsWith("sqlite://"_L1))
        path = path.mid(9);
    else if (path.startsWith("sqlite:"_L1))
        path = path.mid(7);
    if (path.isEmpty())
        path = defaultSqlitePath();
    return openSqlite(path);
}

bool Database::openSqlite(const QString &path)
{
    m_dialect = Dialect::Sqlite;
    if (path != ":memory:"_L1) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            return fail(tr("cannot create the data folder %1").arg(dir));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return fail(tr("cannot open the SQLite database %1: %2").arg(path, db.lastError().text()));
    // WAL lets readers run during a write; FULL makes a committed payment survive a power cut.
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                  u"PRAGMA foreign_keys=ON"_s, u"PRAGMA busy_timeout=5000"_s}) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return fail(
                tr("cannot configure SQLite (%1): %2").arg(pragma, query.lastError().text()));
    }
    qCDebug(lcDatabase).noquote() << "SQLite database" << path;
    return true;
}

bool Database::openPostgres(const QString &url)
{
    m_dialect = Dialect::Postgres;
    const QUrl parsed(url);
    const QString name = parsed.path().mid(1);
    if (!parsed.isValid() || parsed.host().isEmpty() || name.isEmpty())
        return fail(tr("malformed PostgreSQL URL %1 (expected postgresql://user:pass@host:port/db)")
                        .arg(redactUrl(url)));
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return fail(tr("the Qt PostgreSQL driver (QPSQL) is not installed"));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setDatabaseName(name);
    db.setUserName(parsed.userName(QUrl::FullyDecoded));
    db.setPassword(parsed.password(QUrl::FullyDecoded));
    // Query items such as ?sslmode=require&connect_timeout=5 pass through to libpq.
    QStringList options;
    const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        options.append(key + u'=' + value);
    db.setConnectOptions(options.join(u';'));
    if (!db.open())
        return fail(tr("cannot connect to PostgreSQL at %1: %2")
                        .arg(redactUrl(url), db.lastError().text()));
    qCDebug(lcDatabase).noquote() << "PostgreSQL database" << redactUrl(url);
    return true;
}

bool Database::ping()
{
    if (!isOpen())
        return false;
    if (exec(u"SELECT 1"_s))
        return true;
    // A PostgreSQL connection that dropped (server restart) does not come back by itself.
    if (isPostgres()) {
        QSqlDatabase db = handle();
        db.close();
        if (db.open() && exec(u"SELECT 1"_s))
            return true;
    }
    return false;
}

std::optional<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(handle());
    query.setForwardOnly(true);
    // Without values there is nothing to inject, and PostgreSQL cannot PREPARE DDL.
    if (bindings.isEmpty()) {
        if (!query.exec(sql)) {
            fail(tr("query failed \"%1\": %2").arg(sql.left(80), query.lastError().text()));
            return std::nullopt;
        }
        return query;
    }
    if (!query.prepare(sql)) {
        fail(tr("cannot prepare \"%1\": %2").arg(sql.left(80), query.lastError().text()));
        return std::nullopt;
    }
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(tr("query failed \"%1\": %2").arg(sql.left(80), query.lastError().text()));
        return std::nullopt;
    }
    return query;
}

bool Database::inTransaction(const std::function<bool()> &work)
{
    Transaction transaction(*this);
    if (!transaction.isOpen())
        return false;
    if (!work())
        return false;
    return transaction.commit();
}

Database::Transaction::Transaction(Database &database)
    : m_database(database)
{
    // SQLite: take the write lock up front, so two writers wait for each other (busy timeout)
    // instead of failing when a read transaction turns into a write.
    if (m_database.isPostgres()) {
        QSqlDatabase db = m_database.handle();
        m_open = db.transaction();
        if (!m_open)
            m_database.fail(tr("cannot begin a transaction: %1").arg(db.lastError().text()));
    } else {
        QSqlQuery query(m_database.handle());
        m_open = query.exec(u"BEGIN IMMEDIATE"_s);
        if (!m_open)
            m_database.fail(tr("cannot begin a transaction: %1").arg(query.lastError().text()));
    }
}

Database::Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_database.isPostgres()) {
        m_database.handle().rollback();
    } else {
        QSqlQuery query(m_database.handle());
        query.exec(u"ROLLBACK"_s);
    }
}

bool Database::Transaction::commit()
{
    if (!m_open)
        return false;
    m_open = false;
    bool ok = false;
    QString error;
    if (m_database.isPostgres()) {
        QSqlDatabase db = m_database.handle();
        ok = db.commit();
        error = db.lastError().text();
        if (!ok)
            db.rollback();
    } else {
        QSqlQuery query(m_database.handle());
        ok = query.exec(u"COMMIT"_s);
        error = query.lastError().text();
        if (!ok)
            query.exec(u"ROLLBACK"_s);
    }
    if (!ok)
        m_database.fail(tr("commit failed: %1").arg(error));
    return ok;
}

QString Database::builtInMigrationDirectory(Dialect dialect)
{
    return dialect == Dialect::Postgres ? u":/migrations/postgres"_s : u":/migrations/sqlite"_s;
}

QList<Database::Migration> Database::migrationsIn(const QString &directory)
{
    static const QRegularExpression pattern(u"^(\\d{4})_[A-Za-z0-9_]+\\.sql$"_s);
    QList<Migration> migrations;
    const QDir dir(directory);
    for (const QString &file : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch()) {
            qCWarning(lcDatabase) << "ignoring misnamed migration" << file;
            continue;
        }
        migrations.append({match.captured(1).toInt(), file.chopped(4), dir.filePath(file)});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

QList<int> Database::appliedMigrations() const
{
    QList<int> versions;
    QSqlQuery query(handle());
    if (!query.exec(u"SELECT version FROM schema_migrations ORDER BY version"_s))
        return versions;
    while (query.next())
        versions.append(query.value(0).toInt());
    return versions;
}

bool Database::migrate(const QString &directory)
{
    if (!isOpen())
        return fail(tr("the database is not open"));
    const QList<Migration> migrations =
        migrationsIn(directory.isEmpty() ? builtInMigrationDirectory(m_dialect) : directory);
    for (qsizetype i = 1; i < migrations.size(); ++i) {
        if (migrations.at(i).version == migrations.at(i - 1).version)
            return fail(tr("two migrations carry version %1: %2 and %3")
                            .arg(migrations.at(i).version)
                            .arg(migrations.at(i - 1).name, migrations.at(i).name));
    }

    // PostgreSQL: one process at a time migrates; the others wait here, then find nothing to do.
    if (isPostgres() && !exec(u"SELECT pg_advisory_lock(?)"_s, {kMigrationLockKey}))
        return false;
    bool ok = exec(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                   u"name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s)
                  .has_value();
    for (const Migration &migration : migrations) {
        if (!ok)
            break;
        ok = applyMigration(migration);
    }
    if (isPostgres())
        exec(u"SELECT pg_advisory_unlock(?)"_s, {kMigrationLockKey});
    return ok;
}

bool Database::applyMigration(const Migration &migration)
{
    Transaction transaction(*this);
    if (!transaction.isOpen())
        return false;
    // Checked inside the transaction: on SQLite the write lock is already ours.
    auto done = exec(u"SELECT 1 FROM schema_migrations WHERE version = ?"_s, {migration.version});
    if (!done)
        return false;
    if (done->next())
        return transaction.commit();

    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read migration %1").arg(migration.path));
    const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
    for (const QString &statement : statements) {
        QSqlQuery query(handle());
        if (!query.exec(statement))
            return fail(tr("migration %1 failed: %2\n%3")
                            .arg(migration.name, query.lastError().text(), statement.left(200)));
    }
    if (!exec(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s,
              {migration.version, migration.name, QDateTime::currentMSecsSinceEpoch()}))
        return false;
    if (!transaction.commit())
        return false;
    qCInfo(lcDatabase).noquote() << "applied migration" << migration.name;
    return true;
}
