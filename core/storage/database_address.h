#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace dd {

// Where a console's database is: an SQLite file (the embedded default for one desk) or a
// shared PostgreSQL server, given as
//   postgresql://user[:password]@host[:port]/dbname[?sslmode=require&sslrootcert=FILE&...]
// (also postgres://). The query options are passed to libpq as they are (TLS options, the
// connect timeout); a missing password is looked up by libpq in PGPASSWORD or ~/.pgpass, or
// asked for by the console.
struct DatabaseAddress {
    Q_DECLARE_TR_FUNCTIONS(dd::DatabaseAddress)
public:
    enum class Kind { SQLiteFile, PostgreSQL };

    Kind kind = Kind::SQLiteFile;
    QString file; // SQLite
    QString user; // PostgreSQL
    QString password;
    QString host;
    int port = 5432;
    QString database;
    QList<std::pair<QString, QString>> options; // libpq keyword=value, in the given order

    static bool isUrl(const QString &text); // starts with postgresql:// or postgres://
    // A file path stays a file path; a URL is parsed, a bad one refused naming the part.
    static Result<DatabaseAddress> parse(const QString &text);

    bool isPostgreSQL() const { return kind == Kind::PostgreSQL; }
    // For messages and titles: the file, or the URL without the password.
    QString display() const;
    // The address again as text, password included (to open it; never to show).
    QString text() const;
    // The options as QSqlDatabase::setConnectOptions() takes them ("k=v;k=v").
    QString connectOptions() const;
};

} // namespace dd
