#include "roster/roster_json.h"
#include "test_roster_store_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dd;

namespace {

struct Fixture : test::RosterStoreFixture {
    qint64 zhang = addPerson(QStringLiteral("张伟"));
    qint64 li = addPerson(QStringLiteral("李娜"));
    qint64 wang = addPerson(QStringLiteral("王强"));

    void fill()
    {
        DutyRole custom;
        custom.key = QStringLiteral("facilities");
        custom.name = QStringLiteral("机房值守");
        custom.coverage = Coverage::TradingDays;
        custom.sortOrder = 9;
        ASSERT_TRUE(roster.saveRole(admin, custom).ok());
        Rotation r;
        r.roleId = roleId(QStringLiteral("duty_leader"));
        r.name = QStringLiteral("负责人轮值");
        r.pattern = twoShifts();
        r.startDate = QDate(2026, 1, 1);
        r.members = {zhang, li};
        ASSERT_TRUE(roster.saveRotation(admin, r).ok());
        Rotation w;
        w.roleId = roleId(QStringLiteral("facilities"));
        w.slot = Slot::Backup;
        w.layer = 2;
        w.pattern.kind = ShiftPattern::Kind::Weekly;
        w.pattern.weekday = 1;
        w.pattern.handoff = QTime(9, 0);
        w.startDate = QDate(2026, 1, 5);
        w.endDate = QDate(2026, 6, 29);
        w.members = {wang, li, zhang};
        ASSERT_TRUE(roster.saveRotation(admin, w).ok());
        RosterOverride o;
        o.roleId = roleId(QStringLiteral("duty_leader"));
        o.contactId = wang;
        o.replacesId = zhang;
        o.start = local(2026, 1, 6, 20, 30);
        o.end = local(2026, 1, 7, 8, 30);
        o.reason = QStringLiteral("体检");
        ASSERT_TRUE(roster.addOverride(admin, o).ok());
        Leave l{0,
                li,
                local(2026, 1, 10, 0),
                local(2026, 1, 12, 0),
                QStringLiteral("training"),
                QStringLiteral("网络安全培训")};
        ASSERT_TRUE(roster.addLeave(admin, l).ok());
    }

    QByteArray exported()
    {
        auto json = roster.exportJson();
        EXPECT_TRUE(json.ok());
        return json.ok() ? *json : QByteArray();
    }
};

QByteArray edited(const QByteArray &json, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    edit(o);
    return QJsonDocument(o).toJson();
}

} // namespace

TEST(RosterJson, ExportNamesPeopleAndRolesReadably)
{
    Fixture f;
    f.fill();
    const QJsonObject o = QJsonDocument::fromJson(f.exported()).object();
    EXPECT_EQ(o.value(QStringLiteral("format")).toString(), QStringLiteral("dutydesk-roster"));
    const QJsonObject rotation = o.value(QStringLiteral("rotations")).toArray().at(0).toObject();
    EXPECT_EQ(rotation.value(QStringLiteral("role")).toString(), QStringLiteral("duty_leader"));
    const QJsonObject member = rotation.value(QStringLiteral("members")).toArray().at(0).toObject();
    EXPECT_EQ(member.value(QStringLiteral("id")).toInteger(), f.zhang);
    EXPECT_EQ(member.value(QStringLiteral("name")).toString(), QStringLiteral("张伟"));
    const QJsonObject override_ = o.value(QStringLiteral("overrides")).toArray().at(0).toObject();
    EXPECT_EQ(override_.value(QStringLiteral("start")).toString(),
              QStringLiteral("2026-01-06T20:30:00+08:00"));
}

TEST(RosterJson, RoundTripThroughAnotherDatabaseResolvesPeopleByName)
{
    Fixture f;
    f.fill();
    const QByteArray json = f.exported();
    const RosterData original = *f.roster.load();

    // Same database: parse gives back what was stored.
    RosterJsonContext context{*f.roster.roles(), *f.roster.contactNames(), true};
    auto parsed = RosterJson::parse(json, QStringLiteral("roster.json"), context);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    ASSERT_EQ(parsed->rotations.size(), original.rotations.size());
    for (qsizetype i = 0; i < original.rotations.size(); ++i) {
        EXPECT_EQ(parsed->rotations[i].roleId, original.rotations[i].roleId);
        EXPECT_EQ(parsed->rotations[i].slot, original.rotations[i].slot);
        EXPECT_EQ(parsed->rotations[i].layer, original.rotations[i].layer);
        EXPECT_EQ(parsed->rotations[i].members, original.rotations[i].members);
        EXPECT_EQ(parsed->rotations[i].startDate, original.rotations[i].startDate);
        EXPECT_EQ(parsed->rotations[i].endDate, original.rotations[i].endDate);
        EXPECT_EQ(parsed->rotations[i].pattern.toJson(), original.rotations[i].pattern.toJson());
    }
    ASSERT_EQ(parsed->overrides.size(), 1);
    EXPECT_EQ(parsed->overrides[0].start, original.overrides[0].start);
    EXPECT_EQ(parsed->overrides[0].replacesId, f.zhang);
    ASSERT_EQ(parsed->leave.size(), 1);
    EXPECT_EQ(parsed->leave[0].note, QStringLiteral("网络安全培训"));

    // Another database where the same people have other ids.
    test::RosterStoreFixture other;
    other.addPerson(QStringLiteral("陈静"));
    const qint64 wang2 = other.addPerson(QStringLiteral("王强"));
    const qint64 li2 = other.addPerson(QStringLiteral("李娜"));
    const qint64 zhang2 = other.addPerson(QStringLiteral("张伟"));
    auto imported = other.roster.importJson(other.admin, json, QStringLiteral("roster.json"));
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    const RosterData copy = *other.roster.load();
    ASSERT_EQ(copy.rotations.size(), 2);
    EXPECT_EQ(copy.rotations[0].members, (QList<qint64>{zhang2, li2}));
    EXPECT_EQ(copy.rotations[1].members, (QList<qint64>{wang2, li2, zhang2}));
    EXPECT_EQ(copy.rotations[1].roleId, other.roleId(QStringLiteral("facilities")));
    EXPECT_EQ(copy.overrides[0].contactId, wang2);
    EXPECT_EQ(copy.leave[0].contactId, li2);
    EXPECT_EQ(copy.roles.size(), 8);
    // And exporting the copy gives the same file but for ids.
    const QJsonObject a = QJsonDocument::fromJson(json).object();
    const QJsonObject b = QJsonDocument::fromJson(*other.roster.exportJson()).object();
    EXPECT_EQ(a.value(QStringLiteral("roles")), b.value(QStringLiteral("roles")));
    EXPECT_EQ(a.value(QStringLiteral("leave")).toArray().size(), 1);
}

TEST(RosterJson, ImportReplacesTheRosterAndAuditsOnce)
{
    Fixture f;
    f.fill();
    const QByteArray json = f.exported();
    RosterOverride extra;
    extra.roleId = f.roleId(QStringLiteral("dba"));
    extra.contactId = f.li;
    extra.start = f.local(2026, 2, 1, 9);
    extra.end = f.local(2026, 2, 1, 17);
    ASSERT_TRUE(f.roster.addOverride(f.admin, extra).ok());
    ASSERT_EQ(f.roster.load()->overrides.size(), 2);
    const qint64 audit = f.auditCount();
    ASSERT_TRUE(f.roster.importJson(f.admin, json, QStringLiteral("roster.json")).ok());
    EXPECT_EQ(f.roster.load()->overrides.size(), 1);
    EXPECT_EQ(f.roster.load()->rotations.size(), 2);
    EXPECT_EQ(f.auditCount(), audit + 1);
    EXPECT_TRUE(f.backend->audit().verify()->intact);
}

TEST(RosterJson, BadFilesAreRefusedWithTheirPathAndNothingChanges)
{
    Fixture f;
    f.fill();
    const QByteArray good = f.exported();
    const QByteArray stateBefore = f.exported();
    const qint64 audit = f.auditCount();

    struct Case {
        std::function<void(QJsonObject &)> edit;
        QString expected;
    };
    auto setIn = [](QJsonObject &o, const QString &list, int index,
                    const std::function<void(QJsonObject &)> &change) {
        QJsonArray a = o.value(list).toArray();
        QJsonObject item = a.at(index).toObject();
        change(item);
        a[index] = item;
        o.insert(list, a);
    };
    const QList<Case> cases{
        {[&](QJsonObject &o) {
             setIn(o, QStringLiteral("rotations"), 0, [](QJsonObject &r) {
                 QJsonObject p = r.value(QStringLiteral("pattern")).toObject();
                 QJsonArray shifts = p.value(QStringLiteral("shifts")).toArray();
                 QJsonObject s = shifts.at(0).toObject();
                 s.insert(QStringLiteral("start"), QStringLiteral("8:30"));
                 shifts[0] = s;
                 p.insert(QStringLiteral("shifts"), shifts);
                 r.insert(QStringLiteral("pattern"), p);
             });
         },
         QStringLiteral(
             "roster.json: rotations[0].pattern.shifts[0].start: expected a time HH:MM")},
        {[&](QJsonObject &o) {
             setIn(o, QStringLiteral("rotations"), 1, [](QJsonObject &r) {
                 QJsonArray m = r.value(QStringLiteral("members")).toArray();
                 m[2] = QJsonObject{{QStringLiteral("id"), 999},
                                    {QStringLiteral("name"), QStringLiteral("无名")}};
                 r.insert(QStringLiteral("members"), m);
             });
         },
         QStringLiteral("roster.json: rotations[1].members[2]: there is no person with id 999")},
        {[&](QJsonObject &o) {
             setIn(o, QStringLiteral("overrides"), 0, [](QJsonObject &r) {
                 r.insert(QStringLiteral("role"), QStringLiteral("janitor"));
             });
         },
         QStringLiteral("roster.json: overrides[0].role: unknown duty role \"janitor\"")},
        {[&](QJsonObject &o) {
             setIn(o, QStringLiteral("leave"), 0, [](QJsonObject &r) {
                 r.insert(QStringLiteral("end"), QStringLiteral("2026-01-09T00:00:00+08:00"));
             });
         },
         QStringLiteral("roster.json: leave[0].end: expected a time after the start")},
        {[&](QJsonObject &o) {
             setIn(o, QStringLiteral("roles"), 0, [](QJsonObject &r) {
                 r.insert(QStringLiteral("coverage"), QStringLiteral("sometimes"));
             });
         },
         QStringLiteral("roster.json: roles[0].coverage: expected")},
        {[&](QJsonObject &o) {
             setIn(o, QStringLiteral("rotations"), 0, [](QJsonObject &r) {
                 r.insert(QStringLiteral("colour"), QStringLiteral("red"));
             });
         },
         QStringLiteral("roster.json: rotations[0]: unknown key \"colour\"")},
    };
    for (const Case &c : cases) {
        const QByteArray bad = edited(good, c.edit);
        auto s = f.roster.importJson(f.admin, bad, QStringLiteral("roster.json"));
        ASSERT_FALSE(s.ok()) << c.expected.toStdString();
        EXPECT_TRUE(s.error().startsWith(c.expected))
            << "got: " << s.error().toStdString() << "\nexpected: " << c.expected.toStdString();
    }
    auto broken =
        f.roster.importJson(f.admin, good.left(good.size() / 2), QStringLiteral("x.json"));
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().startsWith(QStringLiteral("x.json: not valid JSON")));

    EXPECT_EQ(f.exported(), stateBefore);
    EXPECT_EQ(f.auditCount(), audit);
}

TEST(RosterJson, PeopleAreResolvedByIdThenByExactName)
{
    DutyRole leader;
    leader.id = 1;
    leader.key = QStringLiteral("duty_leader");
    leader.name = QStringLiteral("值班负责人");
    const RosterJsonContext context{
        {leader},
        {{7, QStringLiteral("张伟")}, {8, QStringLiteral("李娜")}, {9, QStringLiteral("李娜")}},
        true};
    auto rotation = [](const QString &members) {
        return QStringLiteral("{\"rotations\":[{\"role\":\"duty_leader\",\"pattern\":{\"kind\":"
                              "\"daily\",\"handoff\":\"08:30\"},\"start_date\":\"2026-01-01\","
                              "\"members\":%1}]}")
            .arg(members)
            .toUtf8();
    };
    auto byId = RosterJson::parse(rotation(QStringLiteral("[7, {\"id\": 8}]")),
                                  QStringLiteral("r.json"), context);
    ASSERT_TRUE(byId.ok()) << byId.error().toStdString();
    EXPECT_EQ(byId->rotations[0].members, (QList<qint64>{7, 8}));
    EXPECT_EQ(byId->rotations[0].roleId, 1);
    auto byName =
        RosterJson::parse(rotation(QStringLiteral("[{\"id\": 3, \"name\": \"张伟\"}, \"张伟\"]")),
                          QStringLiteral("r.json"), context);
    ASSERT_TRUE(byName.ok()) << byName.error().toStdString();
    EXPECT_EQ(byName->rotations[0].members, (QList<qint64>{7, 7}));
    auto ambiguous = RosterJson::parse(rotation(QStringLiteral("[\"李娜\"]")),
                                       QStringLiteral("r.json"), context);
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_TRUE(
        ambiguous.error().startsWith(QStringLiteral("r.json: rotations[0].members[0]: 2 people")))
        << ambiguous.error().toStdString();
    auto mismatch = RosterJson::parse(rotation(QStringLiteral("[{\"id\": 7, \"name\": \"王强\"}]")),
                                      QStringLiteral("r.json"), context);
    EXPECT_FALSE(mismatch.ok()) << "id 7 is 张伟, and nobody is called 王强";
}
