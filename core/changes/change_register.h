#pragma once

#include "access/actor.h"
#include "changes/change_request.h"
#include "changes/change_window.h"
#include "common/result.h"
#include "config/config_item.h"

#include <QCoreApplication>
#include <QList>

namespace dd {

class AuditLog;
class Clock;
class ConfigRegistry;
class Database;
class SettingsRepository;
class TradingCalendar;

// Change requests (系统变更) from request to review.
//
// Rules:
// - Four people: the applicant (who creates the request), the approver, the implementer and
//   the reviewer are four different operators. The applicant is never the approver; the core
//   refuses it whoever calls.
// - A request is submitted only with every part the standard names: goal, at least one
//   object (configuration item), a window (end after start), the implementer and reviewer,
//   the operation steps, test plan, implementation plan, risk controls, emergency plan and
//   rollback plan.
// - A window that overlaps trading time of a checked market (TradingCalendar, per market,
//   night sessions included) is refused on submission and on approval unless the change is an
//   emergency change; an emergency change inside trading time is approved and marked
//   (in_trading_hours) everywhere it is shown.
// - Approval needs Permission::Approve and records the approver's assessment of technical
//   and business risk; it fixes the window. Rejection records the reason; the applicant may
//   revise a rejected request back to a draft.
// - Only the implementer starts and finishes the implementation; starting needs a recorded
//   test before the change, finishing a recorded test after it. While implementing, the
//   implementer updates the configuration items through updateItem (history names the
//   change). Only the reviewer reviews (with EditDutyData or Approve): goal reached, impact on
//   production, configuration updated.
// - Transitions outside nextChangeStates() are refused. Every step is one transaction with an
//   audit row; drafts are saved with the version they were read at (a stale save is refused
//   naming who changed it and when).
class ChangeRegister {
    Q_DECLARE_TR_FUNCTIONS(dd::ChangeRegister)
public:
    ChangeRegister(Database &db, AuditLog &audit, const Clock &clock,
                   const TradingCalendar &calendar, SettingsRepository &settings,
                   ConfigRegistry &config);

    Result<QList<ChangeSummary>> list() const; // newest window first
    Result<ChangeRequest> change(qint64 id) const;
    Result<ChangeRequest> changeByNumber(const QString &number) const;
    // Changes touching any of the items whose window overlaps [from, to), or that were
    // implemented in it (started or finished), newest first.
    Result<QList<ChangeSummary>> changesOfItems(const QList<qint64> &itemIds, const QDateTime &from,
                                                const QDateTime &to) const;
    // Changes whose window overlaps [from, to) (calendar of windows).
    Result<QList<ChangeSummary>> changesInWindow(const QDateTime &from, const QDateTime &to) const;

    // A new draft (id 0; the actor becomes the applicant) or an edit of a draft.
    Result<qint64> saveDraft(const Actor &actor, const ChangeRequest &request);
    Status submit(const Actor &actor, qint64 id);
    Status approve(const Actor &actor, qint64 id, const ChangeApproval &approval);
    Status reject(const Actor &actor, qint64 id, const QString &reason);
    Status revise(const Actor &actor, qint64 id); // rejected → draft
    Status cancel(const Actor &actor, qint64 id, const QString &reason);
    Result<qint64> recordTest(const Actor &actor, qint64 id, ChangeTest::Phase phase,
                              const QString &description, bool passed);
    Status start(const Actor &actor, qint64 id);
    // Modifies one configuration item as part of the change (implementer, while implementing).
    Status updateItem(const Actor &actor, qint64 id, const ConfigItem &item, const QString &note);
    Status finish(const Actor &actor, qint64 id, bool rolledBack, const QString &outcome);
    Status review(const Actor &actor, qint64 id, const ChangeReview &review);

    // The window rule for a request's markets (the institution's default markets when empty).
    WindowCheck checkWindow(const QDateTime &start, const QDateTime &end,
                            const QStringList &markets) const;
    QStringList marketsFor(const QStringList &markets) const;
    // What is missing for submission, translated, one line each (empty: complete).
    QStringList missingParts(const ChangeRequest &request) const;

private:
    Status transition(const Actor &actor, qint64 id, ChangeState to, const QString &action,
                      const std::function<Status(ChangeRequest &)> &apply);
    Status saveState(const ChangeRequest &request, const ChangeRequest &before, const Actor &actor,
                     const QString &action);
    Status checkPeople(const ChangeRequest &request, qint64 approverId) const;
    Result<QList<ChangeSummary>> summaries(const QString &where, const QVariantList &bound) const;

    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
    const TradingCalendar &m_calendar;
    SettingsRepository &m_settings;
    ConfigRegistry &m_config;
};

} // namespace dd
