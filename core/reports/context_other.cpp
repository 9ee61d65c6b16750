// ReportContexts::build, the common part, the handbook and the year context.
#include "app/backend.h"
#include "contacts/change_notice.h"
#include "contacts/phone_numbers.h"
#include "drills/drill_report_context.h"
#include "readiness/readiness_report.h"
#include "reports/context_builders.h"
#include "reports/report_format.h"

#include <QTimeZone>

#include <array>
#include <map>

namespace dd {

namespace {

namespace F = ReportFormat;

QString unitKindText(UnitKind kind, const QString &language)
{
    struct Name {
        UnitKind kind;
        const char *zh;
        const char *en;
    };
    static constexpr std::array<Name, 11> names{{
        {UnitKind::Internal, "内部部门", "Internal department"},
        {UnitKind::Carrier, "通信运营商", "Telecom carrier"},
        {UnitKind::Fire, "消防", "Fire service"},
        {UnitKind::Power, "电力", "Power supply"},
        {UnitKind::AirConditioning, "空调", "Air conditioning"},
        {UnitKind::HardwareVendor, "硬件厂商", "Hardware vendor"},
        {UnitKind::SoftwareVendor, "软件厂商", "Software vendor"},
        {UnitKind::SecurityService, "安全服务商", "Security service"},
        {UnitKind::Regulator, "监管机构", "Regulator"},
        {UnitKind::Exchange, "交易所", "Exchange"},
        {UnitKind::Other, "其他", "Other"},
    }};
    for (const Name &n : names)
        if (n.kind == kind)
            return QString::fromUtf8(F::chinese(language) ? n.zh : n.en);
    return {};
}

// The role of a notification contact in the report's language (a bilingual table like every
// other label of the report contexts: the report language is the template's, not the UI's).
QString notificationRole(NotificationSlot slot, const QString &language)
{
    static constexpr std::array<F::LocalizedName, 2> names{{
        {"primary", "通报联络人", "Notification contact"},
        {"backup", "备用通报联络人", "Backup notification contact"},
    }};
    return F::lookup(names,
                     slot == NotificationSlot::Primary ? QStringLiteral("primary")
                                                       : QStringLiteral("backup"),
                     language);
}

QVariantMap person(const Handbook &h, qint64 contactId, const QString &phoneOverride)
{
    const Contact *c = h.contact(contactId);
    return QVariantMap{
        {QStringLiteral("name"), c ? c->name : QString()},
        {QStringLiteral("position"), c ? c->position : QString()},
        {QStringLiteral("phone"),
         ContextBuilders::phone(phoneOverride.isEmpty() && c ? c->bestPhone() : phoneOverride)}};
}

} // namespace

QString ContextBuilders::phone(const QString &number)
{
    return number.isEmpty() ? QString() : PhoneNumbers::display(number);
}

Result<QVariantMap> ContextBuilders::common(Backend &backend, const ReportAuthor &author,
                                            const QString &language)
{
    auto profile = backend.settings().institution();
    if (!profile)
        return profile.takeError();
    const bool core = isCoreInstitution(profile->type);
    const QDateTime now = backend.clock().now();
    QVariantMap institution{{QStringLiteral("name"), profile->name},
                            {QStringLiteral("type"), institutionTypeId(profile->type)},
                            {QStringLiteral("type_name"),
                             F::institutionTypeName(institutionTypeId(profile->type), language)},
                            {QStringLiteral("regulator"), F::regulatorName(core, language)},
                            {QStringLiteral("core"), core}};
    return QVariantMap{
        {QStringLiteral("institution"), institution},
        {QStringLiteral("generated_at"), F::time(now)},
        {QStringLiteral("date"), F::date(now.toTimeZone(QTimeZone(8 * 3600)).date(), language)},
        {QStringLiteral("author"),
         QVariantMap{{QStringLiteral("name"), author.name},
                     {QStringLiteral("phone"), ContextBuilders::phone(author.phone)}}},
        {QStringLiteral("drill"), false},
        {QStringLiteral("language"), F::normalizedLanguage(language)}};
}

Result<QVariantMap> ContextBuilders::handbook(Backend &backend, const QString &language)
{
    auto h = backend.contacts().handbook();
    if (!h)
        return h.takeError();
    auto changes = backend.contacts().changesSinceDistribution();
    if (!changes)
        return changes.takeError();
    auto notices = ChangeNotices::build(*h, *changes, language);
    if (!notices)
        return notices.takeError();

    const QTimeZone zone(8 * 3600);
    QVariantList units;
    for (const Unit &u : h->units)
        units << QVariantMap{{QStringLiteral("name"), u.name},
                             {QStringLiteral("kind"), unitKindText(u.kind, language)},
                             {QStringLiteral("phone"), ContextBuilders::phone(u.phone)}};
    QVariantList contacts;
    for (const Contact &c : h->contacts) {
        const Unit *unit = h->unit(c.unitId);
        contacts << QVariantMap{{QStringLiteral("name"), c.name},
                                {QStringLiteral("unit"), unit ? unit->name : QString()},
                                {QStringLiteral("position"), c.position},
                                {QStringLiteral("phone"), ContextBuilders::phone(c.bestPhone())},
                                {QStringLiteral("mobile"), ContextBuilders::phone(c.mobile)},
                                {QStringLiteral("email"), c.email}};
    }
    QVariantList notification;
    QVariantList notificationPeople; // for the notices
    for (const NotificationContact &n : h->notification) {
        QVariantMap row = person(*h, n.contactId, n.dutyPhone);
        row.insert(QStringLiteral("fax"), ContextBuilders::phone(n.fax));
        row.insert(QStringLiteral("primary"), n.slot == NotificationSlot::Primary);
        notification << row;
        QVariantMap who = person(*h, n.contactId, n.dutyPhone);
        who.insert(QStringLiteral("role"), notificationRole(n.slot, language));
        notificationPeople << who;
    }
    QVariantList changeRows;
    for (const HandbookChange &c : *changes) {
        const Unit *unit = h->unit(c.unitId);
        changeRows << QVariantMap{
            {QStringLiteral("date"), F::date(c.at.toTimeZone(zone).date(), language)},
            {QStringLiteral("actor"), c.actor},
            {QStringLiteral("unit"), unit ? unit->name : QString()},
            {QStringLiteral("summary"), c.summary}};
    }
    QVariantList noticeRows;
    for (const ChangeNotice &n : *notices) {
        QVariantList told;
        for (const HandbookChange &c : n.changes)
            told << QVariantMap{
                {QStringLiteral("date"), F::date(c.at.toTimeZone(zone).date(), language)},
                {QStringLiteral("summary"), c.summary}};
        QVariantList whom = notificationPeople;
        for (const Agreement &a : h->agreements) {
            if (a.unitId != n.unitId || a.ourContactId == 0)
                continue;
            QVariantMap who = person(*h, a.ourContactId, QString());
            who.insert(QStringLiteral("role"), a.title);
            whom << who;
        }
        noticeRows << QVariantMap{{QStringLiteral("unit"), n.unitName},
                                  {QStringLiteral("changes"), told},
                                  {QStringLiteral("contacts"), whom}};
    }
    return QVariantMap{{QStringLiteral("handbook"),
                        QVariantMap{{QStringLiteral("version"), QString::number(h->version)},
                                    {QStringLiteral("date"), F::date(h->date, language)}}},
                       {QStringLiteral("units"), units},
                       {QStringLiteral("contacts"), contacts},
                       {QStringLiteral("notification_contacts"), notification},
                       {QStringLiteral("changes"), changeRows},
                       {QStringLiteral("has_changes"), !changes->isEmpty()},
                       {QStringLiteral("notices"), noticeRows}};
}

Result<QVariantMap> ContextBuilders::year(Backend &backend, int year, const QString &language)
{
    const QTimeZone zone(8 * 3600);
    IncidentFilter filter;
    filter.detectedFrom = QDateTime(QDate(year, 1, 1), QTime(0, 0), zone).toUTC();
    filter.detectedTo = QDateTime(QDate(year + 1, 1, 1), QTime(0, 0), zone).toUTC().addMSecs(-1);
    auto list = backend.incidents().list(filter);
    if (!list)
        return list.takeError();
    QList<IncidentSummary> rows;
    for (const IncidentSummary &s : *list)
        if (!s.drill && s.detectedAt >= filter.detectedFrom && s.detectedAt <= filter.detectedTo)
            rows << s;
    std::sort(rows.begin(), rows.end(), [](const IncidentSummary &a, const IncidentSummary &b) {
        return a.detectedAt != b.detectedAt ? a.detectedAt < b.detectedAt : a.id < b.id;
    });

    QVariantList incidents;
    std::map<QString, int> byGrade;
    int total = 0, onTime = 0, late = 0, overdue = 0, waived = 0;
    const QDateTime now = backend.clock().now();
    for (const IncidentSummary &s : rows) {
        incidents << QVariantMap{
            {QStringLiteral("number"), s.number},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("grade"), F::gradeName(s.grade, language)},
            {QStringLiteral("fault_type"), F::faultTypeName(s.faultType, language)},
            {QStringLiteral("state"), F::stateName(incidentStateId(s.state), language)},
            {QStringLiteral("detected_at"), F::time(s.detectedAt)},
            {QStringLiteral("recovered_at"), F::time(s.recoveredAt)}};
        ++byGrade[s.grade.isEmpty() ? QStringLiteral("none") : s.grade];
        auto incident = backend.incidents().get(s.id);
        if (!incident)
            return incident.takeError();
        auto obligations = backend.incidentService().obligations(*incident, now);
        if (!obligations)
            return obligations.takeError();
        for (const ObligationRow &o : *obligations) {
            switch (o.status.state) {
            case ObligationState::PendingAnchor: continue;
            case ObligationState::Due: break;
            case ObligationState::Overdue: ++overdue; break;
            case ObligationState::SubmittedOnTime: ++onTime; break;
            case ObligationState::SubmittedLate: ++late; break;
            case ObligationState::Waived: ++waived; break;
            }
            ++total;
        }
    }
    QVariantList grades;
    for (const char *id : {"I", "II", "III", "IV", "none"}) {
        const QString g = QString::fromLatin1(id);
        grades << QVariantMap{{QStringLiteral("grade"), F::gradeName(g, language)},
                              {QStringLiteral("count"), QString::number(byGrade[g])}};
    }
    return QVariantMap{{QStringLiteral("year"), QString::number(year)},
                       {QStringLiteral("incident_count"), QString::number(rows.size())},
                       {QStringLiteral("incidents"), incidents},
                       {QStringLiteral("incidents_by_grade"), grades},
                       {QStringLiteral("reports"),
                        QVariantMap{{QStringLiteral("total"), QString::number(total)},
                                    {QStringLiteral("on_time"), QString::number(onTime)},
                                    {QStringLiteral("late"), QString::number(late)},
                                    {QStringLiteral("overdue"), QString::number(overdue)},
                                    {QStringLiteral("waived"), QString::number(waived)}}}};
}

Result<QVariantMap> ReportContexts::build(Backend &backend, ContextKind kind, qint64 subject,
                                          const ReportAuthor &author, const QString &language)
{
    auto context = ContextBuilders::common(backend, author, language);
    if (!context)
        return context.takeError();
    Result<QVariantMap> part = QVariantMap();
    switch (kind) {
    case ContextKind::Incident: part = ContextBuilders::incident(backend, subject, language); break;
    case ContextKind::Handbook: part = ContextBuilders::handbook(backend, language); break;
    case ContextKind::Readiness: {
        const QDate day = ReadinessReportContext::dateOf(subject);
        if (!day.isValid())
            return fail(tr("%1 is not a day written as yyyymmdd.").arg(subject));
        part = ReadinessReportContext::build(backend, day, language);
        break;
    }
    case ContextKind::Drill: {
        // {"drill": {...}}: the drill object takes the place of the common "drill" flag and is
        // just as true in {{#drill}} sections.
        part = DrillReportContext::drill(backend, subject, language);
        break;
    }
    case ContextKind::Year: {
        if (subject < 1900 || subject > 9999)
            return fail(tr("%1 is not a year.").arg(subject));
        part = ContextBuilders::year(backend, int(subject), language);
        if (!part)
            break;
        auto drills = DrillReportContext::year(backend, int(subject), language);
        if (!drills)
            return drills.takeError();
        part->insert(*drills);
        break;
    }
    }
    if (!part)
        return part.takeError();
    context->insert(*part);
    return *context;
}

} // namespace dd
