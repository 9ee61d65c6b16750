#include "changes/change_format.h"

namespace dd {
namespace ui {

BoardColumn boardColumn(ChangeState state)
{
    switch (state) {
    case ChangeState::Draft: return BoardColumn::Draft;
    case ChangeState::Submitted: return BoardColumn::Submitted;
    case ChangeState::Approved: return BoardColumn::Approved;
    case ChangeState::Implementing: return BoardColumn::Implementing;
    case ChangeState::Implemented:
    case ChangeState::RolledBack: return BoardColumn::AwaitingReview;
    case ChangeState::Rejected:
    case ChangeState::Reviewed:
    case ChangeState::Cancelled: return BoardColumn::Done;
    }
    return BoardColumn::Done;
}

QTimeZone ChangeFormat::zone()
{
    return QTimeZone(8 * 3600);
}

QString ChangeFormat::time(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ChangeFormat::window(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid() || !end.isValid())
        return tr("no window");
    const QDateTime s = start.toTimeZone(zone());
    const QDateTime e = end.toTimeZone(zone());
    if (s.date() == e.date())
        return tr("%1 %2–%3")
            .arg(s.toString(QStringLiteral("yyyy-MM-dd")), s.toString(QStringLiteral("HH:mm")),
                 e.toString(QStringLiteral("HH:mm")));
    return tr("%1 – %2").arg(time(start), time(end));
}

QString ChangeFormat::columnTitle(BoardColumn column)
{
    switch (column) {
    case BoardColumn::Draft: return tr("Draft");
    case BoardColumn::Submitted: return tr("Awaiting approval");
    case BoardColumn::Approved: return tr("Approved");
    case BoardColumn::Implementing: return tr("Implementing");
    case BoardColumn::AwaitingReview: return tr("Implemented · rolled back (awaiting review)");
    case BoardColumn::Done: return tr("Done");
    }
    return {};
}

QString ChangeFormat::emergencyMark()
{
    return tr("Emergency change (紧急变更)");
}

QString ChangeFormat::tradingHoursMark()
{
    return tr("In trading hours");
}

} // namespace ui
} // namespace dd
