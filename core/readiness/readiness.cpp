#include "readiness/readiness.h"

#include "app/backend.h"
#include "readiness/readiness_internal.h"

#include <QTimeZone>

#include <algorithm>

namespace dd {

ReadinessInput::ReadinessInput(Backend &backend_, const QDate &asOf_)
    : backend(backend_)
    , asOf(asOf_)
{}

int ReadinessInput::period(const ReadinessPeriod &p) const
{
    const auto stored = backend.settings().value(QString::fromLatin1(p.key));
    if (!stored)
        return p.fallback;
    return ReadinessPeriods::valueOr(p, *stored);
}

void ReadinessInput::applyDue(ReadinessCheck &check, const QDate &due) const
{
    check.dueBy = due;
    if (!due.isValid() || due < asOf)
        check.status = CheckStatus::Failing;
    else if (asOf.daysTo(due) <= dueSoonDays())
        check.status = CheckStatus::DueSoon;
    else
        check.status = CheckStatus::Ok;
}

QDateTime ReadinessInput::dayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(8 * 3600)).toUTC();
}

QString ReadinessInput::date(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : tr("never");
}

QString ReadinessInput::items(const QStringList &list)
{
    //: Between the items of a list of names in a readiness finding (zh: "、").
    return list.join(tr(", ", "list separator"));
}

QString ReadinessInput::findings(const QStringList &list)
{
    //: Between two findings of one readiness check (zh: "；").
    return list.join(tr("; ", "findings separator"));
}

ReadinessCheck makeCheck(const char *id, const char *clause, const char *clauseRef,
                         const char *group, const char *title, const char *fixPage,
                         const char *fixTarget)
{
    ReadinessCheck check;
    check.id = QString::fromLatin1(id);
    check.clause = QString::fromUtf8(clause);
    check.clauseRef = QString::fromUtf8(clauseRef);
    check.group = QCoreApplication::translate("dd::Readiness", group);
    check.title = QCoreApplication::translate("dd::Readiness", title);
    check.fixPage = QString::fromLatin1(fixPage);
    check.fixTarget = QString::fromLatin1(fixTarget);
    return check;
}

Readiness::Readiness(Backend &backend)
    : m_backend(backend)
{}

Result<ReadinessResult> Readiness::evaluate(const QDate &asOf) const
{
    if (!asOf.isValid())
        return fail(tr("The readiness date is not a valid date."));
    const ReadinessInput in(m_backend, asOf);
    ReadinessResult result;
    result.asOf = asOf;
    for (const auto step :
         {&ReadinessChecks::organization, &ReadinessChecks::contacts, &ReadinessChecks::roster,
          &ReadinessChecks::plans, &ReadinessChecks::inventory, &ReadinessChecks::drills}) {
        const Status status = step(in, result.checks);
        if (!status)
            return status.takeError();
    }
    std::stable_sort(result.checks.begin(), result.checks.end(),
                     [](const ReadinessCheck &a, const ReadinessCheck &b) {
                         return checkStatusRank(a.status) < checkStatusRank(b.status);
                     });
    return result;
}

} // namespace dd
