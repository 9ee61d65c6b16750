#pragma once

#include "common/result.h"
#include "roster/roster.h"
#include "roster/roster_types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace dd {

// The shifts and gaps of whole months (institution time), as the spreadsheet and the printable
// monthly sheet show them.
struct RosterMonths {
    QDate firstMonth; // the 1st of the first month
    int months = 1;
    QList<DutyRole> roles; // in display order
    QHash<qint64, QString> names;
    QHash<qint64, QString> phones; // optional: listed under the printable sheet
    QList<ShiftBlock> blocks;      // UTC, over the months
    QList<CoverageGap> gaps;
    // Days of the months that are not working days by the roster's calendar: weekends and
    // public holidays, but not weekend make-up workdays (调休). Shaded in the sheets.
    QSet<QDate> restDays;

    // Fills roles, blocks, gaps and rest days from the roster for `months` months from
    // `firstMonth`.
    static RosterMonths compute(const Roster &roster, const QDate &firstMonth, int months,
                                const QHash<qint64, QString> &names,
                                const QHash<qint64, QString> &phones = {});
    // [first day 00:00, day after the last 00:00) in UTC.
    QDateTime from() const;
    QDateTime to() const;
};

enum class IcsTimes {
    Utc,         // DTSTART:20260105T003000Z
    AsiaShanghai // DTSTART;TZID=Asia/Shanghai:20260105T083000 with a VTIMEZONE
};

// Calendar and spreadsheet exports of the roster.
class RosterExport {
    Q_DECLARE_TR_FUNCTIONS(dd::RosterExport)
public:
    // A VCALENDAR with one VEVENT per block (blocks of nobody are left out). UIDs are stable
    // per block (role, slot, start, person); SUMMARY "值班负责人 — 张伟"; DTSTAMP is `stamp`.
    static QByteArray icalendar(const QList<ShiftBlock> &blocks, const QList<DutyRole> &roles,
                                const QHash<qint64, QString> &names, const QDateTime &stamp,
                                IcsTimes times = IcsTimes::AsiaShanghai,
                                const QString &calendarName = {});

    // One sheet per month: a row per role (and a backup row where the role needs one or has
    // backup shifts), a column per day, each cell the shifts starting that day ("08:30 张伟")
    // and any gap in red. Written to a temporary file beside `filePath`, then renamed.
    static Status writeXlsx(const QString &filePath, const RosterMonths &months);

    // The printable monthly sheet (a day per row, a column per role and slot) as HTML for
    // PdfDocument::writeHtml; rest days (RosterMonths::restDays) are shaded. Only the first
    // month of `months` is shown.
    static QString monthHtml(const RosterMonths &months, const QString &institution);

    // The text of one cell: the shifts of role/slot starting on `day` (institution time), or
    // the person covering the day when none starts; gaps as "Gap 02:00–08:30".
    struct Cell {
        QStringList lines;
        bool gap = false;
    };
    static Cell cell(const RosterMonths &months, qint64 roleId, Slot slot, const QDate &day);
    // Rows shown for a role: primary, and backup when required or present in the blocks.
    static QList<Slot> slotsShown(const RosterMonths &months, const DutyRole &role);
    static QString rowLabel(const DutyRole &role, Slot slot);
};

} // namespace dd
