#include "app/backend.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace dd {

Backend::Backend(std::unique_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(*m_db, clock)
    , m_settings(*m_db, m_audit)
    , m_operators(*m_db, m_audit, clock)
    , m_calendars(*m_db, m_audit, clock)
    , m_incidents(*m_db, m_audit, clock)
    , m_ruleSets(*m_db, m_audit, m_settings, clock)
    , m_procedures(*m_db, m_audit, clock)
    , m_contacts(*m_db, m_audit, clock)
    , m_roster(*m_db, m_audit, clock)
    , m_reports(*m_db, m_audit, clock)
    , m_drills(*m_db, m_audit, clock)
    , m_incidentService(*this)
    , m_escalation(*this)
{}

QString Backend::attachmentFolder() const
{
    if (m_db->isShared()) {
        // One cache per server database, named by its address (without the password).
        const QByteArray key =
            QCryptographicHash::hash(m_db->path().toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(16);
        return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
            .filePath(QStringLiteral("attachments-") + QString::fromLatin1(key));
    }
    return IncidentRepository::attachmentFolderFor(m_db->path());
}

Result<std::unique_ptr<Backend>> Backend::open(const QString &path, OpenMode mode,
                                               const Clock &clock)
{
    auto db = Database::open(path, mode);
    if (!db)
        return db.takeError();
    std::unique_ptr<Backend> backend(new Backend(std::move(*db), clock));
    if (Status loaded = backend->reloadCalendar(); !loaded)
        return loaded.takeError();
    return backend;
}

Status Backend::reloadCalendar()
{
    auto calendar = m_calendars.load();
    if (!calendar)
        return calendar.takeError();
    m_calendar = std::move(*calendar);
    return {};
}

} // namespace dd
