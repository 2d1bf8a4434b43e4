#include "TestDatabase.h"

#include "PgTestDatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;

TestDatabase::TestDatabase(Backend backend)
    : m_backend(backend)
{}

TestDatabase::TestDatabase(const QString &backendName)
    : TestDatabase(backendName == "postgres"_L1 ? Backend::Postgres : Backend::Sqlite)
{}

TestDatabase::~TestDatabase() = default;

void TestDatabase::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

bool TestDatabase::isAvailable() const
{
    return !isPostgres() || !PgTestDatabase::serverUrl().isEmpty();
}

bool TestDatabase::create()
{
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary directory: "_s + m_dir.errorString();
        return false;
    }
    if (!isPostgres()) {
        m_url = u"sqlite:"_s + m_dir.filePath(u"test.sqlite"_s);
        return true;
    }
    m_pg = std::make_unique<PgTestDatabase>();
    if (!m_pg->create()) {
        m_error = m_pg->errorString();
        return false;
    }
    m_url = m_pg->url();
    return true;
}
