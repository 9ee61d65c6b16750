// Contact checks: notification contacts, handbook verification and service agreements.
#include "app/backend.h"
#include "readiness/readiness_internal.h"

namespace dd {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(dd::Readiness)
};

ReadinessCheck notification(const Handbook &h)
{
    ReadinessCheck check = makeCheck(
        "contacts.notification", "确定通报联络人（信息技术负责人）及备岗，明确值班电话和传真",
        "应急准备·通报联络人", ReadinessGroups::Duty,
        QT_TRANSLATE_NOOP("dd::Readiness",
                          "Notification contact and backup with duty phone and fax"),
        "handbook", "notification");
    QStringList problems;
    for (const NotificationSlot slot : {NotificationSlot::Primary, NotificationSlot::Backup}) {
        const QString slotName =
            slot == NotificationSlot::Primary ? Text::tr("Primary") : Text::tr("Backup");
        const NotificationContact *n = nullptr;
        for (const NotificationContact &candidate : h.notification)
            if (candidate.slot == slot && candidate.contactId != 0)
                n = &candidate;
        if (!n) {
            check.evidence.append(Text::tr("%1: not set").arg(slotName));
            problems.append(Text::tr("%1 not set").arg(slotName.toLower()));
            continue;
        }
        const Contact *c = h.contact(n->contactId);
        const QString name = c ? c->name : Text::tr("#%1").arg(n->contactId);
        const QString phone =
            !n->dutyPhone.isEmpty() ? n->dutyPhone : (c ? c->dutyPhone : QString());
        const QString fax = !n->fax.isEmpty() ? n->fax : (c ? c->fax : QString());
        check.evidence.append(Text::tr("%1: %2, duty phone %3, fax %4")
                                  .arg(slotName, name,
                                       phone.isEmpty() ? Text::tr("missing") : phone,
                                       fax.isEmpty() ? Text::tr("missing") : fax));
        if (!c || !c->active)
            problems.append(Text::tr("%1 %2 is no longer active").arg(slotName.toLower(), name));
        if (phone.isEmpty())
            problems.append(Text::tr("%1 has no duty phone").arg(name));
        if (fax.isEmpty())
            problems.append(Text::tr("%1 has no fax").arg(name));
    }
    check.status = problems.isEmpty() ? CheckStatus::Ok : CheckStatus::Failing;
    check.summary = problems.isEmpty() ? Text::tr("Both set, with duty phone and fax")
                                       : ReadinessInput::findings(problems);
    return check;
}

ReadinessCheck handbookVerified(const ReadinessInput &in, const Handbook &h)
{
    ReadinessCheck check =
        makeCheck("contacts.verified", "编制应急处置联络手册，及时更新", "应急准备·联络手册",
                  ReadinessGroups::Duty,
                  QT_TRANSLATE_NOOP("dd::Readiness", "Handbook entries verified within the period"),
                  "handbook", "stale");
    // The handbook's own reading of the period (it also honours an older handbook.verify_days),
    // so the highlighting and this check never disagree.
    const auto verifyDays = in.backend.contacts().verifyDays();
    const int days = verifyDays ? *verifyDays : in.period(ReadinessSettings::HandbookDays);
    QStringList stale;
    QDate earliestDue;
    int soon = 0;
    for (const Contact &c : h.contacts) {
        const QDate due = c.lastVerified.isValid() ? c.lastVerified.addDays(days) : QDate();
        if (!due.isValid() || due < in.asOf) {
            stale.append(c.name);
            check.evidence.append(
                Text::tr("%1: last verified %2, due %3")
                    .arg(c.name, ReadinessInput::date(c.lastVerified), ReadinessInput::date(due)));
            continue;
        }
        if (in.asOf.daysTo(due) <= in.dueSoonDays()) {
            ++soon;
            check.evidence.append(
                Text::tr("%1: verified %2, due %3")
                    .arg(c.name, ReadinessInput::date(c.lastVerified), ReadinessInput::date(due)));
        }
        if (!earliestDue.isValid() || due < earliestDue)
            earliestDue = due;
    }
    check.evidence.prepend(
        Text::tr("%n active handbook entries, period %1 days (%2)", nullptr, int(h.contacts.size()))
            .arg(days)
            .arg(QString::fromLatin1(ReadinessSettings::HandbookDays.key)));
    if (!stale.isEmpty()) {
        check.status = CheckStatus::Failing;
        check.summary =
            Text::tr("%n entr(ies) not verified within %1 days: %2", nullptr, int(stale.size()))
                .arg(days)
                .arg(ReadinessInput::items(stale.mid(0, 5))
                     + (stale.size() > 5 ? QStringLiteral("…") : QString()));
        return check;
    }
    if (h.contacts.isEmpty()) {
        check.status = CheckStatus::Failing;
        check.summary = Text::tr("The handbook has no entries");
        return check;
    }
    in.applyDue(check, earliestDue);
    check.summary =
        soon > 0
            ? Text::tr("All verified; %n due within %1 days", nullptr, soon).arg(in.dueSoonDays())
            : Text::tr("All %n verified within %1 days", nullptr, int(h.contacts.size())).arg(days);
    return check;
}

ReadinessCheck agreements(const ReadinessInput &in, const Handbook &h)
{
    ReadinessCheck check =
        makeCheck("contacts.agreements",
                  "与通信、消防、电力、空调、软硬件、安全服务等相关单位签订服务协议并定期检查",
                  "应急准备·服务协议", ReadinessGroups::Duty,
                  QT_TRANSLATE_NOOP("dd::Readiness",
                                    "Service agreements reviewed within period and unexpired"),
                  "handbook", "agreements");
    if (h.agreements.isEmpty()) {
        check.status = CheckStatus::Failing;
        check.summary = Text::tr("No service agreement is recorded");
        return check;
    }
    QStringList problems;
    QDate earliest;
    for (const Agreement &a : h.agreements) {
        const Unit *unit = h.unit(a.unitId);
        const QString label = unit ? Text::tr("%1 (%2)").arg(a.title, unit->name) : a.title;
        const QDate review = a.nextReviewDue();
        check.evidence.append(
            Text::tr("%1: valid until %2, last review %3, next review due %4")
                .arg(label,
                     a.validTo.isValid() ? ReadinessInput::date(a.validTo) : Text::tr("open-ended"),
                     ReadinessInput::date(a.lastReview), ReadinessInput::date(review)));
        if (a.expired(in.asOf))
            problems.append(
                Text::tr("%1 expired on %2").arg(a.title, ReadinessInput::date(a.validTo)));
        else if (!review.isValid() || review < in.asOf)
            problems.append(
                Text::tr("%1 review overdue since %2").arg(a.title, ReadinessInput::date(review)));
        for (const QDate &d : {a.validTo, review})
            if (d.isValid() && d >= in.asOf && (!earliest.isValid() || d < earliest))
                earliest = d;
    }
    if (!problems.isEmpty()) {
        check.status = CheckStatus::Failing;
        check.summary = ReadinessInput::findings(problems);
        return check;
    }
    in.applyDue(check, earliest);
    check.summary =
        Text::tr("%n agreement(s) current; next date %1", nullptr, int(h.agreements.size()))
            .arg(ReadinessInput::date(earliest));
    return check;
}

} // namespace

namespace ReadinessChecks {

Status contacts(const ReadinessInput &in, QList<ReadinessCheck> &out)
{
    const auto handbook = in.backend.contacts().handbook();
    if (!handbook)
        return handbook.takeError();
    out.append(notification(*handbook));
    out.append(handbookVerified(in, *handbook));
    out.append(agreements(in, *handbook));
    return {};
}

} // namespace ReadinessChecks

} // namespace dd
