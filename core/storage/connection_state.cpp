#include "storage/connection_state.h"

namespace dd {

ConnectionState::ConnectionState(QObject *parent)
    : QObject(parent)
{}

void ConnectionState::markLost(const QDateTime &at, const QString &reason)
{
    if (isLost())
        return;
    m_lostAt = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    m_reason = reason;
    emit lost(reason);
}

void ConnectionState::markRestored()
{
    if (!isLost())
        return;
    m_lostAt = {};
    m_reason.clear();
    emit restored();
}

} // namespace dd
