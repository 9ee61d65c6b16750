// Writes audited rows as fast as it can, one transaction each, and prints "ack N" after each
// commit returns. The crash-safety test kills it with SIGKILL in the middle of a burst.
#include "app/backend.h"

#include <QCoreApplication>

#include <cstdio>

using namespace dd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: crash_writer DB\n");
        return 2;
    }
    SystemClock clock;
    auto backend = Backend::open(QString::fromLocal8Bit(argv[1]), OpenMode::ReadWrite, clock);
    if (!backend) {
        std::fprintf(stderr, "%s\n", qPrintable(backend.error()));
        return 1;
    }
    Database &db = (*backend)->database();
    const QByteArray payload(512, 'x');
    for (qint64 n = 1;; ++n) {
        Status written = db.write([&]() -> Status {
            auto q = db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                             {QStringLiteral("crash.%1").arg(n), QString::fromLatin1(payload)});
            if (!q)
                return q.takeError();
            auto a = (*backend)->audit().append(Actor::system(), {QStringLiteral("crash.write"),
                                                                  QStringLiteral("settings"),
                                                                  QString::number(n),
                                                                  {},
                                                                  {}});
            if (!a)
                return a.takeError();
            return {};
        });
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error()));
            return 1;
        }
        std::printf("ack %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
