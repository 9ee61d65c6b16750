// The readiness report context (monthly readiness report for the emergency office).
#include "app/backend.h"
#include "readiness/readiness.h"
#include "readiness/readiness_report.h"
#include "reports/report_format.h"

#include <QLocale>

#include <array>

namespace dd {

namespace {

namespace F = ReportFormat;
using T = VariableType;

ContextVariable var(const char *path, T type, const char *description, const char *example = "")
{
    return ContextVariable{QString::fromLatin1(path), type, description,
                           QString::fromUtf8(example)};
}

QString statusText(CheckStatus status, const QString &language)
{
    static constexpr std::array<F::LocalizedName, 4> names{{
        {"failing", "未达标", "Failing"},
        {"due_soon", "即将到期", "Due soon"},
        {"ok", "达标", "OK"},
        {"n/a", "不适用", "Not applicable"},
    }};
    return F::lookup(names, checkStatusId(status), language);
}

QVariantMap checkMap(const ReadinessCheck &c, const QString &language)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("status"), statusText(c.status, language)},
            {QStringLiteral("failing"), c.status == CheckStatus::Failing},
            {QStringLiteral("due_soon"), c.status == CheckStatus::DueSoon},
            {QStringLiteral("summary"), c.summary},
            {QStringLiteral("clause"), c.clause},
            {QStringLiteral("clause_ref"), c.clauseRef},
            {QStringLiteral("due_by"), c.dueBy ? F::date(*c.dueBy, language) : QString()},
            {QStringLiteral("evidence"),
             c.evidence.join(F::chinese(language) ? QStringLiteral("；") : QStringLiteral("; "))}};
}

// The fields of one check in a list under `prefix`.
QList<ContextVariable> checkFields(const QString &prefix)
{
    const auto f = [&prefix](const char *name, T type, const char *description,
                             const char *example = "") {
        return ContextVariable{prefix + QLatin1Char('.') + QString::fromLatin1(name), type,
                               description, QString::fromUtf8(example)};
    };
    return {
        f("id", T::Text, QT_TRANSLATE_NOOP("dd::ReportContext", "Check id"), "roster.coverage"),
        f("title", T::Text, QT_TRANSLATE_NOOP("dd::ReportContext", "What the check asks"), ""),
        f("status", T::Text, QT_TRANSLATE_NOOP("dd::ReportContext", "Status, in words"), "未达标"),
        f("failing", T::Flag, QT_TRANSLATE_NOOP("dd::ReportContext", "Set when the check fails")),
        f("due_soon", T::Flag,
          QT_TRANSLATE_NOOP("dd::ReportContext", "Set when the check is due soon")),
        f("summary", T::Text, QT_TRANSLATE_NOOP("dd::ReportContext", "What was found"), ""),
        f("clause", T::Text, QT_TRANSLATE_NOOP("dd::ReportContext", "The clause, quoted short"),
          ""),
        f("clause_ref", T::Text, QT_TRANSLATE_NOOP("dd::ReportContext", "Where the clause is"), ""),
        f("due_by", T::Text,
          QT_TRANSLATE_NOOP("dd::ReportContext", "The day its period runs out; may be empty"), ""),
        f("evidence", T::Text,
          QT_TRANSLATE_NOOP("dd::ReportContext", "What the check looked at, in one line"), ""),
    };
}

} // namespace

namespace ReadinessReportContext {

qint64 subjectOf(const QDate &day)
{
    return day.isValid() ? qint64(day.year()) * 10000 + day.month() * 100 + day.day() : 0;
}

QDate dateOf(qint64 subject)
{
    if (subject < 19000101 || subject > 99991231)
        return {};
    return QDate(int(subject / 10000), int(subject / 100 % 100), int(subject % 100));
}

QList<ContextVariable> variables()
{
    const auto d = [](const char *path, T type, const char *description, const char *example = "") {
        return var(path, type, description, example);
    };
    QList<ContextVariable> list_{
        d("readiness.as_of", T::Text,
          QT_TRANSLATE_NOOP("dd::ReportContext", "The day the checks were evaluated, in words"),
          "2026年1月31日"),
        d("readiness.month", T::Text, QT_TRANSLATE_NOOP("dd::ReportContext", "Month of that day"),
          "2026年1月"),
        d("readiness.score", T::Text,
          QT_TRANSLATE_NOOP("dd::ReportContext", "Percentage of applicable checks not failing"),
          "89"),
        d("readiness.total", T::Text, QT_TRANSLATE_NOOP("dd::ReportContext", "Number of checks"),
          "19"),
        d("readiness.failing_count", T::Text,
          QT_TRANSLATE_NOOP("dd::ReportContext", "Number of failing checks"), "2"),
        d("readiness.due_soon_count", T::Text,
          QT_TRANSLATE_NOOP("dd::ReportContext", "Number of checks due soon"), "3"),
        d("readiness.ok_count", T::Text,
          QT_TRANSLATE_NOOP("dd::ReportContext", "Number of checks met"), "13"),
        d("readiness.not_applicable_count", T::Text,
          QT_TRANSLATE_NOOP("dd::ReportContext", "Number of checks not applicable"), "1"),
        d("readiness.ready", T::Flag,
          QT_TRANSLATE_NOOP("dd::ReportContext", "Set when no check fails")),
        d("readiness.has_due_soon", T::Flag,
          QT_TRANSLATE_NOOP("dd::ReportContext", "Set when a check is due soon")),
        d("readiness.failing", T::List,
          QT_TRANSLATE_NOOP("dd::ReportContext", "The failing checks (fields as in checks)")),
        d("readiness.due_soon", T::List,
          QT_TRANSLATE_NOOP("dd::ReportContext", "The checks due soon (fields as in checks)")),
        d("readiness.groups", T::List,
          QT_TRANSLATE_NOOP("dd::ReportContext", "Check groups, the worst first")),
        d("readiness.groups.name", T::Text, QT_TRANSLATE_NOOP("dd::ReportContext", "Group"), ""),
        d("readiness.groups.checks", T::List,
          QT_TRANSLATE_NOOP("dd::ReportContext", "The group's checks, failing first")),
    };
    for (const char *list : {"readiness.failing", "readiness.due_soon", "readiness.groups.checks"})
        list_ += checkFields(QString::fromLatin1(list));
    return list_;
}

Result<QVariantMap> build(Backend &backend, const QDate &asOf, const QString &language)
{
    if (!asOf.isValid())
        return fail(Readiness::tr("The readiness date is not a valid date."));
    const auto result = Readiness(backend).evaluate(asOf);
    if (!result)
        return result.takeError();
    QVariantList failing, dueSoon, groups;
    QStringList groupNames;
    for (const ReadinessCheck &c : result->checks) {
        if (!groupNames.contains(c.group))
            groupNames.append(c.group);
        if (c.status == CheckStatus::Failing)
            failing.append(checkMap(c, language));
        else if (c.status == CheckStatus::DueSoon)
            dueSoon.append(checkMap(c, language));
    }
    for (const QString &name : groupNames) {
        QVariantList checks;
        for (const ReadinessCheck &c : result->checks)
            if (c.group == name)
                checks.append(checkMap(c, language));
        groups.append(
            QVariantMap{{QStringLiteral("name"), name}, {QStringLiteral("checks"), checks}});
    }
    const QString month =
        F::chinese(language)
            ? QStringLiteral("%1年%2月").arg(asOf.year()).arg(asOf.month())
            : QLocale(QLocale::English).toString(asOf, QStringLiteral("MMMM yyyy"));
    QVariantMap readiness{
        {QStringLiteral("as_of"), F::date(asOf, language)},
        {QStringLiteral("month"), month},
        {QStringLiteral("score"), QString::number(result->score())},
        {QStringLiteral("total"), QString::number(result->checks.size())},
        {QStringLiteral("failing_count"), QString::number(result->count(CheckStatus::Failing))},
        {QStringLiteral("due_soon_count"), QString::number(result->count(CheckStatus::DueSoon))},
        {QStringLiteral("ok_count"), QString::number(result->count(CheckStatus::Ok))},
        {QStringLiteral("not_applicable_count"),
         QString::number(result->count(CheckStatus::NotApplicable))},
        {QStringLiteral("ready"), !result->anyFailing()},
        {QStringLiteral("has_due_soon"), !dueSoon.isEmpty()},
        {QStringLiteral("failing"), failing},
        {QStringLiteral("due_soon"), dueSoon},
        {QStringLiteral("groups"), groups},
    };
    return QVariantMap{{QStringLiteral("readiness"), readiness}};
}

} // namespace ReadinessReportContext

} // namespace dd
