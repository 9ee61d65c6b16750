#include "storage/change_feed.h"
#include "storage/database.h"
#include "temp_database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace dd;

namespace {

Status insertSetting(Database &db, const QString &key, const QString &value)
{
    auto done =
        db.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?)"), {key, value});
    if (!done)
        return done.takeError();
    return {};
}

} // namespace

TEST(ChangeFeed, CommittedWriteAnnouncesTheTablesItChanged)
{
    test::TempBackend temp;
    Database &db = temp->database();
    QList<QSet<QString>> seen;
    QObject::connect(&db.changes(), &ChangeFeed::committed,
                     [&](const QSet<QString> &tables) { seen << tables; });

    const Status written =
        db.write([&] { return insertSetting(db, QStringLiteral("a"), QStringLiteral("1")); });
    ASSERT_TRUE(written) << written.error().toStdString();
    ASSERT_EQ(seen.size(), 1);
    EXPECT_EQ(seen[0], QSet<QString>{QStringLiteral("settings")});

    // The next transaction starts clean.
    ASSERT_TRUE(db.write([&] {
        auto done = db.exec(QStringLiteral("UPDATE settings SET value = value WHERE 1 = 0"));
        return done ? Status{} : Status{done.takeError()};
    }));
    EXPECT_EQ(seen.size(), 1) << "nothing changed, nothing announced";
}

TEST(ChangeFeed, RolledBackWriteAnnouncesNothing)
{
    test::TempBackend temp;
    Database &db = temp->database();
    int announced = 0;
    QObject::connect(&db.changes(), &ChangeFeed::committed,
                     [&](const QSet<QString> &) { ++announced; });

    const Status failed = db.write([&]() -> Status {
        if (Status s = insertSetting(db, QStringLiteral("b"), QStringLiteral("1")); !s)
            return s;
        return fail(QStringLiteral("refused"));
    });
    EXPECT_FALSE(failed);
    EXPECT_EQ(announced, 0);

    ASSERT_TRUE(
        db.write([&] { return insertSetting(db, QStringLiteral("c"), QStringLiteral("1")); }));
    EXPECT_EQ(announced, 1);
}

TEST(ChangeFeed, TouchesTreatsAnEmptySetAsEverything)
{
    EXPECT_TRUE(ChangeFeed::touches({}, {"incidents"}));
    EXPECT_TRUE(ChangeFeed::touches({QStringLiteral("incidents")}, {"rotations", "incidents"}));
    EXPECT_FALSE(ChangeFeed::touches({QStringLiteral("settings")}, {"incidents"}));
}

TEST(ChangeFeed, CommitsOfAnotherConnectionAreAnnouncedWhenWatched)
{
    test::TempBackend temp;
    Database &db = temp->database();
    auto other = Database::open(db.path());
    ASSERT_TRUE(other);
    db.watchOtherConnections(5);
    QSignalSpy spy(&db.changes(), &ChangeFeed::committed);
    // Let the first poll record the current version.
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 50)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    ASSERT_EQ(spy.count(), 0);

    Database &second = **other;
    ASSERT_TRUE(second.write(
        [&] { return insertSetting(second, QStringLiteral("d"), QStringLiteral("1")); }));
    EXPECT_TRUE(spy.wait(2000));
    ASSERT_GE(spy.count(), 1);
    // SQLite only knows that the file changed; PostgreSQL's notifications name the table.
    if (test::TempBackend::onPostgres())
        EXPECT_EQ(spy.first().first().value<QSet<QString>>(),
                  QSet<QString>{QStringLiteral("settings")});
    else
        EXPECT_TRUE(spy.first().first().value<QSet<QString>>().isEmpty());
}

TEST(ChangeFeed, TwoUpsertsOfOneTableInOneWriteBothSucceed)
{
    test::TempBackend temp;
    Database &db = temp->database();
    const Status written = db.write([&]() -> Status {
        for (const char *key : {"x", "y", "x"}) {
            auto done = db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, '1') "
                                               "ON CONFLICT(key) DO UPDATE SET value = '2'"),
                                {QString::fromLatin1(key)});
            if (!done)
                return done.takeError();
        }
        return {};
    });
    EXPECT_TRUE(written) << written.error().toStdString();
}
