#include "roster/roster_export.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <libical/ical.h>
#include <memory>
#include <xlsxwriter.h>

namespace dd {

namespace {

QTimeZone institutionZone()
{
    return QTimeZone(8 * 3600);
}

QDateTime localMidnight(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), institutionZone()).toUTC();
}

QString localHhmm(const QDateTime &t)
{
    return t.toTimeZone(institutionZone()).toString(QStringLiteral("HH:mm"));
}

const DutyRole *findRole(const QList<DutyRole> &roles, qint64 id)
{
    for (const DutyRole &r : roles)
        if (r.id == id)
            return &r;
    return nullptr;
}

QString personName(const QHash<qint64, QString> &names, qint64 id)
{
    return names.value(id, QStringLiteral("#%1").arg(id));
}

icaltimetype utcTime(const QDateTime &t)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(t.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

// A DATE-TIME property in Asia/Shanghai wall-clock time with its TZID parameter.
icalproperty *localTimeProperty(icalproperty *(*make)(struct icaltimetype), const QDateTime &t)
{
    const QDateTime local = t.toTimeZone(institutionZone());
    icaltimetype it = icaltime_null_time();
    it.year = local.date().year();
    it.month = local.date().month();
    it.day = local.date().day();
    it.hour = local.time().hour();
    it.minute = local.time().minute();
    it.second = local.time().second();
    it.is_date = 0;
    icalproperty *p = make(it);
    icalproperty_add_parameter(p, icalparameter_new_tzid("Asia/Shanghai"));
    return p;
}

icalcomponent *shanghaiTimezone()
{
    icalcomponent *tz = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT);
    icalcomponent_add_property(tz, icalproperty_new_tzid("Asia/Shanghai"));
    icalcomponent *standard = icalcomponent_new(ICAL_XSTANDARD_COMPONENT);
    icalcomponent_add_property(standard,
                               icalproperty_new_dtstart(icaltime_from_string("19700101T000000")));
    icalcomponent_add_property(standard, icalproperty_new_tzoffsetfrom(8 * 3600));
    icalcomponent_add_property(standard, icalproperty_new_tzoffsetto(8 * 3600));
    icalcomponent_add_property(standard, icalproperty_new_tzname("CST"));
    icalcomponent_add_component(tz, standard);
    return tz;
}

} // namespace

// --- RosterMonths ------------------------------------------------------------------------------

RosterMonths RosterMonths::compute(const Roster &roster, const QDate &firstMonth, int months,
                                   const QHash<qint64, QString> &names,
                                   const QHash<qint64, QString> &phones)
{
    RosterMonths m;
    m.firstMonth = QDate(firstMonth.year(), firstMonth.month(), 1);
    m.months = std::max(months, 1);
    m.roles = roster.data().roles;
    std::stable_sort(m.roles.begin(), m.roles.end(), [](const DutyRole &a, const DutyRole &b) {
        return a.sortOrder < b.sortOrder;
    });
    m.names = names;
    m.phones = phones;
    m.blocks = roster.shifts(m.from(), m.to());
    m.gaps = roster.gaps(m.from(), m.to());
    const QDate end = m.firstMonth.addMonths(m.months);
    for (QDate day = m.firstMonth; day < end; day = day.addDays(1))
        if (!roster.calendar().isWorkingDay(day))
            m.restDays.insert(day);
    return m;
}

QDateTime RosterMonths::from() const
{
    return localMidnight(firstMonth);
}

QDateTime RosterMonths::to() const
{
    return localMidnight(firstMonth.addMonths(months));
}

// --- Cells -------------------------------------------------------------------------------------

RosterExport::Cell RosterExport::cell(const RosterMonths &months, qint64 roleId, Slot slot,
                                      const QDate &day)
{
    const QDateTime dayStart = localMidnight(day);
    const QDateTime dayEnd = localMidnight(day.addDays(1));
    Cell c;
    QString covering;
    for (const ShiftBlock &b : months.blocks) {
        if (b.roleId != roleId || b.slot != slot || b.contactId == 0)
            continue;
        if (b.end <= dayStart || b.start >= dayEnd)
            continue;
        if (b.start >= dayStart)
            c.lines << QStringLiteral("%1 %2").arg(localHhmm(b.start),
                                                   personName(months.names, b.contactId));
        else if (covering.isEmpty())
            covering = personName(months.names, b.contactId);
    }
    if (c.lines.isEmpty() && !covering.isEmpty())
        c.lines << covering;
    for (const CoverageGap &g : months.gaps) {
        if (g.roleId != roleId || g.slot != slot || g.end <= dayStart || g.start >= dayEnd)
            continue;
        const QDateTime s = std::max(g.start, dayStart);
        const QDateTime e = std::min(g.end, dayEnd);
        c.lines << tr("Gap %1–%2")
                       .arg(localHhmm(s), e == dayEnd ? QStringLiteral("24:00") : localHhmm(e));
        c.gap = true;
    }
    return c;
}

QList<Slot> RosterExport::slotsShown(const RosterMonths &months, const DutyRole &role)
{
    bool backup = role.backupRequired;
    for (const ShiftBlock &b : months.blocks)
        if (!backup && b.roleId == role.id && b.slot == Slot::Backup && b.contactId != 0)
            backup = true;
    return backup ? QList<Slot>{Slot::Primary, Slot::Backup} : QList<Slot>{Slot::Primary};
}

QString RosterExport::rowLabel(const DutyRole &role, Slot slot)
{
    return slot == Slot::Primary ? role.displayName()
                                 : tr("%1 (%2)").arg(role.displayName(), slotName(slot));
}

// --- iCalendar ---------------------------------------------------------------------------------

QByteArray RosterExport::icalendar(const QList<ShiftBlock> &blocks, const QList<DutyRole> &roles,
                                   const QHash<qint64, QString> &names, const QDateTime &stamp,
                                   IcsTimes times, const QString &calendarName)
{
    std::unique_ptr<icalcomponent, void (*)(icalcomponent *)> cal(
        icalcomponent_new(ICAL_VCALENDAR_COMPONENT), icalcomponent_free);
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//DutyDesk//Duty roster//EN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (!calendarName.isEmpty()) {
        icalproperty *name = icalproperty_new_x(calendarName.toUtf8().constData());
        icalproperty_set_x_name(name, "X-WR-CALNAME");
        icalcomponent_add_property(cal.get(), name);
    }
    if (times == IcsTimes::AsiaShanghai) {
        icalproperty *tz = icalproperty_new_x("Asia/Shanghai");
        icalproperty_set_x_name(tz, "X-WR-TIMEZONE");
        icalcomponent_add_property(cal.get(), tz);
        icalcomponent_add_component(cal.get(), shanghaiTimezone());
    }
    for (const ShiftBlock &b : blocks) {
        if (b.contactId == 0)
            continue;
        const DutyRole *role = findRole(roles, b.roleId);
        const QString roleKey = role ? role->key : QString::number(b.roleId);
        const QString roleLabel = role ? rowLabel(*role, b.slot) : tr("Role %1").arg(b.roleId);
        const QString uid =
            QStringLiteral("roster-%1-%2-%3-%4@dutydesk")
                .arg(roleKey, slotId(b.slot),
                     b.start.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")))
                .arg(b.contactId);
        const QString summary = tr("%1 — %2").arg(roleLabel, personName(names, b.contactId));
        icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(ev, icalproperty_new_uid(uid.toUtf8().constData()));
        icalcomponent_add_property(ev, icalproperty_new_dtstamp(utcTime(stamp)));
        if (times == IcsTimes::Utc) {
            icalcomponent_add_property(ev, icalproperty_new_dtstart(utcTime(b.start)));
            icalcomponent_add_property(ev, icalproperty_new_dtend(utcTime(b.end)));
        } else {
            icalcomponent_add_property(ev, localTimeProperty(icalproperty_new_dtstart, b.start));
            icalcomponent_add_property(ev, localTimeProperty(icalproperty_new_dtend, b.end));
        }
        icalcomponent_add_property(ev, icalproperty_new_summary(summary.toUtf8().constData()));
        icalcomponent_add_property(ev, icalproperty_new_categories(roleKey.toUtf8().constData()));
        icalcomponent_add_property(ev, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
        icalcomponent_add_component(cal.get(), ev);
    }
    char *text = icalcomponent_as_ical_string_r(cal.get());
    const QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

// --- Excel -------------------------------------------------------------------------------------

Status RosterExport::writeXlsx(const QString &filePath, const RosterMonths &months)
{
    if (!QFileInfo(filePath).absoluteDir().exists())
        return fail(tr("%1: the folder does not exist.").arg(filePath));
    const QString partial = filePath + QStringLiteral(".part");
    QFile::remove(partial);
    lxw_workbook *wb = workbook_new(QFile::encodeName(partial).constData());
    if (!wb)
        return fail(tr("%1: cannot create the file.").arg(filePath));

    lxw_format *title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format *header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(header);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xDDEBF7);
    lxw_format *weekendHeader = workbook_add_format(wb);
    format_set_bold(weekendHeader);
    format_set_align(weekendHeader, LXW_ALIGN_CENTER);
    format_set_text_wrap(weekendHeader);
    format_set_border(weekendHeader, LXW_BORDER_THIN);
    format_set_bg_color(weekendHeader, 0xEDEDED);
    lxw_format *label = workbook_add_format(wb);
    format_set_bold(label);
    format_set_text_wrap(label);
    format_set_border(label, LXW_BORDER_THIN);
    format_set_align(label, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *normal = workbook_add_format(wb);
    format_set_text_wrap(normal);
    format_set_border(normal, LXW_BORDER_THIN);
    format_set_align(normal, LXW_ALIGN_VERTICAL_TOP);
    format_set_font_size(normal, 9);
    lxw_format *gap = workbook_add_format(wb);
    format_set_text_wrap(gap);
    format_set_border(gap, LXW_BORDER_THIN);
    format_set_align(gap, LXW_ALIGN_VERTICAL_TOP);
    format_set_font_size(gap, 9);
    format_set_bg_color(gap, 0xFFC7CE);
    format_set_font_color(gap, 0x9C0006);

    const QLocale locale;
    for (int m = 0; m < months.months; ++m) {
        const QDate first = months.firstMonth.addMonths(m);
        const QByteArray sheetName = first.toString(QStringLiteral("yyyy-MM")).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName.constData());
        worksheet_set_landscape(ws);
        worksheet_set_paper(ws, 9); // A4
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_write_string(ws, 0, 0,
                               tr("Duty roster %1")
                                   .arg(locale.toString(first, QStringLiteral("yyyy-MM")))
                                   .toUtf8()
                                   .constData(),
                               title);
        worksheet_set_column(ws, 0, 0, 18, nullptr);
        worksheet_set_column(ws, 1, lxw_col_t(first.daysInMonth()), 12, nullptr);
        worksheet_write_string(ws, 1, 0, tr("Role").toUtf8().constData(), header);
        for (int d = 1; d <= first.daysInMonth(); ++d) {
            const QDate day(first.year(), first.month(), d);
            const QString text = QStringLiteral("%1\n%2").arg(d).arg(
                locale.dayName(day.dayOfWeek(), QLocale::ShortFormat));
            worksheet_write_string(ws, 1, lxw_col_t(d), text.toUtf8().constData(),
                                   months.restDays.contains(day) ? weekendHeader : header);
        }
        worksheet_set_row(ws, 1, 30, nullptr);
        lxw_row_t row = 2;
        for (const DutyRole &role : months.roles) {
            for (Slot slot : slotsShown(months, role)) {
                worksheet_write_string(ws, row, 0, rowLabel(role, slot).toUtf8().constData(),
                                       label);
                int lines = 1;
                for (int d = 1; d <= first.daysInMonth(); ++d) {
                    const Cell c =
                        cell(months, role.id, slot, QDate(first.year(), first.month(), d));
                    lines = std::max(lines, int(c.lines.size()));
                    worksheet_write_string(ws, row, lxw_col_t(d),
                                           c.lines.join(u'\n').toUtf8().constData(),
                                           c.gap ? gap : normal);
                }
                worksheet_set_row(ws, row, 13.0 * lines + 4, nullptr);
                ++row;
            }
        }
        worksheet_freeze_panes(ws, 2, 1);
    }
    const lxw_error closed = workbook_close(wb);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return fail(tr("%1: the spreadsheet could not be written (%2).")
                        .arg(filePath, QString::fromUtf8(lxw_strerror(closed))));
    }
    if (QFileInfo::exists(filePath) && !QFile::remove(filePath)) {
        QFile::remove(partial);
        return fail(tr("%1: the existing file could not be replaced.").arg(filePath));
    }
    if (!QFile::rename(partial, filePath)) {
        QFile::remove(partial);
        return fail(tr("%1: the spreadsheet could not be moved into place.").arg(filePath));
    }
    return {};
}

// --- Printable monthly sheet -------------------------------------------------------------------

QString RosterExport::monthHtml(const RosterMonths &months, const QString &institution)
{
    const QLocale locale;
    const QDate first = months.firstMonth;
    QString html;
    html += QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                           "body { font-size: 8pt; }"
                           "h1 { font-size: 14pt; text-align: center; margin: 0; }"
                           "p.sub { text-align: center; margin: 2pt; }"
                           "table { border-collapse: collapse; width: 100%; }"
                           "th, td { border: 1px solid #555; padding: 2px; vertical-align: top; }"
                           "th { background: #DDEBF7; }"
                           "tr.rest td { background: #F0F0F0; }"
                           "td.gap { background: #FFC7CE; color: #9C0006; }"
                           "</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>")
                .arg(tr("Duty roster %1")
                         .arg(locale.toString(first, QStringLiteral("yyyy-MM")))
                         .toHtmlEscaped());
    if (!institution.isEmpty())
        html += QStringLiteral("<p class=\"sub\">%1</p>").arg(institution.toHtmlEscaped());
    html += QStringLiteral("<table><thead><tr><th>%1</th><th>%2</th>")
                .arg(tr("Date").toHtmlEscaped(), tr("Day").toHtmlEscaped());
    QList<std::pair<const DutyRole *, Slot>> columns;
    for (const DutyRole &role : months.roles)
        for (Slot slot : slotsShown(months, role))
            columns.append({&role, slot});
    for (const auto &[role, slot] : columns)
        html += QStringLiteral("<th>%1</th>").arg(rowLabel(*role, slot).toHtmlEscaped());
    html += QStringLiteral("</tr></thead><tbody>");
    QList<qint64> people;
    for (int d = 1; d <= first.daysInMonth(); ++d) {
        const QDate day(first.year(), first.month(), d);
        html += months.restDays.contains(day) ? QStringLiteral("<tr class=\"rest\">")
                                              : QStringLiteral("<tr>");
        html += QStringLiteral("<td>%1</td><td>%2</td>")
                    .arg(day.toString(QStringLiteral("MM-dd")),
                         locale.dayName(day.dayOfWeek(), QLocale::ShortFormat).toHtmlEscaped());
        for (const auto &[role, slot] : columns) {
            const Cell c = cell(months, role->id, slot, day);
            QStringList escaped;
            for (const QString &line : c.lines)
                escaped << line.toHtmlEscaped();
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(c.gap ? QStringLiteral(" class=\"gap\"") : QString(),
                             escaped.join(QStringLiteral("<br>")));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table>");
    for (const ShiftBlock &b : months.blocks)
        if (b.contactId != 0 && !people.contains(b.contactId) && b.start < months.to())
            people << b.contactId;
    if (!months.phones.isEmpty() && !people.isEmpty()) {
        html += QStringLiteral("<h2 style=\"font-size: 10pt\">%1</h2><table><tr><th>%2</th>"
                               "<th>%3</th></tr>")
                    .arg(tr("Telephone numbers").toHtmlEscaped(), tr("Name").toHtmlEscaped(),
                         tr("Telephone").toHtmlEscaped());
        for (qint64 id : people)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                        .arg(personName(months.names, id).toHtmlEscaped(),
                             months.phones.value(id).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace dd
