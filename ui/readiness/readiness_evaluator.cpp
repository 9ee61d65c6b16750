#include "readiness/readiness_evaluator.h"

#include "app/backend.h"
#include "readiness/readiness.h"
#include "shell/ui_context.h"
#include "time/clock.h"

#include <QtConcurrent/QtConcurrentRun>

namespace dd {
namespace ui {

namespace {

ReadinessOutcome fromResult(const Result<ReadinessResult> &result)
{
    ReadinessOutcome outcome;
    if (result)
        outcome.result = *result;
    else
        outcome.error = result.error();
    return outcome;
}

// In the worker: a connection belongs to the thread that opened it, so the job opens its own
// (read-only) with a clock fixed at the moment of the request.
ReadinessOutcome evaluateInWorker(const QString &path, const QDateTime &now, const QDate &asOf)
{
    const FakeClock clock(now);
    auto backend = Backend::open(path, OpenMode::ReadOnly, clock);
    if (!backend) {
        ReadinessOutcome outcome;
        outcome.error = backend.error();
        return outcome;
    }
    return fromResult(Readiness(**backend).evaluate(asOf));
}

} // namespace

ReadinessEvaluator::ReadinessEvaluator(UiContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_synchronous(context.readOnly)
{}

ReadinessEvaluator::~ReadinessEvaluator()
{
    // The job holds no pointer to this object; wait so that no thread outlives the page.
    m_queued.reset();
    if (m_watcher)
        m_watcher->waitForFinished();
}

void ReadinessEvaluator::request(const QDate &asOf)
{
    if (m_synchronous) {
        ++m_started;
        emit evaluated(fromResult(Readiness(m_context.backend).evaluate(asOf)));
        return;
    }
    if (m_watcher) {
        m_queued = asOf; // replaces an older queued request
        return;
    }
    start(asOf);
}

void ReadinessEvaluator::start(const QDate &asOf)
{
    ++m_started;
    auto *watcher = new QFutureWatcher<ReadinessOutcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<ReadinessOutcome>::finished, this,
            [this, watcher] { finished(watcher); });
    watcher->setFuture(QtConcurrent::run(evaluateInWorker, m_context.backend.database().path(),
                                         m_context.backend.clock().now(), asOf));
}

void ReadinessEvaluator::finished(QFutureWatcher<ReadinessOutcome> *watcher)
{
    if (watcher != m_watcher)
        return; // already taken by waitUntilIdle()
    m_watcher = nullptr;
    const ReadinessOutcome outcome = watcher->result();
    watcher->deleteLater();
    if (m_queued) {
        // A newer question is waiting: its answer replaces this one shortly, but show this
        // one meanwhile (it is at most one evaluation old).
        const QDate next = *m_queued;
        m_queued.reset();
        start(next);
    }
    emit evaluated(outcome);
}

void ReadinessEvaluator::waitUntilIdle()
{
    while (m_watcher) {
        QFutureWatcher<ReadinessOutcome> *watcher = m_watcher;
        watcher->waitForFinished();
        finished(watcher);
    }
}

} // namespace ui
} // namespace dd
