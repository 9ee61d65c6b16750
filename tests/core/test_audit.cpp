#include "audit/audit_log.h"
#include "temp_database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace dd;

namespace {

// Writes `n` audited changes through the settings repository.
void writeChanges(test::TempBackend &backend, int n)
{
    const Actor admin = backend.admin();
    for (int i = 0; i < n; ++i) {
        backend.clock().advanceSecs(60);
        ASSERT_TRUE(backend->settings()
                        .setValue(admin, QStringLiteral("test.counter"), QString::number(i))
                        .ok());
    }
}

// Tampering goes around the program, as someone with the file would: raw SQL, triggers dropped.
void rawSql(test::TempBackend &backend, const QString &sql)
{
    QSqlQuery q(backend->database().connection());
    // PostgreSQL names the table a trigger belongs to.
    const QString on = backend->database().isShared() ? QStringLiteral(" ON audit_log") : QString();
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update") + on));
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete") + on));
    ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
}

} // namespace

TEST(AuditLog, ChainOfManyWritesVerifies)
{
    test::TempBackend backend;
    writeChanges(backend, 20);
    auto v = backend->audit().verify();
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(v->intact) << v->reason.toStdString();
    EXPECT_EQ(v->count, *backend->audit().count());
    EXPECT_GE(v->count, 21); // institution + admin + 20 changes
}

TEST(AuditLog, RowsCarryActorTimeAndBeforeAfter)
{
    test::TempBackend backend;
    writeChanges(backend, 2);
    auto rows = backend->audit().latest(1);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    const AuditRecord &r = rows->first();
    EXPECT_EQ(r.actor, QStringLiteral("admin"));
    EXPECT_EQ(r.action, QStringLiteral("settings.update"));
    EXPECT_EQ(r.at, backend.clock().now());
    EXPECT_EQ(r.before, QStringLiteral("{\"test.counter\":\"0\"}"));
    EXPECT_EQ(r.after, QStringLiteral("{\"test.counter\":\"1\"}"));
    EXPECT_EQ(r.hash, AuditLog::hashOf(r));
}

TEST(AuditLog, TheProgramCannotUpdateOrDeleteRows)
{
    test::TempBackend backend;
    writeChanges(backend, 1);
    QSqlQuery q(backend->database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE seq = 1")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1")));
}

TEST(AuditLog, AppendOutsideATransactionIsRefused)
{
    test::TempBackend backend;
    EXPECT_FALSE(
        backend->audit()
            .append(Actor::system(), {QStringLiteral("x"), QStringLiteral("y"), QString(), {}, {}})
            .ok());
}

TEST(AuditLog, EditedRowIsNamed)
{
    test::TempBackend backend;
    writeChanges(backend, 10);
    rawSql(backend, QStringLiteral(
                        "UPDATE audit_log SET after = '{\"test.counter\":\"99\"}' WHERE seq = 7"));
    auto v = backend->audit().verify();
    ASSERT_TRUE(v.ok());
    EXPECT_FALSE(v->intact);
    EXPECT_EQ(v->firstBrokenSeq, 7);
    EXPECT_TRUE(v->reason.contains(QStringLiteral("7")));
}

TEST(AuditLog, DeletedRowIsNamed)
{
    test::TempBackend backend;
    writeChanges(backend, 10);
    rawSql(backend, QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
    auto v = backend->audit().verify();
    ASSERT_TRUE(v.ok());
    EXPECT_FALSE(v->intact);
    EXPECT_EQ(v->firstBrokenSeq, 6);
}

TEST(AuditLog, DeletedAndRenumberedRowsAreDetected)
{
    test::TempBackend backend;
    writeChanges(backend, 10);
    rawSql(backend, QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
    rawSql(backend, QStringLiteral("UPDATE audit_log SET seq = seq - 1 WHERE seq > 5"));
    auto v = backend->audit().verify();
    ASSERT_TRUE(v.ok());
    EXPECT_FALSE(v->intact);
    EXPECT_EQ(v->firstBrokenSeq, 5);
}

TEST(AuditLog, TruncatedTailIsDetected)
{
    test::TempBackend backend;
    writeChanges(backend, 10);
    const qint64 last = *backend->audit().count();
    rawSql(backend, QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(last));
    auto v = backend->audit().verify();
    ASSERT_TRUE(v.ok());
    EXPECT_FALSE(v->intact);
    EXPECT_EQ(v->firstBrokenSeq, last);
}

TEST(AuditLog, ReorderedRowsAreNamed)
{
    test::TempBackend backend;
    writeChanges(backend, 10);
    // Swap rows 4 and 5 wholesale (contents move, sequence numbers stay in place).
    rawSql(backend, QStringLiteral("UPDATE audit_log SET seq = -4 WHERE seq = 4"));
    rawSql(backend, QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = 5"));
    rawSql(backend, QStringLiteral("UPDATE audit_log SET seq = 5 WHERE seq = -4"));
    auto v = backend->audit().verify();
    ASSERT_TRUE(v.ok());
    EXPECT_FALSE(v->intact);
    EXPECT_EQ(v->firstBrokenSeq, 4);
}

TEST(AuditLog, CanonicalFormIsStable)
{
    AuditRecord r;
    r.seq = 3;
    r.at = QDateTime(QDate(2026, 1, 5), QTime(2, 10, 0, 5), Qt::UTC);
    r.actor = QStringLiteral("张伟");
    r.action = QStringLiteral("incident.declare");
    r.entity = QStringLiteral("incident");
    r.entityId = QStringLiteral("12");
    r.before = QString();
    r.after = QStringLiteral("{\"a\":1}");
    r.prevHash = AuditLog::genesisHash();
    EXPECT_EQ(AuditLog::canonicalForm(r),
              QStringLiteral("[\"3\",\"2026-01-05T02:10:00.005Z\",\"张伟\",\"incident.declare\","
                             "\"incident\",\"12\",\"\",\"{\\\"a\\\":1}\",\"")
                  + AuditLog::genesisHash() + QStringLiteral("\"]"));
}
