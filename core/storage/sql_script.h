#pragma once

#include <QString>
#include <QStringList>

namespace dd {

// Splits an SQL script into single statements (QtSql runs one statement per exec). Knows about
// quotes, comments and the BEGIN ... END body of CREATE TRIGGER.
QStringList splitSqlScript(const QString &script);

} // namespace dd
