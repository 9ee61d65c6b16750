#include "app/backend.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dd;

// A writer process is killed with SIGKILL mid-burst; on reopen the file is sound and every row
// whose commit was acknowledged is there, with an intact audit chain.
TEST(CrashSafety, KilledWriterLosesNoAcknowledgedRow)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite3"));
    for (int round = 0; round < 3; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(CRASH_WRITER), {path});
        ASSERT_TRUE(writer.waitForStarted(10000));
        qint64 lastAck = 0;
        QByteArray pending;
        const qint64 target = 150 + round * 97; // kill at a different point each round
        while (lastAck < target) {
            ASSERT_TRUE(writer.waitForReadyRead(20000))
                << "writer stopped: " << writer.readAllStandardError().toStdString();
            pending += writer.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line.startsWith("ack "))
                    lastAck = line.mid(4).toLongLong();
            }
        }
        writer.kill(); // SIGKILL on Unix: no destructor, no close, no checkpoint
        writer.waitForFinished(10000);
        // Acks already in the pipe are acknowledged writes too.
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n'))
            if (line.startsWith("ack "))
                lastAck = std::max(lastAck, line.mid(4).toLongLong());

        SystemClock clock;
        auto backend = Backend::open(path, OpenMode::ReadWrite, clock);
        ASSERT_TRUE(backend.ok()) << backend.error().toStdString();
        auto problems = (*backend)->database().integrityCheck();
        ASSERT_TRUE(problems.ok());
        EXPECT_TRUE(problems->isEmpty()) << problems->join(u';').toStdString();
        auto q = (*backend)->database().exec(
            QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'crash.%' AND "
                           "CAST(substr(key, 7) AS INTEGER) <= ?"),
            {lastAck});
        ASSERT_TRUE(q.ok());
        q->next();
        EXPECT_EQ(q->value(0).toLongLong(), lastAck) << "round " << round;
        auto audit = (*backend)->audit().verify();
        ASSERT_TRUE(audit.ok());
        EXPECT_TRUE(audit->intact) << audit->reason.toStdString();
        // The next round writes on top: clear this round's rows so keys start at 1 again.
        ASSERT_TRUE((*backend)
                        ->database()
                        .write([&]() -> Status {
                            auto d = (*backend)->database().exec(
                                QStringLiteral("DELETE FROM settings WHERE key LIKE 'crash.%'"));
                            if (!d)
                                return d.takeError();
                            return {};
                        })
                        .ok());
    }
}
