#include "time/trading_calendar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <limits>

namespace dd {

namespace {

const QString ResourceDir = QStringLiteral(":/dutydesk/calendar");

// ---------------------------------------------------------------------------------------------
// Time arithmetic. Everything runs on UTC milliseconds since the epoch. China Standard Time has
// been UTC+8 without daylight saving time since 1991, so exchange wall-clock time converts with
// a fixed offset: no time-zone lookups on the hot path.

constexpr qint64 MsPerDay = 86'400'000;
constexpr qint64 UnixEpochJulianDay = 2'440'588;
constexpr qint64 ExchangeOffsetMs = 8 * 3600 * 1000;
// addTradingMinutes() looks at most this many days ahead (or back).
constexpr qint64 SearchDays = 2 * 366 + 7;

qint64 utcMsOf(QDate date, QTime time)
{
    return (date.toJulianDay() - UnixEpochJulianDay) * MsPerDay + time.msecsSinceStartOfDay()
           - ExchangeOffsetMs;
}

QDate exchangeDateOf(qint64 utcMs)
{
    const qint64 local = utcMs + ExchangeOffsetMs;
    qint64 days = local / MsPerDay;
    if (local % MsPerDay < 0)
        --days;
    return QDate::fromJulianDay(days + UnixEpochJulianDay);
}

QDateTime utcDateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= 6;
}

struct Span {
    qint64 start;
    qint64 end;
};
using DaySpans = QVarLengthArray<Span, 8>;

// No night session when the gap between the eve and the trading day holds anything but a
// plain weekend (a public holiday or a weekday on which the exchanges are closed).
bool plainGap(const TradingCalendar &calendar, QDate eve, QDate day)
{
    for (QDate d = eve.addDays(1); d < day; d = d.addDays(1)) {
        if (!isWeekend(d) || calendar.isHoliday(d))
            return false;
    }
    return true;
}

// The trading spans (UTC ms, in time order) belonging to trading day `day`.
void spansOfTradingDay(const TradingCalendar &calendar, const Market &market, QDate day,
                       DaySpans &out)
{
    out.clear();
    bool nightChecked = false;
    bool nightHeld = false;
    QDate eve;
    for (const TradingSession &s : market.sessions) {
        if (!s.start.isValid() || !s.end.isValid() || s.start == s.end)
            continue;
        if (s.night) {
            if (!nightChecked) {
                nightChecked = true;
                eve = calendar.previousTradingDay(day);
                nightHeld = market.nightSessionBeforeHoliday || plainGap(calendar, eve, day);
            }
            if (nightHeld)
                out.append({utcMsOf(eve, s.start),
                            utcMsOf(s.end > s.start ? eve : eve.addDays(1), s.end)});
        } else {
            out.append(
                {utcMsOf(day, s.start), utcMsOf(s.end > s.start ? day : day.addDays(1), s.end)});
        }
    }
    if (out.size() > 1)
        std::sort(out.begin(), out.end(),
                  [](const Span &a, const Span &b) { return a.start < b.start; });
}

enum class WalkEnd { Stopped, Finished, OutOfYears };

// Calls f(start, end) for every trading span overlapping [fromMs, toMs), clipped, in time
// order, until f returns false. Trading days after lastDay are not looked at. With
// requireCoverage, reaching a day outside the loaded years (on or after the day of fromMs)
// ends the walk with OutOfYears.
template <typename F>
WalkEnd walkForward(const TradingCalendar &calendar, const Market &market, qint64 fromMs,
                    qint64 toMs, QDate lastDay, bool requireCoverage, F &&f)
{
    DaySpans spans;
    const QDate firstDay = exchangeDateOf(fromMs);
    // A day's sessions end at the latest on the next calendar day, so the day before `from`
    // is the earliest one that can reach into [from, to).
    for (QDate d = firstDay.addDays(-1); d <= lastDay; d = d.addDays(1)) {
        if (requireCoverage && d >= firstDay && !calendar.covers(d))
            return WalkEnd::OutOfYears;
        if (!calendar.isTradingDay(d))
            continue;
        spansOfTradingDay(calendar, market, d, spans);
        for (const Span &s : spans) {
            if (s.end <= fromMs)
                continue;
            if (s.start >= toMs)
                return WalkEnd::Finished;
            if (!f(std::max(s.start, fromMs), std::min(s.end, toMs)))
                return WalkEnd::Stopped;
        }
    }
    return WalkEnd::Finished;
}

// The mirror image of walkForward over (-inf, toMs), latest span first, down to firstDay.
template <typename F>
WalkEnd walkBackward(const TradingCalendar &calendar, const Market &market, qint64 toMs,
                     QDate firstDay, F &&f)
{
    DaySpans spans;
    const QDate lastCovered = exchangeDateOf(toMs);
    // Night sessions belong to the next trading day, so that one may start before `to`.
    for (QDate d = calendar.nextTradingDay(lastCovered); d >= firstDay; d = d.addDays(-1)) {
        if (d <= lastCovered && !calendar.covers(d))
            return WalkEnd::OutOfYears;
        if (!calendar.isTradingDay(d))
            continue;
        spansOfTradingDay(calendar, market, d, spans);
        for (auto it = spans.crbegin(); it != spans.crend(); ++it) {
            if (it->start >= toMs)
                continue;
            if (!f(it->start, std::min(it->end, toMs)))
                return WalkEnd::Stopped;
        }
    }
    return WalkEnd::Finished;
}

// ---------------------------------------------------------------------------------------------
// JSON reading with errors that name the file, the key path and the reason.

class JsonReader {
    Q_DECLARE_TR_FUNCTIONS(dd::TradingCalendar)
public:
    explicit JsonReader(QString fileName)
        : m_file(std::move(fileName))
    {}

    Error error(const QString &path, const QString &reason) const
    {
        if (path.isEmpty())
            return fail(tr("%1: %2").arg(m_file, reason));
        return fail(tr("%1: %2: %3").arg(m_file, path, reason));
    }

    static QString key(const QString &path, const QString &name)
    {
        return path.isEmpty() ? name : path + u'.' + name;
    }
    static QString index(const QString &path, qsizetype i)
    {
        return path + u'[' + QString::number(i) + u']';
    }

    Result<QJsonObject> document(const QByteArray &json) const
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return error(QString(), tr("not valid JSON at offset %1: %2")
                                        .arg(parseError.offset)
                                        .arg(parseError.errorString()));
        if (!doc.isObject())
            return error(QString(), tr("expected a JSON object at the top level"));
        return doc.object();
    }

    Result<QJsonObject> object(const QJsonValue &v, const QString &path) const
    {
        if (!v.isObject())
            return error(path, tr("expected an object"));
        return v.toObject();
    }

    // Refuses keys other than `allowed` and requires those in `required`.
    Status keys(const QJsonObject &o, const QString &path, const QStringList &allowed,
                const QStringList &required) const
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!allowed.contains(it.key()))
                return error(path, tr("unknown key '%1' (expected %2)")
                                       .arg(it.key(), allowed.join(QStringLiteral(", "))));
        }
        for (const QString &name : required) {
            if (!o.contains(name))
                return error(key(path, name), tr("required key is missing"));
        }
        return {};
    }

    Result<QString> string(const QJsonObject &o, const QString &path, const QString &name,
                           bool nonEmpty) const
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined())
            return QString();
        if (!v.isString())
            return error(key(path, name), tr("expected a string"));
        if (nonEmpty && v.toString().trimmed().isEmpty())
            return error(key(path, name), tr("expected a non-empty string"));
        return v.toString();
    }

    Result<QJsonArray> array(const QJsonObject &o, const QString &path, const QString &name) const
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined())
            return QJsonArray();
        if (!v.isArray())
            return error(key(path, name), tr("expected an array"));
        return v.toArray();
    }

    Result<bool> boolean(const QJsonObject &o, const QString &path, const QString &name) const
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            return error(key(path, name), tr("expected true or false"));
        return v.toBool();
    }

    Result<QDate> date(const QJsonValue &v, const QString &path) const
    {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
        const auto m = pattern.match(v.toString());
        const QDate d = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(),
                                             m.captured(3).toInt())
                                     : QDate();
        if (!v.isString() || !d.isValid())
            return error(path, tr("expected a date YYYY-MM-DD"));
        return d;
    }

    Result<QTime> time(const QJsonValue &v, const QString &path) const
    {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2}):(\\d{2})$"));
        const auto m = pattern.match(v.toString());
        const QTime t =
            m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt()) : QTime();
        if (!v.isString() || !t.isValid())
            return error(path, tr("expected a time HH:MM (00:00 to 23:59)"));
        return t;
    }

private:
    QString m_file;
};

// A date inside the file's year.
Result<QDate> dateInYear(const JsonReader &reader, const QJsonValue &v, const QString &path,
                         int year)
{
    auto d = reader.date(v, path);
    if (!d)
        return d;
    if (d->year() != year)
        return reader.error(
            path,
            JsonReader::tr("date %1 is outside year %2").arg(d->toString(Qt::ISODate)).arg(year));
    return d;
}

Result<QByteArray> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(JsonReader::tr("The built-in calendar file %1 cannot be read: %2")
                        .arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Loading

Result<TradingCalendar> TradingCalendar::builtIn()
{
    TradingCalendar calendar;
    const QString marketsName = QStringLiteral("markets.json");
    auto marketsJson = readResource(ResourceDir + u'/' + marketsName);
    if (!marketsJson)
        return marketsJson.takeError();
    auto markets = parseMarkets(*marketsJson, marketsName);
    if (!markets)
        return markets.takeError();
    calendar.setMarkets(*markets);

    static const QRegularExpression yearFile(QStringLiteral("^(\\d{4})\\.json$"));
    const QStringList names =
        QDir(ResourceDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto m = yearFile.match(name);
        if (!m.hasMatch())
            continue;
        auto json = readResource(ResourceDir + u'/' + name);
        if (!json)
            return json.takeError();
        auto year = parseYear(*json, name);
        if (!year)
            return year.takeError();
        if (year->year != m.captured(1).toInt())
            return JsonReader(name).error(QStringLiteral("year"),
                                          tr("the file name says %1 but the file holds year %2")
                                              .arg(m.captured(1))
                                              .arg(year->year));
        calendar.setYear(*year);
    }
    return calendar;
}

Result<CalendarYear> TradingCalendar::parseYear(const QByteArray &json, const QString &fileName)
{
    const JsonReader r(fileName);
    auto root = r.document(json);
    if (!root)
        return root.takeError();
    const QJsonObject &o = *root;
    const QStringList allowed{QStringLiteral("year"),
                              QStringLiteral("source"),
                              QStringLiteral("note"),
                              QStringLiteral("holidays"),
                              QStringLiteral("makeup_workdays"),
                              QStringLiteral("extra_closed_days")};
    if (Status ok =
            r.keys(o, QString(), allowed,
                   {QStringLiteral("year"), QStringLiteral("source"), QStringLiteral("holidays")});
        !ok)
        return ok.takeError();

    CalendarYear y;
    const QJsonValue yearValue = o.value(QStringLiteral("year"));
    const double yearNumber = yearValue.toDouble(-1);
    if (!yearValue.isDouble() || yearNumber != static_cast<double>(static_cast<int>(yearNumber)))
        return r.error(QStringLiteral("year"), tr("expected a whole number such as 2026"));
    y.year = static_cast<int>(yearNumber);
    if (y.year < 1992 || y.year > 2100)
        return r.error(QStringLiteral("year"),
                       tr("year %1 is out of range (1992 to 2100)").arg(y.year));

    auto source = r.string(o, QString(), QStringLiteral("source"), true);
    if (!source)
        return source.takeError();
    y.source = source->trimmed();
    auto note = r.string(o, QString(), QStringLiteral("note"), false);
    if (!note)
        return note.takeError();
    y.note = *note;

    auto holidays = r.array(o, QString(), QStringLiteral("holidays"));
    if (!holidays)
        return holidays.takeError();
    for (qsizetype i = 0; i < holidays->size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("holidays"), i);
        auto h = r.object(holidays->at(i), path);
        if (!h)
            return h.takeError();
        const QStringList keys{QStringLiteral("name"), QStringLiteral("from"),
                               QStringLiteral("to")};
        if (Status ok = r.keys(*h, path, keys, keys); !ok)
            return ok.takeError();
        auto name = r.string(*h, path, QStringLiteral("name"), true);
        if (!name)
            return name.takeError();
        auto from = dateInYear(r, h->value(QStringLiteral("from")),
                               JsonReader::key(path, QStringLiteral("from")), y.year);
        if (!from)
            return from.takeError();
        auto to = dateInYear(r, h->value(QStringLiteral("to")),
                             JsonReader::key(path, QStringLiteral("to")), y.year);
        if (!to)
            return to.takeError();
        if (*to < *from)
            return r.error(JsonReader::key(path, QStringLiteral("to")),
                           tr("the last day %1 is before the first day %2")
                               .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
        for (QDate d = *from; d <= *to; d = d.addDays(1))
            y.holidays.insert(d);
    }

    auto makeUps = r.array(o, QString(), QStringLiteral("makeup_workdays"));
    if (!makeUps)
        return makeUps.takeError();
    for (qsizetype i = 0; i < makeUps->size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("makeup_workdays"), i);
        auto d = dateInYear(r, makeUps->at(i), path, y.year);
        if (!d)
            return d.takeError();
        if (y.holidays.contains(*d))
            return r.error(path, tr("a day cannot be both holiday and make-up workday (%1)")
                                     .arg(d->toString(Qt::ISODate)));
        if (!isWeekend(*d))
            return r.error(path, tr("a make-up workday must be a Saturday or Sunday; %1 is a "
                                    "weekday")
                                     .arg(d->toString(Qt::ISODate)));
        y.makeUpWorkdays.insert(*d);
    }

    auto closed = r.array(o, QString(), QStringLiteral("extra_closed_days"));
    if (!closed)
        return closed.takeError();
    for (qsizetype i = 0; i < closed->size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("extra_closed_days"), i);
        auto d = dateInYear(r, closed->at(i), path, y.year);
        if (!d)
            return d.takeError();
        if (y.holidays.contains(*d))
            return r.error(path, tr("a day cannot be both holiday and extra closed day (%1)")
                                     .arg(d->toString(Qt::ISODate)));
        if (isWeekend(*d))
            return r.error(path, tr("an extra closed day must be a weekday; %1 falls on a "
                                    "weekend")
                                     .arg(d->toString(Qt::ISODate)));
        y.extraClosedDays.insert(*d);
    }
    return y;
}

Result<QList<Market>> TradingCalendar::parseMarkets(const QByteArray &json, const QString &fileName)
{
    const JsonReader r(fileName);
    auto root = r.document(json);
    if (!root)
        return root.takeError();
    if (Status ok = r.keys(*root, QString(), {QStringLiteral("markets"), QStringLiteral("note")},
                           {QStringLiteral("markets")});
        !ok)
        return ok.takeError();
    if (auto note = r.string(*root, QString(), QStringLiteral("note"), false); !note)
        return note.takeError();
    auto list = r.array(*root, QString(), QStringLiteral("markets"));
    if (!list)
        return list.takeError();
    if (list->isEmpty())
        return r.error(QStringLiteral("markets"), tr("at least one market is required"));

    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]+$"));
    QList<Market> markets;
    QSet<QString> ids;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("markets"), i);
        auto mo = r.object(list->at(i), path);
        if (!mo)
            return mo.takeError();
        if (Status ok =
                r.keys(*mo, path,
                       {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("sessions"),
                        QStringLiteral("night_session_before_holiday")},
                       {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("sessions")});
            !ok)
            return ok.takeError();
        Market market;
        auto id = r.string(*mo, path, QStringLiteral("id"), true);
        if (!id)
            return id.takeError();
        if (!idPattern.match(*id).hasMatch())
            return r.error(JsonReader::key(path, QStringLiteral("id")),
                           tr("expected an id of lowercase letters, digits and '_'"));
        if (ids.contains(*id))
            return r.error(JsonReader::key(path, QStringLiteral("id")),
                           tr("market id '%1' is used twice").arg(*id));
        ids.insert(*id);
        market.id = *id;
        auto name = r.string(*mo, path, QStringLiteral("name"), true);
        if (!name)
            return name.takeError();
        market.name = *name;
        auto beforeHoliday = r.boolean(*mo, path, QStringLiteral("night_session_before_holiday"));
        if (!beforeHoliday)
            return beforeHoliday.takeError();
        market.nightSessionBeforeHoliday = *beforeHoliday;

        const QString sessionsPath = JsonReader::key(path, QStringLiteral("sessions"));
        auto sessions = r.array(*mo, path, QStringLiteral("sessions"));
        if (!sessions)
            return sessions.takeError();
        if (sessions->isEmpty())
            return r.error(sessionsPath, tr("at least one session is required"));

        // Each session as minutes relative to the trading day's midnight (night sessions are
        // negative: they start on the evening before), to check order and overlap.
        struct Placed {
            int start;
            int end;
            qsizetype index;
        };
        QList<Placed> placed;
        for (qsizetype j = 0; j < sessions->size(); ++j) {
            const QString sp = JsonReader::index(sessionsPath, j);
            auto so = r.object(sessions->at(j), sp);
            if (!so)
                return so.takeError();
            if (Status ok = r.keys(
                    *so, sp,
                    {QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("night")},
                    {QStringLiteral("start"), QStringLiteral("end")});
                !ok)
                return ok.takeError();
            TradingSession s;
            auto start = r.time(so->value(QStringLiteral("start")),
                                JsonReader::key(sp, QStringLiteral("start")));
            if (!start)
                return start.takeError();
            auto end = r.time(so->value(QStringLiteral("end")),
                              JsonReader::key(sp, QStringLiteral("end")));
            if (!end)
                return end.takeError();
            auto night = r.boolean(*so, sp, QStringLiteral("night"));
            if (!night)
                return night.takeError();
            s.start = *start;
            s.end = *end;
            s.night = *night;
            if (s.start == s.end)
                return r.error(sp, tr("a session cannot start and end at the same time"));
            const int startMin = s.start.msecsSinceStartOfDay() / 60000;
            const int endMin = s.end.msecsSinceStartOfDay() / 60000;
            if (s.night) {
                if (s.start < QTime(12, 0))
                    return r.error(JsonReader::key(sp, QStringLiteral("start")),
                                   tr("a night session must start in the evening (12:00 or "
                                      "later)"));
                placed.append({startMin - 1440, s.end > s.start ? endMin - 1440 : endMin, j});
            } else {
                if (s.end < s.start)
                    return r.error(JsonReader::key(sp, QStringLiteral("end")),
                                   tr("a day session must end after it starts (only night "
                                      "sessions may run past midnight)"));
                placed.append({startMin, endMin, j});
            }
            market.sessions.append(s);
        }
        std::sort(placed.begin(), placed.end(),
                  [](const Placed &a, const Placed &b) { return a.start < b.start; });
        for (qsizetype k = 1; k < placed.size(); ++k) {
            if (placed[k].start < placed[k - 1].end)
                return r.error(
                    JsonReader::index(sessionsPath, placed[k].index),
                    tr("overlaps %1")
                        .arg(JsonReader::index(QStringLiteral("sessions"), placed[k - 1].index)));
        }
        if (placed.last().end - placed.first().start > 1440)
            return r.error(sessionsPath,
                           tr("the night session must start after the day sessions end (one "
                              "trading day spans at most 24 hours)"));
        markets.append(market);
    }
    return markets;
}

void TradingCalendar::setYear(const CalendarYear &year)
{
    m_years.insert(year.year, year);
}

void TradingCalendar::setMarkets(const QList<Market> &markets)
{
    m_markets.clear();
    for (const Market &m : markets)
        m_markets.insert(m.id, m);
}

QList<int> TradingCalendar::years() const
{
    return m_years.keys();
}

bool TradingCalendar::covers(QDate date) const
{
    return date.isValid() && m_years.contains(date.year());
}

const CalendarYear *TradingCalendar::year(int y) const
{
    const auto it = m_years.constFind(y);
    return it == m_years.constEnd() ? nullptr : &it.value();
}

QList<Market> TradingCalendar::markets() const
{
    return m_markets.values();
}

bool TradingCalendar::hasMarket(const QString &marketId) const
{
    return m_markets.contains(marketId);
}

QTimeZone TradingCalendar::exchangeTimeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Shanghai"));
        return z.isValid() ? z : QTimeZone(8 * 3600);
    }();
    return zone;
}

// ---------------------------------------------------------------------------------------------
// Days

bool TradingCalendar::isHoliday(QDate date) const
{
    const CalendarYear *y = year(date.year());
    return y && y->holidays.contains(date);
}

bool TradingCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid())
        return false;
    const CalendarYear *y = year(date.year());
    if (y && y->makeUpWorkdays.contains(date))
        return true;
    if (isWeekend(date))
        return false;
    return !(y && y->holidays.contains(date));
}

bool TradingCalendar::isTradingDay(QDate date) const
{
    if (!date.isValid() || isWeekend(date))
        return false;
    const CalendarYear *y = year(date.year());
    return !(y && (y->holidays.contains(date) || y->extraClosedDays.contains(date)));
}

QDate TradingCalendar::nextTradingDay(QDate date) const
{
    if (!date.isValid())
        return {};
    // Terminates: outside the (finitely many) loaded years every weekday trades.
    QDate d = date.addDays(1);
    while (!isTradingDay(d))
        d = d.addDays(1);
    return d;
}

QDate TradingCalendar::previousTradingDay(QDate date) const
{
    if (!date.isValid())
        return {};
    QDate d = date.addDays(-1);
    while (!isTradingDay(d))
        d = d.addDays(-1);
    return d;
}

QDate TradingCalendar::addWorkingDays(QDate date, int n) const
{
    if (!date.isValid())
        return {};
    const int step = n > 0 ? 1 : -1;
    QDate d = date;
    for (int left = n > 0 ? n : -n; left > 0;) {
        d = d.addDays(step);
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

// ---------------------------------------------------------------------------------------------
// Trading time

QList<TradingInterval> TradingCalendar::tradingIntervals(const QDateTime &from, const QDateTime &to,
                                                         const QString &marketId) const
{
    QList<TradingInterval> result;
    const auto market = m_markets.constFind(marketId);
    if (market == m_markets.constEnd() || !from.isValid() || !to.isValid())
        return result;
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    if (toMs <= fromMs)
        return result;
    walkForward(*this, *market, fromMs, toMs, nextTradingDay(exchangeDateOf(toMs)), false,
                [&result](qint64 s, qint64 e) {
                    result.append({utcDateTime(s), utcDateTime(e)});
                    return true;
                });
    return result;
}

bool TradingCalendar::isTradingTime(const QDateTime &t, const QString &marketId) const
{
    const auto market = m_markets.constFind(marketId);
    if (market == m_markets.constEnd() || !t.isValid())
        return false;
    const qint64 ms = t.toMSecsSinceEpoch();
    return walkForward(*this, *market, ms, ms + 1, nextTradingDay(exchangeDateOf(ms)), false,
                       [](qint64, qint64) { return false; })
           == WalkEnd::Stopped;
}

qint64 TradingCalendar::tradingSecondsBetween(const QDateTime &a, const QDateTime &b,
                                              const QString &marketId) const
{
    const auto market = m_markets.constFind(marketId);
    if (market == m_markets.constEnd() || !a.isValid() || !b.isValid())
        return 0;
    const qint64 fromMs = a.toMSecsSinceEpoch();
    const qint64 toMs = b.toMSecsSinceEpoch();
    if (toMs <= fromMs)
        return 0;
    qint64 total = 0;
    walkForward(*this, *market, fromMs, toMs, nextTradingDay(exchangeDateOf(toMs)), false,
                [&total](qint64 s, qint64 e) {
                    total += e - s;
                    return true;
                });
    return total / 1000;
}

qint64 TradingCalendar::tradingMinutesBetween(const QDateTime &a, const QDateTime &b,
                                              const QString &marketId) const
{
    return tradingSecondsBetween(a, b, marketId) / 60;
}

QDateTime TradingCalendar::addTradingMinutes(const QDateTime &from, qint64 minutes,
                                             const QString &marketId) const
{
    const auto market = m_markets.constFind(marketId);
    if (market == m_markets.constEnd() || !from.isValid())
        return {};
    if (minutes == 0)
        return from.toUTC();
    // More than two years of trading time cannot be reached within the search window anyway.
    constexpr qint64 Limit = SearchDays * 24 * 60;
    if (minutes > Limit || minutes < -Limit)
        return {};
    const qint64 fromMs = from.toMSecsSinceEpoch();
    qint64 remaining = (minutes > 0 ? minutes : -minutes) * 60'000;
    qint64 found = 0;
    WalkEnd end;
    if (minutes > 0) {
        end =
            walkForward(*this, *market, fromMs, std::numeric_limits<qint64>::max(),
                        exchangeDateOf(fromMs).addDays(SearchDays), true, [&](qint64 s, qint64 e) {
                            if (remaining <= e - s) {
                                found = s + remaining;
                                return false;
                            }
                            remaining -= e - s;
                            return true;
                        });
    } else {
        // The latest instant t with tradingSecondsBetween(t, from) == -minutes * 60.
        end = walkBackward(*this, *market, fromMs, exchangeDateOf(fromMs).addDays(-SearchDays),
                           [&](qint64 s, qint64 e) {
                               if (remaining <= e - s) {
                                   found = e - remaining;
                                   return false;
                               }
                               remaining -= e - s;
                               return true;
                           });
    }
    return end == WalkEnd::Stopped ? utcDateTime(found) : QDateTime();
}

} // namespace dd
