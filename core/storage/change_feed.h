#pragma once

#include <QObject>
#include <QSet>
#include <QString>

#include <initializer_list>

class QTimer;

namespace dd {

// Announces which tables committed writes changed, so that views refresh what they show
// without polling. The Database fills it: its own connection's changes, table by table, right
// after each COMMIT (temporary triggers record the tables a transaction touches); changes
// committed by another connection to the same file (dutyctl, a second console) once
// watchOthers() is on, as "something changed" (an empty set), found through SQLite's
// PRAGMA data_version. A later shared-server backend announces through the same signal.
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    explicit ChangeFeed(QObject *parent = nullptr);

    // True when `tables` (as announced) may include any of `names`; an empty set means
    // "unknown", which includes everything.
    static bool touches(const QSet<QString> &tables, std::initializer_list<const char *> names);

signals:
    void committed(const QSet<QString> &tables);

private:
    friend class Database;
    void announce(const QSet<QString> &tables);
};

} // namespace dd
