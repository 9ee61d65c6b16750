#include "roster/roster_json.h"

#include "roster/roster_json_parser.h"
#include "roster/roster_validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <utility>

namespace dd {

namespace {

QString instantText(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone(8 * 3600)).toString(Qt::ISODate);
}

QJsonValue personJson(qint64 id, const QHash<qint64, QString> &names)
{
    QJsonObject o{{QStringLiteral("id"), id}};
    if (names.contains(id))
        o.insert(QStringLiteral("name"), names.value(id));
    return o;
}

} // namespace

Result<RosterData> RosterJsonParser::run(const QByteArray &json)
{
    auto doc = r.document(json);
    if (!doc)
        return doc.takeError();
    const QJsonObject &top = *doc;
    if (Status s = r.keys(top, {},
                          {QStringLiteral("format"), QStringLiteral("version"),
                           QStringLiteral("exported_at"), QStringLiteral("roles"),
                           QStringLiteral("rotations"), QStringLiteral("overrides"),
                           QStringLiteral("leave")},
                          {});
        !s)
        return s.takeError();
    if (top.contains(QStringLiteral("format"))
        && top.value(QStringLiteral("format")).toString() != RosterJson::formatId())
        return r.error(
            QStringLiteral("format"),
            tr("expected \"%1\" (this is not a DutyDesk roster file)").arg(RosterJson::formatId()));
    if (top.contains(QStringLiteral("version"))) {
        auto version =
            r.wholeNumber(top.value(QStringLiteral("version")), QStringLiteral("version"), 1, 1);
        if (!version)
            return version.takeError();
    }
    for (const DutyRole &known : ctx.roles)
        roleIds.insert(known.key, known.id);

    RosterData data;
    auto each = [&](const QString &name, auto &&read) -> Status {
        if (!top.contains(name))
            return {};
        auto list = r.array(top.value(name), name, true);
        if (!list)
            return list.takeError();
        for (qsizetype i = 0; i < list->size(); ++i)
            if (Status s = read(list->at(i), JsonFieldReader::index(name, i), i); !s)
                return s;
        return {};
    };
    QHash<QString, QString> seenKeys;
    Status ok = each(QStringLiteral("roles"),
                     [&](const QJsonValue &v, const QString &path, qsizetype i) -> Status {
                         auto role = this->role(v, path, i);
                         if (!role)
                             return role.takeError();
                         if (seenKeys.contains(role->key))
                             return r.error(JsonFieldReader::key(path, QStringLiteral("key")),
                                            tr("the key \"%1\" is already used by %2")
                                                .arg(role->key, seenKeys.value(role->key)));
                         seenKeys.insert(role->key, path);
                         roleIds.insert(role->key, role->id);
                         data.roles << *role;
                         return {};
                     });
    if (!ok)
        return ok.takeError();
    ok = each(QStringLiteral("rotations"),
              [&](const QJsonValue &v, const QString &path, qsizetype) -> Status {
                  auto x = rotation(v, path);
                  if (!x)
                      return x.takeError();
                  data.rotations << *x;
                  return {};
              });
    if (!ok)
        return ok.takeError();
    ok = each(QStringLiteral("overrides"),
              [&](const QJsonValue &v, const QString &path, qsizetype) -> Status {
                  auto x = overrideEntry(v, path);
                  if (!x)
                      return x.takeError();
                  data.overrides << *x;
                  return {};
              });
    if (!ok)
        return ok.takeError();
    ok = each(QStringLiteral("leave"),
              [&](const QJsonValue &v, const QString &path, qsizetype) -> Status {
                  auto x = leaveEntry(v, path);
                  if (!x)
                      return x.takeError();
                  data.leave << *x;
                  return {};
              });
    if (!ok)
        return ok.takeError();
    return data;
}

Result<DutyRole> RosterJsonParser::role(const QJsonValue &v, const QString &path, qsizetype index)
{
    auto o = r.object(v, path);
    if (!o)
        return o.takeError();
    if (Status s = r.keys(*o, path,
                          {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("name_en"),
                           QStringLiteral("coverage"), QStringLiteral("backup_required"),
                           QStringLiteral("swap_needs_approval"), QStringLiteral("sort_order")},
                          {QStringLiteral("key"), QStringLiteral("name")});
        !s)
        return s.takeError();
    DutyRole role;
    const QString keyPath = JsonFieldReader::key(path, QStringLiteral("key"));
    role.key = o->value(QStringLiteral("key")).toString();
    if (!RosterValidation::isRoleKey(role.key))
        return r.error(keyPath, tr("expected a key of lowercase letters, digits and '_', "
                                   "starting with a letter"));
    auto name = r.text(o->value(QStringLiteral("name")),
                       JsonFieldReader::key(path, QStringLiteral("name")));
    if (!name)
        return name.takeError();
    role.name = name->trimmed();
    auto nameEn = optionalText(*o, QStringLiteral("name_en"), path);
    if (!nameEn)
        return nameEn.takeError();
    role.nameEn = *nameEn;
    if (o->contains(QStringLiteral("coverage"))) {
        auto coverage = coverageFromId(o->value(QStringLiteral("coverage")).toString());
        if (!coverage)
            return r.error(JsonFieldReader::key(path, QStringLiteral("coverage")),
                           tr("expected \"24x7\", \"trading_days\" or \"business_hours\""));
        role.coverage = *coverage;
    }
    for (const auto &[field, target] :
         {std::pair{QStringLiteral("backup_required"), &role.backupRequired},
          std::pair{QStringLiteral("swap_needs_approval"), &role.swapNeedsApproval}}) {
        if (!o->contains(field))
            continue;
        auto b = r.boolean(o->value(field), JsonFieldReader::key(path, field));
        if (!b)
            return b.takeError();
        *target = *b;
    }
    if (o->contains(QStringLiteral("sort_order"))) {
        auto order = r.wholeNumber(o->value(QStringLiteral("sort_order")),
                                   JsonFieldReader::key(path, QStringLiteral("sort_order")),
                                   -100000, 100000);
        if (!order)
            return order.takeError();
        role.sortOrder = int(*order);
    }
    role.id = -(index + 1);
    for (const DutyRole &known : ctx.roles)
        if (known.key == role.key) {
            role.id = known.id;
            role.builtin = known.builtin;
        }
    return role;
}

Result<Rotation> RosterJsonParser::rotation(const QJsonValue &v, const QString &path) const
{
    auto o = r.object(v, path);
    if (!o)
        return o.takeError();
    if (Status s =
            r.keys(*o, path,
                   {QStringLiteral("role"), QStringLiteral("slot"), QStringLiteral("layer"),
                    QStringLiteral("name"), QStringLiteral("pattern"), QStringLiteral("start_date"),
                    QStringLiteral("end_date"), QStringLiteral("members")},
                   {QStringLiteral("role"), QStringLiteral("pattern"), QStringLiteral("start_date"),
                    QStringLiteral("members")});
        !s)
        return s.takeError();
    Rotation x;
    auto role = roleRef(o->value(QStringLiteral("role")),
                        JsonFieldReader::key(path, QStringLiteral("role")));
    if (!role)
        return role.takeError();
    x.roleId = *role;
    auto sl = slot(*o, path);
    if (!sl)
        return sl.takeError();
    x.slot = *sl;
    if (o->contains(QStringLiteral("layer"))) {
        auto layer = r.wholeNumber(o->value(QStringLiteral("layer")),
                                   JsonFieldReader::key(path, QStringLiteral("layer")), 1, 99);
        if (!layer)
            return layer.takeError();
        x.layer = int(*layer);
    }
    auto name = optionalText(*o, QStringLiteral("name"), path);
    if (!name)
        return name.takeError();
    x.name = *name;
    auto p = pattern(o->value(QStringLiteral("pattern")),
                     JsonFieldReader::key(path, QStringLiteral("pattern")));
    if (!p)
        return p.takeError();
    x.pattern = *p;
    auto start = date(o->value(QStringLiteral("start_date")),
                      JsonFieldReader::key(path, QStringLiteral("start_date")));
    if (!start)
        return start.takeError();
    x.startDate = *start;
    const QJsonValue endValue = o->value(QStringLiteral("end_date"));
    if (!endValue.isUndefined() && !endValue.isNull() && endValue.toString() != QString()) {
        const QString endPath = JsonFieldReader::key(path, QStringLiteral("end_date"));
        auto end = date(endValue, endPath);
        if (!end)
            return end.takeError();
        if (*end <= x.startDate)
            return r.error(endPath, tr("expected a date after start_date (the end is exclusive)"));
        x.endDate = *end;
    }
    const QString membersPath = JsonFieldReader::key(path, QStringLiteral("members"));
    auto members = r.array(o->value(QStringLiteral("members")), membersPath, false);
    if (!members)
        return members.takeError();
    for (qsizetype i = 0; i < members->size(); ++i) {
        auto id = person(members->at(i), JsonFieldReader::index(membersPath, i));
        if (!id)
            return id.takeError();
        x.members << *id;
    }
    return x;
}

Result<RosterOverride> RosterJsonParser::overrideEntry(const QJsonValue &v,
                                                       const QString &path) const
{
    auto o = r.object(v, path);
    if (!o)
        return o.takeError();
    if (Status s = r.keys(*o, path,
                          {QStringLiteral("role"), QStringLiteral("slot"), QStringLiteral("person"),
                           QStringLiteral("replaces"), QStringLiteral("start"),
                           QStringLiteral("end"), QStringLiteral("reason"), QStringLiteral("swap")},
                          {QStringLiteral("role"), QStringLiteral("person"),
                           QStringLiteral("start"), QStringLiteral("end")});
        !s)
        return s.takeError();
    RosterOverride x;
    auto role = roleRef(o->value(QStringLiteral("role")),
                        JsonFieldReader::key(path, QStringLiteral("role")));
    if (!role)
        return role.takeError();
    x.roleId = *role;
    auto sl = slot(*o, path);
    if (!sl)
        return sl.takeError();
    x.slot = *sl;
    auto who = person(o->value(QStringLiteral("person")),
                      JsonFieldReader::key(path, QStringLiteral("person")));
    if (!who)
        return who.takeError();
    x.contactId = *who;
    const QJsonValue replaces = o->value(QStringLiteral("replaces"));
    if (!replaces.isUndefined() && !replaces.isNull()) {
        const QString replacesPath = JsonFieldReader::key(path, QStringLiteral("replaces"));
        auto id = person(replaces, replacesPath);
        if (!id)
            return id.takeError();
        if (*id == x.contactId)
            return r.error(replacesPath, tr("a person cannot replace themselves"));
        x.replacesId = *id;
    }
    if (Status s = interval(*o, path, x.start, x.end); !s)
        return s.takeError();
    auto reason = optionalText(*o, QStringLiteral("reason"), path);
    if (!reason)
        return reason.takeError();
    x.reason = *reason;
    const QJsonValue swap = o->value(QStringLiteral("swap"));
    if (!swap.isUndefined() && !swap.isNull()) {
        auto id = r.count(swap, JsonFieldReader::key(path, QStringLiteral("swap")));
        if (!id)
            return id.takeError();
        x.swapId = *id;
    }
    return x;
}

Result<Leave> RosterJsonParser::leaveEntry(const QJsonValue &v, const QString &path) const
{
    auto o = r.object(v, path);
    if (!o)
        return o.takeError();
    if (Status s =
            r.keys(*o, path,
                   {QStringLiteral("person"), QStringLiteral("start"), QStringLiteral("end"),
                    QStringLiteral("kind"), QStringLiteral("note")},
                   {QStringLiteral("person"), QStringLiteral("start"), QStringLiteral("end")});
        !s)
        return s.takeError();
    Leave x;
    auto who = person(o->value(QStringLiteral("person")),
                      JsonFieldReader::key(path, QStringLiteral("person")));
    if (!who)
        return who.takeError();
    x.contactId = *who;
    if (Status s = interval(*o, path, x.start, x.end); !s)
        return s.takeError();
    if (o->contains(QStringLiteral("kind"))) {
        x.kind = o->value(QStringLiteral("kind")).toString();
        if (!RosterValidation::leaveKinds().contains(x.kind))
            return r.error(JsonFieldReader::key(path, QStringLiteral("kind")),
                           tr("expected one of %1")
                               .arg(RosterValidation::leaveKinds().join(QStringLiteral(", "))));
    }
    auto note = optionalText(*o, QStringLiteral("note"), path);
    if (!note)
        return note.takeError();
    x.note = *note;
    return x;
}

QByteArray RosterJson::write(const RosterData &data, const QHash<qint64, QString> &names)
{
    QHash<qint64, QString> keys;
    QJsonArray roles;
    for (const DutyRole &r : data.roles) {
        keys.insert(r.id, r.key);
        roles.append(QJsonObject{{QStringLiteral("key"), r.key},
                                 {QStringLiteral("name"), r.name},
                                 {QStringLiteral("name_en"), r.nameEn},
                                 {QStringLiteral("coverage"), coverageId(r.coverage)},
                                 {QStringLiteral("backup_required"), r.backupRequired},
                                 {QStringLiteral("swap_needs_approval"), r.swapNeedsApproval},
                                 {QStringLiteral("sort_order"), r.sortOrder}});
    }
    QJsonArray rotations;
    for (const Rotation &x : data.rotations) {
        QJsonArray members;
        for (qint64 id : x.members)
            members.append(personJson(id, names));
        QJsonObject o{{QStringLiteral("role"), keys.value(x.roleId)},
                      {QStringLiteral("slot"), slotId(x.slot)},
                      {QStringLiteral("layer"), x.layer},
                      {QStringLiteral("name"), x.name},
                      {QStringLiteral("pattern"), x.pattern.toJson()},
                      {QStringLiteral("start_date"), x.startDate.toString(Qt::ISODate)},
                      {QStringLiteral("members"), members}};
        if (x.endDate.isValid())
            o.insert(QStringLiteral("end_date"), x.endDate.toString(Qt::ISODate));
        rotations.append(o);
    }
    QJsonArray overrides;
    for (const RosterOverride &x : data.overrides) {
        QJsonObject o{{QStringLiteral("role"), keys.value(x.roleId)},
                      {QStringLiteral("slot"), slotId(x.slot)},
                      {QStringLiteral("person"), personJson(x.contactId, names)},
                      {QStringLiteral("start"), instantText(x.start)},
                      {QStringLiteral("end"), instantText(x.end)},
                      {QStringLiteral("reason"), x.reason}};
        if (x.replacesId > 0)
            o.insert(QStringLiteral("replaces"), personJson(x.replacesId, names));
        if (x.swapId > 0)
            o.insert(QStringLiteral("swap"), x.swapId);
        overrides.append(o);
    }
    QJsonArray leave;
    for (const Leave &x : data.leave)
        leave.append(QJsonObject{{QStringLiteral("person"), personJson(x.contactId, names)},
                                 {QStringLiteral("start"), instantText(x.start)},
                                 {QStringLiteral("end"), instantText(x.end)},
                                 {QStringLiteral("kind"), x.kind},
                                 {QStringLiteral("note"), x.note}});
    const QJsonObject top{
        {QStringLiteral("format"), formatId()},   {QStringLiteral("version"), 1},
        {QStringLiteral("roles"), roles},         {QStringLiteral("rotations"), rotations},
        {QStringLiteral("overrides"), overrides}, {QStringLiteral("leave"), leave}};
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

Result<RosterData> RosterJson::parse(const QByteArray &json, const QString &fileName,
                                     const RosterJsonContext &context)
{
    return RosterJsonParser(fileName, context).run(json);
}

} // namespace dd
