#include "temp_database.h"

#include "storage/database_address.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <gtest/gtest.h>

namespace dd::test {

bool ScratchPostgres::configured()
{
    return !qEnvironmentVariable("DUTYDESK_TEST_POSTGRESQL").isEmpty();
}

ScratchPostgres::ScratchPostgres()
    : m_connection(QStringLiteral("dd-scratch-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
    const QString server = qEnvironmentVariable("DUTYDESK_TEST_POSTGRESQL");
    if (server.isEmpty()) {
        m_error = QStringLiteral("DUTYDESK_TEST_POSTGRESQL is not set (scripts/test sets it)");
        return;
    }
    auto address = DatabaseAddress::parse(server);
    if (!address) {
        m_error = address.error();
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    db.setHostName(address->host);
    db.setPort(address->port);
    db.setUserName(address->user);
    db.setPassword(address->password);
    db.setDatabaseName(address->database);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    const QString name =
        QStringLiteral("dd_t_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
        m_error = q.lastError().text();
        return;
    }
    m_name = name;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(address->user);
    url.setPassword(address->password);
    url.setHost(address->host);
    url.setPort(address->port);
    url.setPath(QLatin1Char('/') + name);
    m_url = url.toString();
}

ScratchPostgres::~ScratchPostgres()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen() && !m_name.isEmpty()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool TempBackend::onPostgres()
{
    return qEnvironmentVariable("DUTYDESK_TEST_BACKEND") == QLatin1String("postgresql")
           && ScratchPostgres::configured();
}

TempBackend::TempBackend()
    : m_clock(QDateTime(QDate(2026, 1, 5), QTime(2, 10), Qt::UTC))
{
    if (onPostgres()) {
        m_postgres = std::make_unique<ScratchPostgres>();
        if (m_postgres->url().isEmpty())
            ADD_FAILURE() << "cannot make a PostgreSQL test database: "
                          << m_postgres->error().toStdString();
    }
    reopen();
}

void TempBackend::reopen()
{
    m_backend.reset();
    auto opened = Backend::open(path(), OpenMode::ReadWrite, m_clock);
    if (!opened)
        ADD_FAILURE() << "cannot open test database: " << opened.error().toStdString();
    else
        m_backend = std::move(*opened);
}

Actor TempBackend::admin()
{
    if (!m_admin) {
        InstitutionProfile profile;
        profile.name = QStringLiteral("测试证券");
        auto a = m_backend->operators().createFirstAdministrator(profile, {QStringLiteral("admin"),
                                                                           QStringLiteral("管理员"),
                                                                           QStringLiteral("1000"),
                                                                           {Role::Administrator}});
        if (!a) {
            ADD_FAILURE() << a.error().toStdString();
            return Actor::nobody();
        }
        m_admin = *a;
    }
    return *m_admin;
}

} // namespace dd::test
