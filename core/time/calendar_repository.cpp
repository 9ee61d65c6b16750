#include "time/calendar_repository.h"

#include "audit/audit_log.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace dd {

namespace {
// A year file is a few kilobytes; anything far larger is not one.
constexpr qint64 MaxFileBytes = 1024 * 1024;
} // namespace

CalendarRepository::CalendarRepository(Database &db, AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

Result<int> CalendarRepository::importYear(const Actor &actor, const QString &filePath)
{
    if (Status allowed = actor.require(Permission::ManageSettings); !allowed)
        return allowed.takeError();

    const QString fileName = QFileInfo(filePath).fileName();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(filePath, file.errorString()));
    if (file.size() > MaxFileBytes)
        return fail(tr("%1 is too large for a calendar year file (%2 bytes).")
                        .arg(fileName)
                        .arg(file.size()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(tr("%1 cannot be read: %2").arg(filePath, file.errorString()));

    auto parsed = TradingCalendar::parseYear(bytes, fileName);
    if (!parsed)
        return parsed.takeError();
    const int year = parsed->year;
    const QString content = QString::fromUtf8(bytes);
    const QString importedAt = toStoredTime(m_clock.now());

    return m_db.write([&]() -> Result<int> {
        auto old =
            m_db.exec(QStringLiteral(
                          "SELECT source, content, imported_at FROM calendar_years WHERE year = ?"),
                      {year});
        if (!old)
            return old.takeError();
        QJsonObject before;
        if (old->next()) {
            before.insert(QStringLiteral("year"), year);
            before.insert(QStringLiteral("source"), old->value(0).toString());
            before.insert(QStringLiteral("content"), old->value(1).toString());
            before.insert(QStringLiteral("imported_at"), old->value(2).toString());
        }
        auto stored = m_db.exec(
            QStringLiteral("INSERT INTO calendar_years (year, source, content, imported_at) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT(year) DO UPDATE SET "
                           "source = excluded.source, content = excluded.content, "
                           "imported_at = excluded.imported_at"),
            {year, fileName, content, importedAt});
        if (!stored)
            return stored.takeError();
        const QJsonObject after{{QStringLiteral("year"), year},
                                {QStringLiteral("source"), fileName},
                                {QStringLiteral("content"), content},
                                {QStringLiteral("imported_at"), importedAt}};
        auto logged = m_audit.append(actor, {QStringLiteral("calendar.import"),
                                             QStringLiteral("calendar_year"), QString::number(year),
                                             before, after});
        if (!logged)
            return logged.takeError();
        return year;
    });
}

Result<TradingCalendar> CalendarRepository::load() const
{
    auto calendar = TradingCalendar::builtIn();
    if (!calendar)
        return calendar.takeError();
    auto rows =
        m_db.exec(QStringLiteral("SELECT year, source, content FROM calendar_years ORDER BY year"));
    if (!rows)
        return rows.takeError();
    while (rows->next()) {
        const int year = rows->value(0).toInt();
        const QString source = rows->value(1).toString();
        auto parsed = TradingCalendar::parseYear(rows->value(2).toString().toUtf8(), source);
        if (!parsed)
            return fail(tr("The imported trading calendar for %1 can no longer be read; import "
                           "the year again. %2")
                            .arg(year)
                            .arg(parsed.error()));
        if (parsed->year != year)
            return fail(tr("The imported trading calendar for %1 holds the year %2; import the "
                           "year again.")
                            .arg(year)
                            .arg(parsed->year));
        calendar->setYear(*parsed);
    }
    return calendar;
}

} // namespace dd
