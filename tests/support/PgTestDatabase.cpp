#include "PgTestDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

PgTestDatabase::PgTestDatabase()
    : m_connection(u"pgtest-"_s + QUuid::createUuid().toString(QUuid::Id128))
{}

PgTestDatabase::~PgTestDatabase()
{
    if (!m_name.isEmpty())
        execute(u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s);
    QSqlDatabase::removeDatabase(m_connection);
}

QString PgTestDatabase::serverUrl()
{
    return qEnvironmentVariable("COMPTOIR_TEST_PG_URL");
}

bool PgTestDatabase::execute(const QString &sql)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isValid()) {
        const QUrl url(serverUrl());
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    }
    if (!db.isOpen() && !db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool PgTestDatabase::create()
{
    if (serverUrl().isEmpty()) {
        m_error = u"COMPTOIR_TEST_PG_URL is not set"_s;
        return false;
    }
    const QString name = u"comptoir_t_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (!execute(u"CREATE DATABASE "_s + name))
        return false;
    m_name = name;
    QUrl url(serverUrl());
    url.setPath(u'/' + name);
    m_url = url.toString();
    return true;
}
