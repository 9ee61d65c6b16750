#include "changes/change_window.h"

namespace dd {

WindowCheck ChangeWindow::check(const TradingCalendar &calendar, const QDateTime &start,
                                const QDateTime &end, const QStringList &markets)
{
    WindowCheck result;
    if (!start.isValid() || !end.isValid()) {
        result.reason = tr("The window needs a start and an end.");
        return result;
    }
    if (end <= start) {
        result.reason = tr("The window must end after it starts.");
        return result;
    }
    result.valid = true;
    QStringList checked = markets;
    if (checked.isEmpty())
        for (const Market &m : calendar.markets())
            checked << m.id;
    for (const QString &market : checked) {
        if (!calendar.hasMarket(market)) {
            result.valid = false;
            result.reason = tr("\"%1\" is not a market of the trading calendar.").arg(market);
            return result;
        }
        const QList<TradingInterval> overlaps =
            calendar.tradingIntervals(start.toUTC(), end.toUTC(), market);
        if (overlaps.isEmpty())
            continue;
        result.inTradingHours = true;
        result.marketId = market;
        result.overlap = overlaps.first();
        QString name = market;
        for (const Market &m : calendar.markets())
            if (m.id == market)
                name = m.name;
        const QTimeZone zone = TradingCalendar::exchangeTimeZone();
        const QDateTime from = std::max(start, overlaps.first().start).toTimeZone(zone);
        const QDateTime to = std::min(end, overlaps.first().end).toTimeZone(zone);
        result.reason = tr("The window overlaps trading hours of %1 (%2–%3); only an emergency "
                           "change may run then.")
                            .arg(name, from.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                 to.toString(QStringLiteral("HH:mm")));
        return result;
    }
    return result;
}

QStringList ChangeWindow::defaultMarkets(const TradingCalendar &calendar,
                                         const QString &institutionTypeId)
{
    QStringList wanted;
    if (institutionTypeId == QLatin1String("securities")
        || institutionTypeId == QLatin1String("stock_exchange")
        || institutionTypeId == QLatin1String("fund"))
        wanted = {QStringLiteral("stock")};
    else if (institutionTypeId == QLatin1String("futures")
             || institutionTypeId == QLatin1String("futures_exchange"))
        wanted = {QStringLiteral("futures"), QStringLiteral("financial_futures")};
    QStringList out;
    for (const QString &m : wanted)
        if (calendar.hasMarket(m))
            out << m;
    if (out.isEmpty())
        for (const Market &m : calendar.markets())
            out << m.id;
    return out;
}

} // namespace dd
