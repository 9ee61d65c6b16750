#pragma once

#include "changes/change_request.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace dd {
namespace ui {

// The columns of the change board: drafts, awaiting approval, approved, implementing,
// implemented or rolled back (awaiting review), and done (reviewed, rejected, cancelled).
enum class BoardColumn { Draft, Submitted, Approved, Implementing, AwaitingReview, Done };
constexpr int BoardColumnCount = 6;
BoardColumn boardColumn(ChangeState state);

// How the change screens write times and marks, in the current language.
class ChangeFormat {
    Q_DECLARE_TR_FUNCTIONS(dd::ui::ChangeFormat)
public:
    static QTimeZone zone();                   // institution time (UTC+8)
    static QString time(const QDateTime &utc); // "2026-03-08 20:00" in zone(); empty if invalid
    // "2026-03-08 20:00–23:00" on one day, else both ends in full; "no window" when unset.
    static QString window(const QDateTime &start, const QDateTime &end);
    static QString columnTitle(BoardColumn column);
    static QString emergencyMark();    // "Emergency change (紧急变更)"
    static QString tradingHoursMark(); // "In trading hours"
};

} // namespace ui
} // namespace dd
