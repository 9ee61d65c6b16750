#include "time/trading_calendar.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <string>

namespace dd {
namespace {

const QString Stock = QStringLiteral("stock");
const QString Futures = QStringLiteral("futures");
const QString Futures2300 = QStringLiteral("futures_night_2300");
const QString Financial = QStringLiteral("financial_futures");

// Exchange wall-clock time (Asia/Shanghai).
QDateTime bj(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), TradingCalendar::exchangeTimeZone());
}

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

const TradingCalendar &calendar()
{
    static const TradingCalendar c = [] {
        auto loaded = TradingCalendar::builtIn();
        if (!loaded) {
            ADD_FAILURE() << loaded.error().toStdString();
            return TradingCalendar();
        }
        return *loaded;
    }();
    return c;
}

std::string text(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(TradingCalendar::exchangeTimeZone())
                             .toString(Qt::ISODate)
                             .toStdString()
                       : std::string("invalid");
}

std::string text(QDate d)
{
    return d.toString(Qt::ISODate).toStdString();
}

TEST(TradingCalendar, BuiltInDataLoads)
{
    auto c = TradingCalendar::builtIn();
    ASSERT_TRUE(c.ok()) << c.error().toStdString();
    EXPECT_EQ(c->years(), (QList<int>{2025, 2026}));
    for (const QString &id : {Stock, Futures, Futures2300, Financial})
        EXPECT_TRUE(c->hasMarket(id)) << id.toStdString();
    EXPECT_TRUE(c->covers(day(2025, 6, 1)));
    EXPECT_TRUE(c->covers(day(2026, 12, 31)));
    EXPECT_FALSE(c->covers(day(2024, 12, 31)));
    ASSERT_NE(c->year(2026), nullptr);
    EXPECT_TRUE(c->year(2026)->note.contains(QStringLiteral("核对")));
    EXPECT_FALSE(c->year(2025)->source.isEmpty());
}

TEST(TradingCalendar, LunchBreakIsNotTradingTime)
{
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 6, 4, 12, 0), Stock));
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 6, 4, 12, 0), Futures));
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 6, 4, 12, 0), Financial));
    EXPECT_EQ(
        calendar().tradingSecondsBetween(bj(2025, 6, 4, 11, 30), bj(2025, 6, 4, 13, 0), Stock), 0);
}

TEST(TradingCalendar, StockSessionEdgesAreHalfOpen)
{
    struct Case {
        int h, m, s;
        bool trading;
    };
    const Case cases[] = {
        {9, 14, 59, false}, {9, 15, 0, true},   {9, 25, 0, true},    {9, 30, 0, true},
        {11, 29, 59, true}, {11, 30, 0, false}, {12, 59, 59, false}, {13, 0, 0, true},
        {14, 59, 59, true}, {15, 0, 0, false},  {9, 14, 0, false},
    };
    for (const Case &c : cases)
        EXPECT_EQ(calendar().isTradingTime(bj(2025, 6, 4, c.h, c.m, c.s), Stock), c.trading)
            << c.h << ":" << c.m << ":" << c.s;
}

TEST(TradingCalendar, FuturesDayBreakIsNotTradingTime)
{
    EXPECT_TRUE(calendar().isTradingTime(bj(2025, 6, 4, 10, 14), Futures));
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 6, 4, 10, 15), Futures));
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 6, 4, 10, 29), Futures));
    EXPECT_TRUE(calendar().isTradingTime(bj(2025, 6, 4, 10, 30), Futures));
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 6, 4, 13, 29), Futures));
    EXPECT_TRUE(calendar().isTradingTime(bj(2025, 6, 4, 13, 30), Futures));
}

TEST(TradingCalendar, FridayNightSessionRunsIntoSaturday)
{
    // 2025-06-06 is a Friday; its night session belongs to Monday 2025-06-09.
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 6, 6, 20, 59), Futures));
    EXPECT_TRUE(calendar().isTradingTime(bj(2025, 6, 6, 21, 0), Futures));
    EXPECT_TRUE(calendar().isTradingTime(bj(2025, 6, 7, 0, 0), Futures));
    EXPECT_TRUE(calendar().isTradingTime(bj(2025, 6, 7, 2, 29, 59), Futures));
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 6, 7, 2, 30), Futures));
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 6, 7, 21, 30), Futures)); // Saturday night
    EXPECT_EQ(
        calendar().tradingMinutesBetween(bj(2025, 6, 6, 15, 0), bj(2025, 6, 9, 9, 0), Futures),
        330);
    // The 23:00 product stops before midnight.
    EXPECT_TRUE(calendar().isTradingTime(bj(2025, 6, 6, 22, 59), Futures2300));
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 6, 6, 23, 0), Futures2300));
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 6, 7, 0, 30), Futures2300));
    // Stocks have no night session at all.
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 6, 6, 21, 30), Stock));
}

TEST(TradingCalendar, MidweekNightSessionCrossesMidnight)
{
    const auto intervals =
        calendar().tradingIntervals(bj(2025, 6, 4, 20, 0), bj(2025, 6, 5, 3, 0), Futures);
    ASSERT_EQ(intervals.size(), 1);
    EXPECT_EQ(intervals[0].start, bj(2025, 6, 4, 21, 0));
    EXPECT_EQ(intervals[0].end, bj(2025, 6, 5, 2, 30));
}

TEST(TradingCalendar, NoNightSessionOnTheEveOfAHoliday)
{
    // Evening of 2025-09-30: the next trading day is 2025-10-09, after National Day.
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 9, 30, 21, 30), Futures));
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 10, 1, 1, 0), Futures));
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 9, 30, 21, 30), Futures2300));
    EXPECT_TRUE(calendar()
                    .tradingIntervals(bj(2025, 9, 30, 15, 0), bj(2025, 10, 9, 9, 0), Futures)
                    .isEmpty());
    // Night sessions resume on the evening of the first trading day after the holiday.
    EXPECT_TRUE(calendar().isTradingTime(bj(2025, 10, 9, 21, 30), Futures));
    // Friday 2025-10-10: only a weekend (with the make-up Saturday) follows, so it is held.
    EXPECT_TRUE(calendar().isTradingTime(bj(2025, 10, 10, 21, 30), Futures));
    // Thursday 2025-04-03, before Qingming (Apr 4-6).
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 4, 3, 21, 30), Futures));
}

TEST(TradingCalendar, FinancialFuturesHaveNoNightSession)
{
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 6, 6, 21, 30), Financial));
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 6, 7, 1, 0), Financial));
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 6, 4, 9, 29), Financial));
    EXPECT_TRUE(calendar().isTradingTime(bj(2025, 6, 4, 9, 30), Financial));
    EXPECT_EQ(
        calendar().tradingMinutesBetween(bj(2025, 6, 4, 0, 0), bj(2025, 6, 5, 0, 0), Financial),
        240);
}

TEST(TradingCalendar, MakeUpWorkdayIsWorkingButNotTrading)
{
    for (QDate d : {day(2025, 1, 26), day(2025, 2, 8), day(2025, 9, 28), day(2025, 10, 11),
                    day(2026, 1, 4), day(2026, 2, 14), day(2026, 10, 10)}) {
        EXPECT_TRUE(calendar().isWorkingDay(d)) << text(d);
        EXPECT_FALSE(calendar().isTradingDay(d)) << text(d);
        EXPECT_FALSE(calendar().isHoliday(d)) << text(d);
    }
    EXPECT_FALSE(calendar().isTradingTime(bj(2026, 10, 10, 10, 0), Stock));
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 9, 28, 10, 0), Futures));
}

TEST(TradingCalendar, HolidayIsNeitherWorkingNorTrading)
{
    for (QDate d : {day(2025, 1, 1), day(2025, 1, 28), day(2025, 2, 4), day(2025, 5, 5),
                    day(2025, 10, 1), day(2025, 10, 8), day(2026, 1, 2), day(2026, 2, 23),
                    day(2026, 6, 19), day(2026, 9, 25), day(2026, 10, 7)}) {
        EXPECT_TRUE(calendar().isHoliday(d)) << text(d);
        EXPECT_FALSE(calendar().isWorkingDay(d)) << text(d);
        EXPECT_FALSE(calendar().isTradingDay(d)) << text(d);
    }
    EXPECT_FALSE(calendar().isTradingTime(bj(2025, 10, 8, 10, 0), Stock));
}

TEST(TradingCalendar, WeekendIsNeitherWorkingNorTrading)
{
    for (QDate d : {day(2025, 6, 7), day(2025, 6, 8), day(2026, 3, 7)}) {
        EXPECT_FALSE(calendar().isWorkingDay(d)) << text(d);
        EXPECT_FALSE(calendar().isTradingDay(d)) << text(d);
    }
    EXPECT_TRUE(calendar().isWorkingDay(day(2025, 6, 6)));
    EXPECT_TRUE(calendar().isTradingDay(day(2025, 6, 6)));
}

TEST(TradingCalendar, OutsideLoadedYearsOnlyWeekendsAreClosed)
{
    EXPECT_FALSE(calendar().covers(day(2030, 1, 1)));
    EXPECT_TRUE(calendar().isTradingDay(day(2030, 1, 1))); // a Tuesday; no holidays known
    EXPECT_FALSE(calendar().isTradingDay(day(2030, 1, 5)));
    EXPECT_TRUE(calendar().isTradingTime(bj(2030, 1, 1, 10, 0), Stock));
}

TEST(TradingCalendar, NextAndPreviousTradingDaySkipClosedDays)
{
    EXPECT_EQ(calendar().nextTradingDay(day(2025, 9, 30)), day(2025, 10, 9));
    EXPECT_EQ(calendar().previousTradingDay(day(2025, 10, 9)), day(2025, 9, 30));
    EXPECT_EQ(calendar().nextTradingDay(day(2025, 10, 10)), day(2025, 10, 13));
    EXPECT_EQ(calendar().nextTradingDay(day(2026, 2, 13)), day(2026, 2, 24));
}

TEST(TradingCalendar, AddWorkingDaysSkipsNonWorkingDays)
{
    struct Case {
        QDate from;
        int n;
        QDate expected;
    };
    const Case cases[] = {
        {day(2025, 9, 30), 1, day(2025, 10, 9)},  // over National Day
        {day(2026, 9, 30), 1, day(2026, 10, 8)},  // over National Day
        {day(2026, 10, 9), 1, day(2026, 10, 10)}, // onto a make-up Saturday
        {day(2025, 9, 26), 1, day(2025, 9, 28)},  // Friday onto a make-up Sunday
        {day(2025, 6, 6), 1, day(2025, 6, 9)},    // over a plain weekend
        {day(2025, 6, 6), 5, day(2025, 6, 13)},
        {day(2025, 10, 9), -1, day(2025, 9, 30)},   // negative: back over National Day
        {day(2026, 10, 12), -1, day(2026, 10, 10)}, // back onto the make-up Saturday
        {day(2025, 6, 9), -1, day(2025, 6, 6)},
        {day(2025, 6, 9), 0, day(2025, 6, 9)},
        {day(2025, 6, 7), 0, day(2025, 6, 7)},
    };
    for (const Case &c : cases)
        EXPECT_EQ(calendar().addWorkingDays(c.from, c.n), c.expected)
            << text(c.from) << " + " << c.n;
}

TEST(TradingCalendar, TradingMinutesBetween)
{
    struct Case {
        const char *what;
        QDateTime a, b;
        QString market;
        qint64 minutes;
    };
    const Case cases[] = {
        {"across lunch", bj(2025, 6, 4, 11, 0), bj(2025, 6, 4, 13, 30), Stock, 60},
        {"whole stock day", bj(2025, 6, 4, 0, 0), bj(2025, 6, 5, 0, 0), Stock, 255},
        {"across a weekend", bj(2025, 6, 6, 14, 0), bj(2025, 6, 9, 10, 0), Stock, 105},
        {"across National Day", bj(2025, 9, 30, 14, 30), bj(2025, 10, 9, 9, 30), Stock, 45},
        {"across Spring Festival 2026", bj(2026, 2, 13, 14, 0), bj(2026, 2, 24, 9, 30), Stock, 75},
        {"futures whole day", bj(2025, 6, 4, 3, 0), bj(2025, 6, 4, 20, 0), Futures, 225},
        {"futures across a weekend", bj(2025, 6, 6, 14, 30), bj(2025, 6, 9, 9, 30), Futures, 390},
        {"futures across National Day", bj(2025, 9, 30, 14, 0), bj(2025, 10, 9, 10, 0), Futures,
         120},
        {"futures overnight", bj(2025, 10, 9, 14, 0), bj(2025, 10, 10, 9, 30), Futures, 420},
        {"reversed", bj(2025, 6, 4, 13, 30), bj(2025, 6, 4, 11, 0), Stock, 0},
        {"empty", bj(2025, 6, 4, 10, 0), bj(2025, 6, 4, 10, 0), Stock, 0},
        {"unknown market", bj(2025, 6, 4, 9, 0), bj(2025, 6, 4, 15, 0), QStringLiteral("x"), 0},
    };
    for (const Case &c : cases)
        EXPECT_EQ(calendar().tradingMinutesBetween(c.a, c.b, c.market), c.minutes) << c.what;
}

TEST(TradingCalendar, TradingSecondsAreCountedAndMinutesFloored)
{
    const QDateTime a = bj(2025, 6, 4, 11, 29, 30);
    const QDateTime b = bj(2025, 6, 4, 13, 0, 10);
    EXPECT_EQ(calendar().tradingSecondsBetween(a, b, Stock), 40);
    EXPECT_EQ(calendar().tradingMinutesBetween(a, b, Stock), 0);
    // The instants' own time zone does not matter.
    EXPECT_EQ(calendar().tradingSecondsBetween(a.toUTC(), b.toUTC(), Stock), 40);
}

TEST(TradingCalendar, TradingIntervalsAreUtcAndClipped)
{
    const auto intervals =
        calendar().tradingIntervals(bj(2025, 6, 4, 10, 0), bj(2025, 6, 4, 14, 0), Stock);
    ASSERT_EQ(intervals.size(), 2);
    const auto utc = [](int h, int m) {
        return QDateTime(QDate(2025, 6, 4), QTime(h, m), Qt::UTC);
    };
    EXPECT_EQ(intervals[0].start, utc(2, 0));
    EXPECT_EQ(intervals[0].end, utc(3, 30));
    EXPECT_EQ(intervals[1].start, utc(5, 0));
    EXPECT_EQ(intervals[1].end, utc(6, 0));
    for (const auto &i : intervals) {
        EXPECT_EQ(i.start.timeSpec(), Qt::UTC);
        EXPECT_EQ(i.end.timeSpec(), Qt::UTC);
    }
}

TEST(TradingCalendar, AddTradingMinutesInvertsTradingMinutesBetween)
{
    struct Case {
        QDateTime from;
        qint64 minutes;
        QString market;
        QDateTime expected;
    };
    const Case cases[] = {
        {bj(2025, 6, 4, 11, 0), 60, Stock, bj(2025, 6, 4, 13, 30)},
        {bj(2025, 6, 4, 11, 0), 30, Stock, bj(2025, 6, 4, 11, 30)},    // ends at the close
        {bj(2025, 6, 4, 12, 0), 1, Stock, bj(2025, 6, 4, 13, 1)},      // from the lunch break
        {bj(2025, 6, 4, 7, 0), 10, Stock, bj(2025, 6, 4, 9, 25)},      // before the open
        {bj(2025, 6, 6, 14, 30), 60, Stock, bj(2025, 6, 9, 9, 45)},    // over a weekend
        {bj(2025, 9, 30, 14, 50), 20, Stock, bj(2025, 10, 9, 9, 25)},  // over National Day
        {bj(2025, 9, 26, 14, 0), 300, Stock, bj(2025, 9, 29, 14, 45)}, // past a make-up Sunday
        {bj(2025, 6, 6, 14, 30), 60, Futures, bj(2025, 6, 6, 21, 30)},
        {bj(2025, 6, 6, 22, 0), 270, Futures, bj(2025, 6, 7, 2, 30)},
        {bj(2025, 6, 6, 22, 0), 271, Futures, bj(2025, 6, 9, 9, 1)},
        {bj(2025, 9, 30, 14, 0), 61, Futures, bj(2025, 10, 9, 9, 1)},
        {bj(2025, 6, 6, 21, 0), 60, Financial, bj(2025, 6, 9, 10, 30)},
        {bj(2025, 6, 9, 9, 45), -60, Stock, bj(2025, 6, 6, 14, 30)}, // backwards
        {bj(2025, 6, 9, 9, 1), -31, Futures, bj(2025, 6, 7, 2, 0)},
    };
    for (const Case &c : cases) {
        const QDateTime got = calendar().addTradingMinutes(c.from, c.minutes, c.market);
        EXPECT_EQ(got, c.expected) << text(c.from) << " + " << c.minutes << " -> " << text(got);
        EXPECT_EQ(got.timeSpec(), Qt::UTC);
        if (c.minutes > 0)
            EXPECT_EQ(calendar().tradingMinutesBetween(c.from, got, c.market), c.minutes);
        else
            EXPECT_EQ(calendar().tradingMinutesBetween(got, c.from, c.market), -c.minutes);
    }
    EXPECT_EQ(calendar().addTradingMinutes(bj(2025, 6, 4, 12, 0), 0, Stock), bj(2025, 6, 4, 12, 0));
}

TEST(TradingCalendar, AddTradingMinutesRoundTripsOverAYear)
{
    QDateTime t = bj(2025, 1, 2, 8, 0);
    for (int i = 0; i < 400; ++i) {
        const qint64 n = 37 + (i * 53) % 700;
        const QDateTime next = calendar().addTradingMinutes(t, n, Futures);
        ASSERT_TRUE(next.isValid()) << text(t);
        ASSERT_EQ(calendar().tradingMinutesBetween(t, next, Futures), n) << text(t);
        ASSERT_TRUE(calendar().isTradingTime(next.addSecs(-1), Futures)) << text(next);
        t = next;
    }
}

TEST(TradingCalendar, AddTradingMinutesIsInvalidWhenTheYearsRunOut)
{
    EXPECT_FALSE(calendar().addTradingMinutes(bj(2026, 12, 31, 15, 0), 1, Stock).isValid());
    EXPECT_FALSE(calendar().addTradingMinutes(bj(2026, 12, 1, 10, 0), 100000, Stock).isValid());
    EXPECT_FALSE(calendar().addTradingMinutes(bj(2025, 1, 2, 10, 0), 3'000'000, Stock).isValid());
    EXPECT_FALSE(calendar().addTradingMinutes(bj(2030, 1, 2, 10, 0), 1, Stock).isValid());
    EXPECT_FALSE(
        calendar().addTradingMinutes(bj(2025, 1, 2, 10, 0), 1, QStringLiteral("x")).isValid());
    EXPECT_TRUE(calendar().addTradingMinutes(bj(2026, 12, 31, 14, 0), 60, Stock).isValid());
}

TEST(TradingCalendar, ParsesAYearFile)
{
    const QByteArray json = R"({"year": 2027, "source": "test", "note": "check",
        "holidays": [{"name": "A", "from": "2027-01-01", "to": "2027-01-03"}],
        "makeup_workdays": ["2027-01-09"], "extra_closed_days": ["2027-03-01"]})";
    auto y = TradingCalendar::parseYear(json, QStringLiteral("2027.json"));
    ASSERT_TRUE(y.ok()) << y.error().toStdString();
    EXPECT_EQ(y->year, 2027);
    EXPECT_EQ(y->source, QStringLiteral("test"));
    EXPECT_EQ(y->note, QStringLiteral("check"));
    EXPECT_EQ(y->holidays, (QSet<QDate>{day(2027, 1, 1), day(2027, 1, 2), day(2027, 1, 3)}));
    EXPECT_EQ(y->makeUpWorkdays, QSet<QDate>{day(2027, 1, 9)});
    EXPECT_EQ(y->extraClosedDays, QSet<QDate>{day(2027, 3, 1)});

    TradingCalendar c = calendar();
    c.setYear(*y);
    EXPECT_TRUE(c.covers(day(2027, 3, 1)));
    EXPECT_TRUE(c.isWorkingDay(day(2027, 3, 1))); // extra closed day: working, not trading
    EXPECT_FALSE(c.isTradingDay(day(2027, 3, 1)));
    EXPECT_TRUE(c.isWorkingDay(day(2027, 1, 9)));
    EXPECT_FALSE(c.isTradingDay(day(2027, 1, 9)));
    // No night session before an extra closed Monday.
    EXPECT_FALSE(c.isTradingTime(bj(2027, 2, 26, 21, 30), Futures));
    EXPECT_TRUE(c.isTradingTime(bj(2027, 3, 2, 21, 30), Futures));
}

TEST(TradingCalendar, SetYearReplacesTheYear)
{
    TradingCalendar c = calendar();
    auto y = TradingCalendar::parseYear(R"({"year": 2025, "source": "override", "holidays": []})",
                                        QStringLiteral("x.json"));
    ASSERT_TRUE(y.ok()) << y.error().toStdString();
    c.setYear(*y);
    EXPECT_TRUE(c.isTradingDay(day(2025, 10, 1)));
    EXPECT_EQ(c.year(2025)->source, QStringLiteral("override"));
}

struct MalformedCase {
    const char *json;
    const char *expected[2]; // substrings of the message besides the file name
};

TEST(TradingCalendar, MalformedYearFilesAreRefusedWithFileKeyAndReason)
{
    const MalformedCase cases[] = {
        {R"({"year": 2026, "source": "s", "holidays": [)", {"not valid JSON at offset", ""}},
        {R"([1, 2])", {"expected a JSON object", ""}},
        {R"({"year": 2026, "source": "s", "holidays": [], "foo": 1})", {"unknown key 'foo'", ""}},
        {R"({"source": "s", "holidays": []})", {"year: ", "required"}},
        {R"({"year": 2026, "holidays": []})", {"source: ", "required"}},
        {R"({"year": "2026", "source": "s", "holidays": []})", {"year: ", "whole number"}},
        {R"({"year": 2026.5, "source": "s", "holidays": []})", {"year: ", "whole number"}},
        {R"({"year": 2026, "source": "", "holidays": []})", {"source: ", "non-empty"}},
        {R"({"year": 2026, "source": "s", "holidays": {}})", {"holidays: ", "expected an array"}},
        {R"({"year": 2026, "source": "s", "holidays": [
            {"name": "a", "from": "2026-01-01", "to": "2026-01-01"},
            {"name": "b", "from": "2026-02-01", "to": "2026-02-01"},
            {"name": "c", "from": "2026-13-01", "to": "2026-12-01"}]})",
         {"2026.json: holidays[2].from: ", "expected a date YYYY-MM-DD"}},
        {R"({"year": 2026, "source": "s", "holidays": [
            {"name": "a", "from": "2026/01/01", "to": "2026-01-01"}]})",
         {"holidays[0].from: ", "expected a date YYYY-MM-DD"}},
        {R"({"year": 2026, "source": "s", "holidays": [
            {"name": "a", "from": "2026-02-30", "to": "2026-03-01"}]})",
         {"holidays[0].from: ", "expected a date YYYY-MM-DD"}},
        {R"({"year": 2026, "source": "s", "holidays": [
            {"name": "a", "from": "2026-12-31", "to": "2027-01-01"}]})",
         {"holidays[0].to: ", "outside year 2026"}},
        {R"({"year": 2026, "source": "s", "holidays": [
            {"name": "a", "from": "2026-05-05", "to": "2026-05-01"}]})",
         {"holidays[0].to: ", "before"}},
        {R"({"year": 2026, "source": "s", "holidays": [
            {"name": "a", "from": "2026-05-01", "to": "2026-05-01", "day": 1}]})",
         {"holidays[0]: ", "unknown key 'day'"}},
        {R"({"year": 2026, "source": "s", "holidays": [{"from": "2026-05-01", "to": "2026-05-01"}]})",
         {"holidays[0].name: ", "required"}},
        {R"({"year": 2026, "source": "s", "holidays": ["2026-05-01"]})",
         {"holidays[0]: ", "expected an object"}},
        {R"({"year": 2026, "source": "s", "holidays": [
            {"name": "a", "from": "2026-10-01", "to": "2026-10-07"}],
            "makeup_workdays": ["2026-10-10", "2026-10-03"]})",
         {"makeup_workdays[1]: ", "a day cannot be both holiday and make-up workday"}},
        {R"({"year": 2026, "source": "s", "holidays": [], "makeup_workdays": ["2025-12-27"]})",
         {"makeup_workdays[0]: ", "outside year 2026"}},
        {R"({"year": 2026, "source": "s", "holidays": [], "makeup_workdays": ["2026-10-12"]})",
         {"makeup_workdays[0]: ", "Saturday or Sunday"}},
        {R"({"year": 2026, "source": "s", "holidays": [], "makeup_workdays": [20261010]})",
         {"makeup_workdays[0]: ", "expected a date YYYY-MM-DD"}},
        {R"({"year": 2026, "source": "s", "holidays": [], "extra_closed_days": ["2026-10-10"]})",
         {"extra_closed_days[0]: ", "weekday"}},
        {R"({"year": 2026, "source": "s", "holidays": [
            {"name": "a", "from": "2026-10-01", "to": "2026-10-07"}],
            "extra_closed_days": ["2026-10-02"]})",
         {"extra_closed_days[0]: ", "both holiday and extra closed day"}},
    };
    for (const MalformedCase &c : cases) {
        auto y = TradingCalendar::parseYear(QByteArray(c.json), QStringLiteral("2026.json"));
        ASSERT_FALSE(y.ok()) << c.json;
        const QString message = y.error();
        EXPECT_TRUE(message.startsWith(QStringLiteral("2026.json: "))) << message.toStdString();
        for (const char *part : c.expected)
            EXPECT_TRUE(message.contains(QString::fromUtf8(part)))
                << message.toStdString() << " lacks " << part;
    }
}

TEST(TradingCalendar, MalformedMarketFilesAreRefusedWithFileKeyAndReason)
{
    const MalformedCase cases[] = {
        {R"({"markets": [)", {"not valid JSON at offset", ""}},
        {R"({"markets": [], "extra": 1})", {"unknown key 'extra'", ""}},
        {R"({"markets": []})", {"markets: ", "at least one market"}},
        {R"({"markets": [{"id": "a", "name": "A", "sessions": [{"start": "09:00", "end": "10:00"},
            {"start": "25:00", "end": "26:00"}]}]})",
         {"markets[0].sessions[1].start: ", "expected a time HH:MM"}},
        {R"({"markets": [{"id": "a", "name": "A", "sessions": [{"start": "09:00", "end": "10:00",
            "nite": true}]}]})",
         {"markets[0].sessions[0]: ", "unknown key 'nite'"}},
        {R"({"markets": [{"id": "a", "name": "A", "sessions": [{"start": "09:00", "end": "11:00"},
            {"start": "10:30", "end": "12:00"}]}]})",
         {"markets[0].sessions[1]: ", "overlaps sessions[0]"}},
        {R"({"markets": [{"id": "a", "name": "A", "sessions": [{"start": "09:00", "end": "08:00"}]}]})",
         {"markets[0].sessions[0].end: ", "day session must end after it starts"}},
        {R"({"markets": [{"id": "a", "name": "A", "sessions": [{"start": "09:00", "end": "15:00"},
            {"start": "21:00", "end": "10:00", "night": true}]}]})",
         {"markets[0].sessions[0]: ", "overlaps sessions[1]"}},
        {R"({"markets": [{"id": "a", "name": "A", "sessions": [{"start": "09:00", "end": "15:00"},
            {"start": "02:00", "end": "03:00", "night": true}]}]})",
         {"markets[0].sessions[1].start: ", "evening"}},
        {R"({"markets": [{"id": "a", "name": "A", "sessions": [{"start": "09:00", "end": "23:00"},
            {"start": "21:00", "end": "02:00", "night": true}]}]})",
         {"markets[0].sessions: ", "24 hours"}},
        {R"({"markets": [{"id": "a", "name": "A", "sessions": [{"start": "09:00", "end": "10:00"}]},
            {"id": "a", "name": "B", "sessions": [{"start": "09:00", "end": "10:00"}]}]})",
         {"markets[1].id: ", "used twice"}},
        {R"({"markets": [{"id": "A b", "name": "A", "sessions": [{"start": "09:00", "end": "10:00"}]}]})",
         {"markets[0].id: ", "lowercase"}},
        {R"({"markets": [{"id": "a", "name": "A", "sessions": []}]})",
         {"markets[0].sessions: ", "at least one session"}},
        {R"({"markets": [{"id": "a", "name": "A", "sessions": [{"start": "09:00", "end": "10:00"}],
            "night_session_before_holiday": "no"}]})",
         {"markets[0].night_session_before_holiday: ", "true or false"}},
    };
    for (const MalformedCase &c : cases) {
        auto m = TradingCalendar::parseMarkets(QByteArray(c.json), QStringLiteral("markets.json"));
        ASSERT_FALSE(m.ok()) << c.json;
        const QString message = m.error();
        EXPECT_TRUE(message.startsWith(QStringLiteral("markets.json: "))) << message.toStdString();
        for (const char *part : c.expected)
            EXPECT_TRUE(message.contains(QString::fromUtf8(part)))
                << message.toStdString() << " lacks " << part;
    }
}

TEST(TradingCalendar, BuiltInMarketsHaveTheDocumentedSessions)
{
    const auto markets = calendar().markets();
    const auto find = [&](const QString &id) {
        for (const Market &m : markets)
            if (m.id == id)
                return m;
        return Market();
    };
    const Market futures = find(Futures);
    ASSERT_EQ(futures.sessions.size(), 4);
    EXPECT_TRUE(futures.sessions[3].night);
    EXPECT_EQ(futures.sessions[3].start, QTime(21, 0));
    EXPECT_EQ(futures.sessions[3].end, QTime(2, 30));
    EXPECT_FALSE(futures.nightSessionBeforeHoliday);
    EXPECT_EQ(find(Futures2300).sessions[3].end, QTime(23, 0));
    EXPECT_EQ(find(Financial).sessions.size(), 2);
    EXPECT_EQ(find(Stock).sessions[0].start, QTime(9, 15));
}

} // namespace
} // namespace dd
