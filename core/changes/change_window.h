#pragma once

#include "time/trading_calendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

// Whether a window [start, end) of work on production systems lies inside trading time of
// any of the given markets (TradingCalendar sessions, night sessions included). Make-up
// workdays (调休) are working days but never trading days, so a Saturday make-up workday at
// 09:20 is outside trading hours.
struct WindowCheck {
    bool valid = false;          // start and end given and end after start
    bool inTradingHours = false; // overlaps trading time of at least one market
    QString marketId;            // the first market it overlaps
    TradingInterval overlap;     // the first overlapping trading interval (UTC)
    QString reason;              // translated: why it is refused, or empty
};

class ChangeWindow {
    Q_DECLARE_TR_FUNCTIONS(dd::ChangeWindow)
public:
    // markets empty: every market of the calendar.
    static WindowCheck check(const TradingCalendar &calendar, const QDateTime &start,
                             const QDateTime &end, const QStringList &markets);
    // The markets an institution's changes are checked against when none are named: the
    // stock market for securities institutions and exchanges, futures and financial futures
    // for futures institutions and exchanges, all markets otherwise.
    static QStringList defaultMarkets(const TradingCalendar &calendar,
                                      const QString &institutionTypeId);
};

} // namespace dd
