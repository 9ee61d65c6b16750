#pragma once

#include "app/backend.h"
#include "common/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace dd {
namespace cli {

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

// What every dutyctl command gets: the global options and the ways to open the database and
// to find out who writes.
class Context {
    Q_DECLARE_TR_FUNCTIONS(dutyctl)
public:
    QString dbPath;
    bool json = false;
    QString asLogin;
    SystemClock clock;
    QTextStream out{stdout};
    QTextStream err{stderr};

    Result<std::unique_ptr<Backend>> open(OpenMode mode);
    // The actor of a write: --as NAME (PIN from DUTYDESK_PIN or a prompt), or the OS user where
    // the database lets the CLI write without sign-in.
    Result<Actor> writer(Backend &backend);

    int failure(const QString &message);
    int usage(const QString &message);
    void printJson(const QJsonObject &object);
};

// Parses a command's own arguments. Returns an exit code to stop with, or -1 to go on.
// args[0] is the program and command ("dutyctl db"), as QCommandLineParser expects.
int parseCommand(Context &ctx, QCommandLineParser &parser, const QStringList &args,
                 const QString &description);

struct Command {
    QString name;
    QString summary; // translated
    int (*run)(Context &ctx, const QStringList &args);
    bool needsGui = false; // renders documents (QtGui fonts and painting)
};

QList<Command> commands();

// An instant: ISO 8601 with offset, or without one in institution time (UTC+8); or a date (its
// start). Returned in UTC.
std::optional<QDateTime> parseInstant(const QString &text);

// An incident by its id (17) or its number (2026-0017).
Result<qint64> resolveIncidentId(Backend &backend, const QString &text);

int runAudit(Context &ctx, const QStringList &args);
int runCalendar(Context &ctx, const QStringList &args);
int runCards(Context &ctx, const QStringList &args);
int runChange(Context &ctx, const QStringList &args);
int runCi(Context &ctx, const QStringList &args);
int runContacts(Context &ctx, const QStringList &args);
int runDb(Context &ctx, const QStringList &args);
int runDemo(Context &ctx, const QStringList &args);
int runDrills(Context &ctx, const QStringList &args);
int runGrade(Context &ctx, const QStringList &args);
int runHandbook(Context &ctx, const QStringList &args);
int runIncident(Context &ctx, const QStringList &args);
int runOperator(Context &ctx, const QStringList &args);
int runReadiness(Context &ctx, const QStringList &args);
int runReport(Context &ctx, const QStringList &args);
int runRoster(Context &ctx, const QStringList &args);
int runSettings(Context &ctx, const QStringList &args);

} // namespace cli
} // namespace dd
