// RosterJsonParser: the fields that roster entries share.
#include "roster/roster_json_parser.h"
#include "roster/roster_validation.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace dd {

Result<qint64> RosterJsonParser::roleRef(const QJsonValue &v, const QString &path) const
{
    if (!v.isString() || v.toString().isEmpty())
        return r.error(path, tr("expected the key of a duty role, such as \"duty_leader\""));
    if (!roleIds.contains(v.toString()))
        return r.error(path, tr("unknown duty role \"%1\" (not in \"roles\" nor in the database)")
                                 .arg(v.toString()));
    return roleIds.value(v.toString());
}

Result<Slot> RosterJsonParser::slot(const QJsonObject &o, const QString &path) const
{
    if (!o.contains(QStringLiteral("slot")))
        return Slot::Primary;
    auto s = slotFromId(o.value(QStringLiteral("slot")).toString());
    if (!s)
        return r.error(JsonFieldReader::key(path, QStringLiteral("slot")),
                       tr("expected \"primary\" or \"backup\""));
    return *s;
}

Result<qint64> RosterJsonParser::person(const QJsonValue &v, const QString &path) const
{
    qint64 id = 0;
    QString name;
    if (v.isDouble()) {
        auto n = r.count(v, path);
        if (!n)
            return n.takeError();
        id = *n;
    } else if (v.isString()) {
        name = v.toString().trimmed();
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (Status s = r.keys(o, path, {QStringLiteral("id"), QStringLiteral("name")}, {}); !s)
            return s.takeError();
        if (o.contains(QStringLiteral("id"))) {
            auto n = r.count(o.value(QStringLiteral("id")),
                             JsonFieldReader::key(path, QStringLiteral("id")));
            if (!n)
                return n.takeError();
            id = *n;
        }
        name = o.value(QStringLiteral("name")).toString().trimmed();
    } else {
        return r.error(path, tr("expected a person: {\"id\": 12, \"name\": \"张伟\"}"));
    }
    if (id <= 0 && name.isEmpty())
        return r.error(path, tr("expected a person's id or name"));
    if (ctx.contactNames.isEmpty() && !ctx.resolvePeople) {
        if (id > 0)
            return id;
        return r.error(path, tr("the person \"%1\" needs an id here").arg(name));
    }
    if (id > 0 && ctx.contactNames.contains(id)
        && (name.isEmpty() || ctx.contactNames.value(id).trimmed() == name))
        return id;
    if (name.isEmpty())
        return r.error(path, tr("there is no person with id %1 in the contacts").arg(id));
    QList<qint64> matches;
    for (auto it = ctx.contactNames.constBegin(); it != ctx.contactNames.constEnd(); ++it)
        if (it.value().trimmed() == name)
            matches << it.key();
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return r.error(path, id > 0
                                 ? tr("there is no person with id %1 or named \"%2\" in "
                                      "the contacts")
                                       .arg(id)
                                       .arg(name)
                                 : tr("there is no person named \"%1\" in the contacts").arg(name));
    return r.error(path,
                   tr("%1 people are named \"%2\"; give the id").arg(matches.size()).arg(name));
}

Result<ShiftPattern> RosterJsonParser::pattern(const QJsonValue &v, const QString &path) const
{
    auto o = r.object(v, path);
    if (!o)
        return o.takeError();
    ShiftPattern p;
    const QString kind = o->value(QStringLiteral("kind")).toString();
    const QString kindPath = JsonFieldReader::key(path, QStringLiteral("kind"));
    auto handoff = [&]() -> Status {
        auto minute = r.minuteOfDay(o->value(QStringLiteral("handoff")),
                                    JsonFieldReader::key(path, QStringLiteral("handoff")), false);
        if (!minute)
            return minute.takeError();
        p.handoff = QTime(*minute / 60, *minute % 60);
        return {};
    };
    if (kind == QLatin1String("shifts")) {
        p.kind = ShiftPattern::Kind::Shifts;
        if (Status s = r.keys(*o, path, {QStringLiteral("kind"), QStringLiteral("shifts")},
                              {QStringLiteral("shifts")});
            !s)
            return s.takeError();
        const QString listPath = JsonFieldReader::key(path, QStringLiteral("shifts"));
        auto list = r.array(o->value(QStringLiteral("shifts")), listPath, false);
        if (!list)
            return list.takeError();
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString at = JsonFieldReader::index(listPath, i);
            auto shift = r.object(list->at(i), at);
            if (!shift)
                return shift.takeError();
            if (Status s = r.keys(
                    *shift, at,
                    {QStringLiteral("start"), QStringLiteral("hours"), QStringLiteral("minutes")},
                    {QStringLiteral("start")});
                !s)
                return s.takeError();
            auto start = r.minuteOfDay(shift->value(QStringLiteral("start")),
                                       JsonFieldReader::key(at, QStringLiteral("start")), false);
            if (!start)
                return start.takeError();
            double minutes = 0;
            QString lengthPath = JsonFieldReader::key(at, QStringLiteral("minutes"));
            if (shift->contains(QStringLiteral("minutes"))) {
                auto m =
                    r.wholeNumber(shift->value(QStringLiteral("minutes")), lengthPath, 1, 24 * 60);
                if (!m)
                    return m.takeError();
                minutes = double(*m);
            } else {
                lengthPath = JsonFieldReader::key(at, QStringLiteral("hours"));
                if (!shift->contains(QStringLiteral("hours")))
                    return r.error(lengthPath, tr("required key is missing (or give \"minutes\")"));
                auto hours = r.number(shift->value(QStringLiteral("hours")), lengthPath, 0, 24);
                if (!hours)
                    return hours.takeError();
                minutes = *hours * 60;
            }
            if (minutes <= 0 || std::abs(minutes - std::round(minutes)) > 1e-6)
                return r.error(lengthPath,
                               tr("expected a length of more than 0, in whole minutes"));
            p.shifts << ShiftPattern::ShiftTime{QTime(*start / 60, *start % 60),
                                                int(std::lround(minutes))};
        }
    } else if (kind == QLatin1String("daily")) {
        p.kind = ShiftPattern::Kind::Daily;
        if (Status s = r.keys(*o, path, {QStringLiteral("kind"), QStringLiteral("handoff")},
                              {QStringLiteral("handoff")});
            !s)
            return s.takeError();
        if (Status s = handoff(); !s)
            return s.takeError();
    } else if (kind == QLatin1String("weekly")) {
        p.kind = ShiftPattern::Kind::Weekly;
        if (Status s = r.keys(
                *o, path,
                {QStringLiteral("kind"), QStringLiteral("weekday"), QStringLiteral("handoff")},
                {QStringLiteral("weekday"), QStringLiteral("handoff")});
            !s)
            return s.takeError();
        auto weekday = r.wholeNumber(o->value(QStringLiteral("weekday")),
                                     JsonFieldReader::key(path, QStringLiteral("weekday")), 1, 7);
        if (!weekday)
            return weekday.takeError();
        p.weekday = int(*weekday);
        if (Status s = handoff(); !s)
            return s.takeError();
    } else {
        return r.error(kindPath, tr("expected \"shifts\", \"daily\" or \"weekly\""));
    }
    if (const QString problem = RosterValidation::patternProblem(p); !problem.isEmpty())
        return r.error(path, problem);
    return p;
}

Result<QDate> RosterJsonParser::date(const QJsonValue &v, const QString &path) const
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = v.isString() && re.match(v.toString()).hasMatch()
                        ? QDate::fromString(v.toString(), Qt::ISODate)
                        : QDate();
    if (!d.isValid())
        return r.error(path, tr("expected a date YYYY-MM-DD"));
    return d;
}

Result<QString> RosterJsonParser::optionalText(const QJsonObject &o, const QString &name,
                                               const QString &path) const
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("");
    if (!v.isString())
        return r.error(JsonFieldReader::key(path, name), tr("expected a string"));
    return v.toString().trimmed();
}

Status RosterJsonParser::interval(const QJsonObject &o, const QString &path, QDateTime &start,
                                  QDateTime &end) const
{
    auto s = r.instant(o.value(QStringLiteral("start")),
                       JsonFieldReader::key(path, QStringLiteral("start")));
    if (!s)
        return s.takeError();
    auto e = r.instant(o.value(QStringLiteral("end")),
                       JsonFieldReader::key(path, QStringLiteral("end")));
    if (!e)
        return e.takeError();
    if (*e <= *s)
        return r.error(JsonFieldReader::key(path, QStringLiteral("end")),
                       tr("expected a time after the start"));
    start = s->toUTC();
    end = e->toUTC();
    return {};
}

} // namespace dd
