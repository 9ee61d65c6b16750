#include "audit/audit_log.h"
#include "temp_database.h"
#include "time/calendar_repository.h"

#include <QFile>

#include <gtest/gtest.h>

namespace dd {
namespace {

// 2026 with an extra closed day on Monday 2026-03-02 (not in the built-in data).
const QByteArray Year2026 = R"({
  "year": 2026,
  "source": "test notice",
  "note": "check against the exchanges",
  "holidays": [{"name": "国庆节", "from": "2026-10-01", "to": "2026-10-07"}],
  "makeup_workdays": ["2026-10-10"],
  "extra_closed_days": ["2026-03-02"]
})";

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

qint64 storedYears(test::TempBackend &tb)
{
    auto q = tb->database().exec(QStringLiteral("SELECT count(*) FROM calendar_years"));
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

qint64 auditRows(test::TempBackend &tb)
{
    auto n = tb->audit().count();
    return n ? *n : -1;
}

TEST(CalendarRepository, FreshDatabaseLoadsTheBuiltInCalendar)
{
    test::TempBackend tb;
    auto c = tb->calendars().load();
    ASSERT_TRUE(c.ok()) << c.error().toStdString();
    EXPECT_EQ(c->years(), (QList<int>{2025, 2026}));
    EXPECT_TRUE(tb->calendar().hasMarket(QStringLiteral("stock")));
    EXPECT_EQ(storedYears(tb), 0);
}

TEST(CalendarRepository, ImportStoresTheYearAndOverridesTheBuiltInOne)
{
    test::TempBackend tb;
    const Actor admin = tb.admin();
    const qint64 auditBefore = auditRows(tb);
    const QString path = tb.dirPath(QStringLiteral("calendar-2026.json"));
    writeFile(path, Year2026);

    auto imported = tb->calendars().importYear(admin, path);
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    EXPECT_EQ(*imported, 2026);
    EXPECT_EQ(storedYears(tb), 1);
    EXPECT_EQ(auditRows(tb), auditBefore + 1);

    auto q = tb->database().exec(QStringLiteral(
        "SELECT source, content, imported_at FROM calendar_years WHERE year = 2026"));
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("calendar-2026.json"));
    EXPECT_EQ(q->value(1).toString(), QString::fromUtf8(Year2026));
    EXPECT_EQ(q->value(2).toString(), toStoredTime(tb.clock().now()));

    auto latest = tb->audit().latest(1);
    ASSERT_TRUE(latest.ok());
    ASSERT_EQ(latest->size(), 1);
    EXPECT_EQ(latest->at(0).action, QStringLiteral("calendar.import"));
    EXPECT_EQ(latest->at(0).entity, QStringLiteral("calendar_year"));
    EXPECT_EQ(latest->at(0).entityId, QStringLiteral("2026"));
    EXPECT_EQ(latest->at(0).actor, admin.auditName());
    EXPECT_TRUE(latest->at(0).before.isEmpty());
    EXPECT_TRUE(latest->at(0).after.contains(QStringLiteral("calendar-2026.json")));

    // The imported year replaces the built-in one; other years stay built in.
    auto c = tb->calendars().load();
    ASSERT_TRUE(c.ok()) << c.error().toStdString();
    EXPECT_EQ(c->year(2026)->source, QStringLiteral("test notice"));
    EXPECT_FALSE(c->isTradingDay(QDate(2026, 3, 2)));
    EXPECT_TRUE(c->isWorkingDay(QDate(2026, 3, 2)));
    EXPECT_TRUE(c->isTradingDay(QDate(2026, 2, 16)));  // Spring Festival is not in the import
    EXPECT_FALSE(c->isTradingDay(QDate(2025, 10, 1))); // built-in 2025 untouched

    // The backend picks it up on reload and after a restart.
    ASSERT_TRUE(tb->reloadCalendar().ok());
    EXPECT_FALSE(tb->calendar().isTradingDay(QDate(2026, 3, 2)));
    tb.reopen();
    EXPECT_FALSE(tb->calendar().isTradingDay(QDate(2026, 3, 2)));
}

TEST(CalendarRepository, ImportingTheSameYearAgainReplacesIt)
{
    test::TempBackend tb;
    const Actor admin = tb.admin();
    const QString path = tb.dirPath(QStringLiteral("2026.json"));
    writeFile(path, Year2026);
    ASSERT_TRUE(tb->calendars().importYear(admin, path).ok());
    const qint64 auditBefore = auditRows(tb);

    QByteArray second = Year2026;
    second.replace("2026-03-02", "2026-03-03");
    writeFile(path, second);
    tb.clock().advanceSecs(3600);
    auto imported = tb->calendars().importYear(admin, path);
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    EXPECT_EQ(storedYears(tb), 1);
    EXPECT_EQ(auditRows(tb), auditBefore + 1);
    auto latest = tb->audit().latest(1);
    ASSERT_TRUE(latest.ok());
    EXPECT_TRUE(latest->at(0).before.contains(QStringLiteral("2026-03-02")));
    EXPECT_TRUE(latest->at(0).after.contains(QStringLiteral("2026-03-03")));

    auto c = tb->calendars().load();
    ASSERT_TRUE(c.ok());
    EXPECT_TRUE(c->isTradingDay(QDate(2026, 3, 2)));
    EXPECT_FALSE(c->isTradingDay(QDate(2026, 3, 3)));
}

TEST(CalendarRepository, BadFileChangesNothing)
{
    test::TempBackend tb;
    const Actor admin = tb.admin();
    const QString good = tb.dirPath(QStringLiteral("good.json"));
    writeFile(good, Year2026);
    ASSERT_TRUE(tb->calendars().importYear(admin, good).ok());
    const qint64 rowsBefore = storedYears(tb);
    const qint64 auditBefore = auditRows(tb);

    struct Case {
        QByteArray content;
        const char *expected;
    };
    const Case cases[] = {
        {R"({"year": 2026, "source": "s", "holidays": [
            {"name": "a", "from": "2026-10-01", "to": "2026-10-01"},
            {"name": "b", "from": "2026-10-02", "to": "2026-10-02"},
            {"name": "c", "from": "10/03", "to": "2026-10-03"}]})",
         "bad-2026.json: holidays[2].from: expected a date YYYY-MM-DD"},
        {R"({"year": 2025, "source": "s", "holidays": [], "foo": 1})", "unknown key 'foo'"},
        {"not json", "bad-2026.json: not valid JSON at offset"},
    };
    const QString bad = tb.dirPath(QStringLiteral("bad-2026.json"));
    for (const Case &c : cases) {
        writeFile(bad, c.content);
        auto imported = tb->calendars().importYear(admin, bad);
        ASSERT_FALSE(imported.ok());
        EXPECT_TRUE(imported.error().contains(QString::fromUtf8(c.expected)))
            << imported.error().toStdString();
        EXPECT_TRUE(imported.error().contains(QStringLiteral("bad-2026.json")));
        EXPECT_EQ(storedYears(tb), rowsBefore);
        EXPECT_EQ(auditRows(tb), auditBefore);
    }
    auto c = tb->calendars().load();
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->year(2026)->source, QStringLiteral("test notice"));
}

TEST(CalendarRepository, MissingFileIsRefused)
{
    test::TempBackend tb;
    const Actor admin = tb.admin();
    const qint64 auditBefore = auditRows(tb);
    const QString path = tb.dirPath(QStringLiteral("missing.json"));
    auto imported = tb->calendars().importYear(admin, path);
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.error().contains(path)) << imported.error().toStdString();
    EXPECT_EQ(storedYears(tb), 0);
    EXPECT_EQ(auditRows(tb), auditBefore);
}

TEST(CalendarRepository, ImportNeedsPermissionToManageSettings)
{
    test::TempBackend tb;
    tb.admin();
    const qint64 auditBefore = auditRows(tb);
    const QString path = tb.dirPath(QStringLiteral("2026.json"));
    writeFile(path, Year2026);
    const Actor viewer = Actor::operatorAccount(99, QStringLiteral("viewer"),
                                                QStringLiteral("只读"), {Role::Viewer});
    EXPECT_FALSE(tb->calendars().importYear(viewer, path).ok());
    EXPECT_FALSE(tb->calendars().importYear(Actor::nobody(), path).ok());
    EXPECT_EQ(storedYears(tb), 0);
    EXPECT_EQ(auditRows(tb), auditBefore);
}

TEST(CalendarRepository, StoredYearThatNoLongerParsesIsReportedWithItsYear)
{
    test::TempBackend tb;
    auto inserted = tb->database().exec(QStringLiteral(
        "INSERT INTO calendar_years (year, source, content, imported_at) "
        "VALUES (2027, '2027.json', '{\"year\": 2027}', '2026-01-05T02:10:00.000Z')"));
    ASSERT_TRUE(inserted.ok()) << inserted.error().toStdString();
    auto c = tb->calendars().load();
    ASSERT_FALSE(c.ok());
    EXPECT_TRUE(c.error().contains(QStringLiteral("2027"))) << c.error().toStdString();
    EXPECT_TRUE(c.error().contains(QStringLiteral("2027.json: source"))) << c.error().toStdString();
}

} // namespace
} // namespace dd
