#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace dd {

// A market's trading sessions, in exchange time (Asia/Shanghai). A session whose end is not
// after its start crosses midnight. Night sessions open on the evening of a trading day and
// belong to the next trading day.
struct TradingSession {
    QTime start;
    QTime end;
    bool night = false;
};

struct Market {
    QString id;   // "stock", "futures", "financial_futures", ...
    QString name; // as given in the file (Chinese)
    QList<TradingSession> sessions;
    // Night sessions are held only when the next trading day follows a plain weekend or no
    // gap at all (no night session on the eve of a public holiday).
    bool nightSessionBeforeHoliday = false;
};

// One half-open interval [start, end) of trading time, in UTC.
struct TradingInterval {
    QDateTime start;
    QDateTime end;
};

// One year of the official calendar: public holidays, weekend make-up workdays (调休: working
// days, but never trading days) and any other day the exchanges are closed.
struct CalendarYear {
    int year = 0;
    QString source;       // where the numbers come from
    QString note;         // shown to users (check against the exchanges' notices)
    QSet<QDate> holidays; // public holidays (not working, not trading)
    QSet<QDate> makeUpWorkdays;
    QSet<QDate> extraClosedDays; // working days on which the exchanges are closed
};

// Answers which days are working and trading days and how much trading time lies between two
// instants. Loaded from JSON data (built-in years in resources, user-imported years on top).
class TradingCalendar {
    Q_DECLARE_TR_FUNCTIONS(dd::TradingCalendar)
public:
    // The built-in markets and years from resources (:/dutydesk/calendar/).
    static Result<TradingCalendar> builtIn();

    // Parses one year file; errors name the file, the JSON key and what was expected.
    static Result<CalendarYear> parseYear(const QByteArray &json, const QString &fileName);
    // Parses the markets file (sessions per market).
    static Result<QList<Market>> parseMarkets(const QByteArray &json, const QString &fileName);

    // Adds or replaces a year (user import overrides the built-in year).
    void setYear(const CalendarYear &year);
    void setMarkets(const QList<Market> &markets);

    QList<int> years() const;
    bool covers(QDate date) const; // false: outside the loaded years, weekends rule only
    const CalendarYear *year(int y) const;
    QList<Market> markets() const;
    bool hasMarket(const QString &marketId) const;

    bool isHoliday(QDate date) const;
    bool isWorkingDay(QDate date) const;        // Mon-Fri not a holiday, or a make-up workday
    bool isTradingDay(QDate date) const;        // Mon-Fri, not a holiday, not an extra closed day
    QDate nextTradingDay(QDate date) const;     // strictly after date
    QDate previousTradingDay(QDate date) const; // strictly before date
    // n > 0 working days after date (n < 0: before); addWorkingDays(d, 0) == d.
    QDate addWorkingDays(QDate date, int n) const;

    // Trading intervals (UTC) of `market` that overlap [from, to).
    QList<TradingInterval> tradingIntervals(const QDateTime &from, const QDateTime &to,
                                            const QString &marketId) const;
    bool isTradingTime(const QDateTime &t, const QString &marketId) const;
    qint64 tradingSecondsBetween(const QDateTime &a, const QDateTime &b,
                                 const QString &marketId) const;
    qint64 tradingMinutesBetween(const QDateTime &a, const QDateTime &b,
                                 const QString &marketId) const;
    // The instant at which `minutes` of trading time have passed since `from` (UTC); invalid
    // when the calendar's years run out first.
    QDateTime addTradingMinutes(const QDateTime &from, qint64 minutes,
                                const QString &marketId) const;

    static QTimeZone exchangeTimeZone(); // Asia/Shanghai

private:
    QMap<int, CalendarYear> m_years;
    QMap<QString, Market> m_markets;
};

} // namespace dd
