#pragma once

// A fresh, empty PostgreSQL database for one test, created next to the one named by
// COMPTOIR_TEST_PG_URL (which `make test` sets through scripts/start-postgres.sh) and dropped
// afterwards, so PostgreSQL tests never see each other's rows. Tests QSKIP when the variable is
// absent.

#include <QString>

class PgTestDatabase
{
public:
    PgTestDatabase();
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    // COMPTOIR_TEST_PG_URL, empty when PostgreSQL tests should be skipped.
    static QString serverUrl();

    bool create();
    // postgresql://user@host:port/<fresh database>
    QString url() const { return m_url; }
    QString errorString() const { return m_error; }

private:
    bool execute(const QString &sql);

    QString m_name;
    QString m_url;
    QString m_error;
    QString m_connection;
};
