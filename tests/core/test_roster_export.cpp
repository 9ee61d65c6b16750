#include "roster/roster.h"
#include "roster/roster_export.h"
#include "test_roster_store_fixture.h"

#include <QFile>
#include <QLocale>

#include <libical/ical.h>

using namespace dd;

namespace {

struct Fixture : test::RosterStoreFixture {
    qint64 zhang = addPerson(QStringLiteral("张伟"));
    qint64 li = addPerson(QStringLiteral("李娜"));
    qint64 wang = addPerson(QStringLiteral("王强"));

    Fixture()
    {
        Rotation r;
        r.roleId = roleId(QStringLiteral("duty_leader"));
        r.pattern = twoShifts();
        r.startDate = QDate(2026, 1, 1);
        r.members = {zhang, li};
        EXPECT_TRUE(roster.saveRotation(admin, r).ok());
        Rotation b = r;
        b.slot = Slot::Backup;
        b.pattern = ShiftPattern(); // daily at 08:30
        b.members = {wang};
        EXPECT_TRUE(roster.saveRotation(admin, b).ok());
        Leave l{0, wang, local(2026, 1, 7, 12), local(2026, 1, 7, 18), QStringLiteral("sick"), {}};
        EXPECT_TRUE(roster.addLeave(admin, l).ok());
    }

    Roster load() { return Roster(*roster.load(), backend->calendar()); }
};

// Restores the default locale after a test that sets one.
struct LocaleGuard {
    QLocale saved;
    explicit LocaleGuard(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleGuard() { QLocale::setDefault(saved); }
};

int countEvents(icalcomponent *cal)
{
    int n = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
        ++n;
    return n;
}

} // namespace

TEST(RosterExport, ICalendarParsesBackWithOneEventPerShift)
{
    Fixture f;
    LocaleGuard zh(QLocale(QLocale::Chinese, QLocale::China));
    const Roster roster = f.load();
    const qint64 leader = f.roleId(QStringLiteral("duty_leader"));
    const QList<ShiftBlock> blocks = roster.shifts(
        leader, Slot::Primary, f.local(2026, 1, 5, 8, 30), f.local(2026, 1, 8, 8, 30));
    ASSERT_EQ(blocks.size(), 6); // two shifts a day for three days
    const QByteArray ics = RosterExport::icalendar(
        blocks, roster.data().roles, *f.roster.contactNames(), f.backend.clock().now(),
        IcsTimes::AsiaShanghai, QStringLiteral("值班表"));
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR"));
    EXPECT_TRUE(ics.contains("BEGIN:VTIMEZONE"));
    EXPECT_TRUE(ics.contains("DTSTART;TZID=Asia/Shanghai:20260105T083000"));

    icalcomponent *cal = icalparser_parse_string(ics.constData());
    ASSERT_NE(cal, nullptr);
    EXPECT_EQ(countEvents(cal), 6);
    icalcomponent *first = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
    EXPECT_EQ(QString::fromUtf8(icalcomponent_get_summary(first)),
              QStringLiteral("值班负责人 — 张伟"));
    const QString uid = QString::fromUtf8(icalcomponent_get_uid(first));
    EXPECT_TRUE(uid.startsWith(QStringLiteral("roster-duty_leader-primary-20260105T003000Z")))
        << uid.toStdString();
    icalcomponent_free(cal);

    // Stable: the same blocks give the same calendar; UTC times on request.
    EXPECT_EQ(RosterExport::icalendar(blocks, roster.data().roles, *f.roster.contactNames(),
                                      f.backend.clock().now(), IcsTimes::AsiaShanghai,
                                      QStringLiteral("值班表")),
              ics);
    const QByteArray utc =
        RosterExport::icalendar(blocks, roster.data().roles, *f.roster.contactNames(),
                                f.backend.clock().now(), IcsTimes::Utc);
    EXPECT_TRUE(utc.contains("DTSTART:20260105T003000Z"));
    EXPECT_FALSE(utc.contains("VTIMEZONE"));
    icalcomponent *utcCal = icalparser_parse_string(utc.constData());
    ASSERT_NE(utcCal, nullptr);
    EXPECT_EQ(countEvents(utcCal), 6);
    icalcomponent_free(utcCal);
}

TEST(RosterExport, MonthCellsShowShiftsAndGaps)
{
    Fixture f;
    const RosterMonths months =
        RosterMonths::compute(f.load(), QDate(2026, 1, 15), 1, *f.roster.contactNames());
    EXPECT_EQ(months.firstMonth, QDate(2026, 1, 1));
    const qint64 leader = f.roleId(QStringLiteral("duty_leader"));
    const RosterExport::Cell day =
        RosterExport::cell(months, leader, Slot::Primary, QDate(2026, 1, 5));
    ASSERT_GE(day.lines.size(), 2);
    EXPECT_TRUE(day.lines.contains(QStringLiteral("08:30 张伟"))
                || day.lines.contains(QStringLiteral("08:30 李娜")))
        << day.lines.join(u'|').toStdString();
    EXPECT_FALSE(day.gap);
    const RosterExport::Cell sick =
        RosterExport::cell(months, leader, Slot::Backup, QDate(2026, 1, 7));
    EXPECT_TRUE(sick.gap) << sick.lines.join(u'|').toStdString();
    EXPECT_TRUE(sick.lines.join(u'|').contains(QStringLiteral("12:00–18:00")))
        << sick.lines.join(u'|').toStdString();

    const QString html = RosterExport::monthHtml(months, QStringLiteral("测试证券"));
    EXPECT_TRUE(html.contains(QStringLiteral("测试证券")));
    EXPECT_TRUE(html.contains(QStringLiteral("张伟")));
    EXPECT_TRUE(html.contains(QStringLiteral("class=\"gap\"")));
}

TEST(RosterExport, ExcelWorkbookIsWritten)
{
    Fixture f;
    const RosterMonths months =
        RosterMonths::compute(f.load(), QDate(2026, 1, 1), 2, *f.roster.contactNames());
    const QString path = f.backend.dirPath(QStringLiteral("值班表.xlsx"));
    auto written = RosterExport::writeXlsx(path, months);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_GT(bytes.size(), 1000);
    EXPECT_TRUE(bytes.startsWith("PK"));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));
    // Overwrites an existing file.
    ASSERT_TRUE(RosterExport::writeXlsx(path, months).ok());
    auto nowhere =
        RosterExport::writeXlsx(f.backend.dirPath(QStringLiteral("no/such/dir/x.xlsx")), months);
    EXPECT_FALSE(nowhere.ok());
}

TEST(RosterExport, MonthSheetShadesWeekendsAndPublicHolidaysButNotMakeUpWorkdays)
{
    Fixture f;
    // February 2026: the Spring Festival holiday runs 15–23 February (16–20 and 23 are
    // weekdays); Saturdays 14 and 28 February are make-up workdays (调休).
    const RosterMonths months =
        RosterMonths::compute(f.load(), QDate(2026, 2, 1), 1, *f.roster.contactNames());
    EXPECT_TRUE(months.restDays.contains(QDate(2026, 2, 7)));   // a plain Saturday
    EXPECT_TRUE(months.restDays.contains(QDate(2026, 2, 8)));   // a plain Sunday
    EXPECT_TRUE(months.restDays.contains(QDate(2026, 2, 16)));  // Monday, public holiday
    EXPECT_TRUE(months.restDays.contains(QDate(2026, 2, 23)));  // Monday, public holiday
    EXPECT_FALSE(months.restDays.contains(QDate(2026, 2, 14))); // Saturday, make-up workday
    EXPECT_FALSE(months.restDays.contains(QDate(2026, 2, 28))); // Saturday, make-up workday
    EXPECT_FALSE(months.restDays.contains(QDate(2026, 2, 9)));  // a plain Monday
    EXPECT_FALSE(months.restDays.contains(QDate(2026, 3, 1)));  // outside the month

    // The sheet shades exactly those rows: each row starts with its date "MM-dd".
    const QString html = RosterExport::monthHtml(months, QString());
    const auto shaded = [&html](const QString &mmdd) {
        return html.contains(QStringLiteral("<tr class=\"rest\"><td>%1</td>").arg(mmdd));
    };
    const auto plain = [&html](const QString &mmdd) {
        return html.contains(QStringLiteral("<tr><td>%1</td>").arg(mmdd));
    };
    EXPECT_TRUE(shaded(QStringLiteral("02-16")));
    EXPECT_TRUE(shaded(QStringLiteral("02-07")));
    EXPECT_TRUE(plain(QStringLiteral("02-14")));
    EXPECT_TRUE(plain(QStringLiteral("02-09")));
    EXPECT_FALSE(shaded(QStringLiteral("02-14")));
}
