#include "storage/database_address.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace dd {

namespace {

// libpq connection keywords a console may pass through (TLS, timeouts, identification).
bool knownOption(const QString &key)
{
    static const QStringList known{QStringLiteral("sslmode"),
                                   QStringLiteral("sslrootcert"),
                                   QStringLiteral("sslcert"),
                                   QStringLiteral("sslkey"),
                                   QStringLiteral("sslcrl"),
                                   QStringLiteral("sslpassword"),
                                   QStringLiteral("sslcompression"),
                                   QStringLiteral("ssl_min_protocol_version"),
                                   QStringLiteral("connect_timeout"),
                                   QStringLiteral("application_name"),
                                   QStringLiteral("target_session_attrs"),
                                   QStringLiteral("keepalives"),
                                   QStringLiteral("keepalives_idle"),
                                   QStringLiteral("keepalives_interval"),
                                   QStringLiteral("keepalives_count"),
                                   QStringLiteral("tcp_user_timeout"),
                                   QStringLiteral("passfile"),
                                   QStringLiteral("channel_binding"),
                                   QStringLiteral("gssencmode"),
                                   QStringLiteral("krbsrvname"),
                                   QStringLiteral("service")};
    return known.contains(key);
}

} // namespace

bool DatabaseAddress::isUrl(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<DatabaseAddress> DatabaseAddress::parse(const QString &text)
{
    DatabaseAddress a;
    if (!isUrl(text)) {
        if (text.trimmed().isEmpty())
            return fail(tr("No database was given."));
        a.file = text;
        return a;
    }
    a.kind = Kind::PostgreSQL;
    // A list of servers sharing one port ("db1,db2:5432", a primary and its standbys, as
    // libpq takes them): QUrl knows one host, so it parses the address with the first one and
    // each further name is checked the same way.
    QString address = text.trimmed();
    QStringList moreHosts;
    static const QRegularExpression hostList(
        QStringLiteral("^([a-z]+://(?:[^@/?#]*@)?)([^/?#:@,]*(?:,[^/?#:@,]*)+)(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = hostList.match(address); m.hasMatch()) {
        QStringList hosts = m.captured(2).split(QLatin1Char(','));
        for (const QString &h : std::as_const(hosts)) {
            const QUrl one(QStringLiteral("postgresql://") + h, QUrl::StrictMode);
            if (h.isEmpty() || !one.isValid() || one.host().isEmpty())
                return fail(tr("The database address names the server “%1”, which is not a "
                               "valid host name (a list of servers is written "
                               "host1,host2:port).")
                                .arg(h));
        }
        address = m.captured(1) + hosts.takeFirst() + m.captured(3);
        moreHosts = hosts;
    }
    const QUrl url(address, QUrl::StrictMode);
    const QString shown = QStringLiteral("postgresql://…");
    if (!url.isValid())
        return fail(tr("The database address is not a valid URL: %1").arg(url.errorString()));
    a.host = url.host();
    for (const QString &h : std::as_const(moreHosts))
        a.host += QLatin1Char(',') + QUrl(QStringLiteral("postgresql://") + h).host();
    if (a.host.isEmpty())
        return fail(tr("The database address %1 names no server: expected "
                       "postgresql://user@host:port/database.")
                        .arg(shown));
    a.port = url.port(5432);
    if (a.port <= 0 || a.port > 65535)
        return fail(tr("The database address has no valid port (1–65535)."));
    a.user = url.userName(QUrl::FullyDecoded);
    if (a.user.isEmpty())
        return fail(tr("The database address names no user: expected "
                       "postgresql://user@host:port/database."));
    a.password = url.password(QUrl::FullyDecoded);
    a.database = url.path(QUrl::FullyDecoded);
    if (a.database.startsWith(QLatin1Char('/')))
        a.database.remove(0, 1);
    static const QRegularExpression name(QStringLiteral("^[^/\\s]+$"));
    if (!name.match(a.database).hasMatch())
        return fail(tr("The database address names no database after the server: expected "
                       "postgresql://user@host:port/database."));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownOption(key))
            return fail(tr("The database address has the option “%1”, which is not a "
                           "connection option DutyDesk passes on (for example sslmode, "
                           "sslrootcert, connect_timeout).")
                            .arg(key));
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
            return fail(tr("The value of the option “%1” may not contain spaces or “;”.").arg(key));
        a.options.append({key, value});
    }
    return a;
}

QString DatabaseAddress::display() const
{
    if (!isPostgreSQL())
        return file;
    QString s = QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    QStringList opts;
    for (const auto &[key, value] : options)
        if (!key.contains(QLatin1String("password")))
            opts << key + QLatin1Char('=') + value;
    if (!opts.isEmpty())
        s += QLatin1Char('?') + opts.join(QLatin1Char('&'));
    return s;
}

QString DatabaseAddress::text() const
{
    if (!isPostgreSQL())
        return file;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setPassword(password);
    // QUrl takes one host: a list of servers goes in after (host names need no encoding).
    const QString placeholder = QStringLiteral("dutydesk-hosts.invalid");
    url.setHost(host.contains(QLatin1Char(',')) ? placeholder : host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    for (const auto &[key, value] : options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    QString s = url.toString(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(',')))
        s.replace(placeholder, host);
    return s;
}

QString DatabaseAddress::connectOptions() const
{
    QStringList opts;
    for (const auto &[key, value] : options)
        opts << key + QLatin1Char('=') + value;
    return opts.join(QLatin1Char(';'));
}

} // namespace dd
