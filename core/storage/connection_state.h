#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

namespace dd {

// Whether the database can be reached (issue 12). An SQLite file always can; a shared
// PostgreSQL server may go away (stopped, failed over to a standby, the network cut). The
// Database marks the connection lost when a statement fails because of it or when its
// heartbeat gets no answer, refuses every statement while it is lost (nothing is queued) and
// reconnects by itself; the console shows a banner for as long as it is lost.
class ConnectionState : public QObject {
    Q_OBJECT
public:
    explicit ConnectionState(QObject *parent = nullptr);

    bool isLost() const { return m_lostAt.isValid(); }
    // When the loss was noticed (UTC) and what the driver said; invalid/empty when connected.
    QDateTime lostAt() const { return m_lostAt; }
    QString reason() const { return m_reason; }

    // Records the loss (once; a second call while lost changes nothing) and emits lost().
    void markLost(const QDateTime &at, const QString &reason);
    // Records the reconnect and emits restored(), when it was lost.
    void markRestored();

signals:
    void lost(const QString &reason);
    void restored();

private:
    QDateTime m_lostAt;
    QString m_reason;
};

} // namespace dd
