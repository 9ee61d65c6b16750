#pragma once

#include "readiness/readiness_check.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <optional>

namespace dd {
namespace ui {

struct UiContext;

// What one evaluation gave: the checks, or why there are none.
struct ReadinessOutcome {
    ReadinessResult result;
    QString error;
};

// Runs the readiness checks off the UI thread, as the dashboard's charts do: each evaluation
// opens its own read-only Backend on the database file in a worker (QtConcurrent) and the
// result comes back through a QFutureWatcher. Coalesced: at most one evaluation is in flight;
// a request made meanwhile is queued, and a newer request replaces the queued one, so a burst
// of commits costs at most two evaluations. A read-only window (dutydesk --screenshot) and
// setSynchronous(true) evaluate at once on the window's own connection, so the picture shows
// the result.
class ReadinessEvaluator : public QObject {
    Q_OBJECT
public:
    explicit ReadinessEvaluator(UiContext &context, QObject *parent = nullptr);
    ~ReadinessEvaluator() override;

    void request(const QDate &asOf);
    void setSynchronous(bool synchronous) { m_synchronous = synchronous; }
    // An evaluation is running or queued.
    bool isBusy() const { return m_watcher != nullptr || m_queued.has_value(); }
    // Blocks until the running and the queued evaluation are done and their results delivered.
    void waitUntilIdle();
    // How many evaluations were started (tests check the coalescing).
    int started() const { return m_started; }

signals:
    void evaluated(const ReadinessOutcome &outcome);

private:
    void start(const QDate &asOf);
    void finished(QFutureWatcher<ReadinessOutcome> *watcher);

    UiContext &m_context;
    bool m_synchronous = false;
    QFutureWatcher<ReadinessOutcome> *m_watcher = nullptr; // the evaluation in flight
    std::optional<QDate> m_queued;
    int m_started = 0;
};

} // namespace ui
} // namespace dd
