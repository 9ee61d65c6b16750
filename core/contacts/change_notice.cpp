#include "contacts/change_notice.h"

#include "contacts/contact_repository.h"
#include "contacts/phone_numbers.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <kainjow/mustache.hpp>
#include <map>

namespace dd {

namespace {

using Data = kainjow::mustache::data;

std::string s(const QString &text)
{
    return text.toStdString();
}

bool chinese(const QString &language)
{
    return language.startsWith(QLatin1String("zh"));
}

QString formatDate(const QDate &date, const QString &language)
{
    return chinese(language)
               ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day())
               : QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
}

Data personData(const Handbook &h, qint64 contactId, const QString &phone, const QString &fax)
{
    Data d;
    const Contact *c = h.contact(contactId);
    d.set("name", s(c ? c->name : QStringLiteral("#%1").arg(contactId)));
    const QString position = c ? c->position : QString();
    d.set("position", s(position));
    d.set("has_position", !position.isEmpty());
    const QString unitName = c && h.unit(c->unitId) ? h.unit(c->unitId)->name : QString();
    d.set("unit", s(unitName));
    const QString number = phone.isEmpty() && c ? c->bestPhone() : phone;
    d.set("phone", s(PhoneNumbers::display(number)));
    d.set("has_phone", !number.isEmpty());
    const QString mobile = c ? c->mobile : QString();
    d.set("mobile", s(PhoneNumbers::display(mobile)));
    d.set("has_mobile", !mobile.isEmpty() && mobile != number);
    d.set("fax", s(PhoneNumbers::display(fax)));
    d.set("has_fax", !fax.isEmpty());
    return d;
}

} // namespace

QString ChangeNotices::templatePath(const QString &language)
{
    return QStringLiteral(":/dutydesk/templates/handbook_change_notice.%1.mustache")
        .arg(chinese(language) ? QStringLiteral("zh_CN") : QStringLiteral("en"));
}

Result<QList<ChangeNotice>> ChangeNotices::build(ContactRepository &contacts,
                                                 const QString &language)
{
    auto handbook = contacts.handbook();
    if (!handbook)
        return handbook.takeError();
    auto changes = contacts.changesSinceDistribution();
    if (!changes)
        return changes.takeError();
    return build(*handbook, *changes, language);
}

Result<QList<ChangeNotice>> ChangeNotices::build(const Handbook &h,
                                                 const QList<HandbookChange> &changes,
                                                 const QString &language)
{
    QFile file(templatePath(language));
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            tr("The change notice template %1 is missing from the program.").arg(file.fileName()));
    const QString templateText = QString::fromUtf8(file.readAll());

    // unit id -> the changes it is told about, in order
    std::map<qint64, QList<HandbookChange>> concerned;
    const auto tell = [&](qint64 unitId, const HandbookChange &change) {
        if (unitId <= 0 || !h.unit(unitId))
            return;
        QList<HandbookChange> &list = concerned[unitId];
        if (list.isEmpty() || list.constLast().id != change.id)
            list << change;
    };
    // Everyone the notification contacts are known to: the units with an agreement, the
    // regulators and every unit they were communicated to.
    const auto tellNotificationAudience = [&](const HandbookChange &change) {
        for (const Agreement &a : h.agreements)
            tell(a.unitId, change);
        for (const Unit &u : h.units)
            if (u.kind == UnitKind::Regulator)
                tell(u.id, change);
        for (const NotificationCommunication &c : h.communications)
            tell(c.unitId, change);
    };
    const auto unitOf = [&h](qint64 contactId) {
        const Contact *c = h.contact(contactId);
        return c ? c->unitId : 0;
    };
    for (const HandbookChange &change : changes) {
        if (change.entity == QLatin1String("contact")) {
            tell(change.unitId, change);
            for (const Agreement &a : h.agreements)
                if (a.ourContactId == change.entityId)
                    tell(a.unitId, change);
        } else if (change.entity == QLatin1String("agreement")) {
            tell(change.unitId, change);
        } else if (change.entity == QLatin1String("notification")) {
            tellNotificationAudience(change);
        } else if (change.entity == QLatin1String("unit")) {
            // The unit itself, and the units on the other side of its agreements: the unit an
            // agreement is with when our contact for it belongs to the changed unit, and the
            // unit of our contact when the agreement is with the changed unit.
            const qint64 changed = change.unitId;
            tell(changed, change);
            if (changed <= 0)
                continue;
            for (const Agreement &a : h.agreements) {
                if (a.unitId == changed)
                    tell(unitOf(a.ourContactId), change);
                else if (a.ourContactId != 0 && unitOf(a.ourContactId) == changed)
                    tell(a.unitId, change);
            }
            // The department of a notification contact: everyone they are known to.
            for (const NotificationContact &n : h.notification)
                if (unitOf(n.contactId) == changed) {
                    tellNotificationAudience(change);
                    break;
                }
        }
    }

    QList<ChangeNotice> notices;
    for (const Unit &unit : h.units) { // in the handbook's unit order
        const auto it = concerned.find(unit.id);
        if (it == concerned.end())
            continue;
        ChangeNotice notice;
        notice.unitId = unit.id;
        notice.unitName = unit.name;
        notice.changes = it->second;
        auto text = render(templateText, h, notice, language);
        if (!text)
            return text.takeError();
        notice.text = *text;
        notices << notice;
    }
    return notices;
}

Result<QString> ChangeNotices::render(const QString &templateText, const Handbook &h,
                                      const ChangeNotice &notice, const QString &language)
{
    kainjow::mustache::mustache tmpl(s(templateText));
    if (!tmpl.is_valid())
        return fail(
            tr("Change notice template: %1").arg(QString::fromStdString(tmpl.error_message())));
    tmpl.set_custom_escape([](const std::string &text) { return text; }); // plain text

    Data data;
    data.set("institution", s(h.institution));
    data.set("date", s(formatDate(h.date, language)));
    data.set("version", s(QString::number(h.version)));
    data.set("unit", s(notice.unitName));

    Data changes{Data::type::list};
    int index = 0;
    const QTimeZone zone(8 * 3600);
    for (const HandbookChange &c : notice.changes) {
        Data item;
        item.set("index", s(QString::number(++index)));
        item.set("summary", s(c.summary));
        item.set("date", s(formatDate(c.at.toTimeZone(zone).date(), language)));
        changes.push_back(item);
    }
    data.set("changes", changes);

    Data notification{Data::type::list};
    for (const NotificationContact &n : h.notification) {
        Data item = personData(h, n.contactId, n.dutyPhone, n.fax);
        item.set("primary", n.slot == NotificationSlot::Primary);
        notification.push_back(item);
    }
    data.set("notification", notification);
    data.set("has_notification", !h.notification.isEmpty());

    Data ours{Data::type::list};
    bool anyOurs = false;
    for (const Agreement &a : h.agreements) {
        if (a.unitId != notice.unitId || a.ourContactId == 0)
            continue;
        Data item = personData(h, a.ourContactId, QString(), QString());
        item.set("agreement", s(a.title));
        ours.push_back(item);
        anyOurs = true;
    }
    data.set("our_contacts", ours);
    data.set("has_our_contacts", anyOurs);

    const std::string rendered = tmpl.render(data);
    if (!tmpl.is_valid())
        return fail(
            tr("Change notice template: %1").arg(QString::fromStdString(tmpl.error_message())));
    // Sections that render nothing leave blank lines behind: keep at most one in a row.
    QString text = QString::fromStdString(rendered);
    static const QRegularExpression blankLines(QStringLiteral("\\n{3,}"));
    text.replace(blankLines, QStringLiteral("\n\n"));
    return QString(text.trimmed() + u'\n');
}

} // namespace dd
