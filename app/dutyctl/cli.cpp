#include "dutyctl/cli.h"

#include <QJsonDocument>
#include <QProcessEnvironment>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace dd {
namespace cli {

namespace {

QString readSecretFromTerminal(const QString &prompt)
{
    std::cerr << prompt.toStdString() << std::flush;
    std::string line;
#ifdef Q_OS_UNIX
    termios old{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::cerr << std::endl;
    }
#else
    std::getline(std::cin, line);
#endif
    return QString::fromStdString(line);
}

} // namespace

Result<std::unique_ptr<Backend>> Context::open(OpenMode mode)
{
    return Backend::open(dbPath.isEmpty() ? Database::defaultPath() : dbPath, mode, clock);
}

Result<Actor> Context::writer(Backend &backend)
{
    if (!asLogin.isEmpty()) {
        QString pin =
            QProcessEnvironment::systemEnvironment().value(QStringLiteral("DUTYDESK_PIN"));
        if (pin.isEmpty())
            pin = readSecretFromTerminal(tr("PIN for %1: ").arg(asLogin));
        return backend.operators().signIn(asLogin, pin);
    }
    auto allowed = backend.settings().cliWritesWithoutSignIn();
    if (!allowed)
        return allowed.takeError();
    if (!*allowed)
        return fail(tr("This database does not let dutyctl write without sign-in: add --as LOGIN "
                       "(PIN from DUTYDESK_PIN or a prompt)."));
    return Actor::currentOsUser();
}

std::optional<QDateTime> parseInstant(const QString &text)
{
    const QTimeZone institution(8 * 3600);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        t = QDateTime(d, QTime(0, 0), institution);
    }
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), institution);
    return t.toUTC();
}

int Context::failure(const QString &message)
{
    err << tr("dutyctl: %1").arg(message) << Qt::endl;
    return Failure;
}

int Context::usage(const QString &message)
{
    err << tr("dutyctl: %1").arg(message) << Qt::endl;
    return Usage;
}

void Context::printJson(const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

int parseCommand(Context &ctx, QCommandLineParser &parser, const QStringList &args,
                 const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Context::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(help)) {
        ctx.out << parser.helpText();
        ctx.out.flush();
        return Ok;
    }
    return -1;
}

QList<Command> commands()
{
    return {
        {QStringLiteral("audit"), Context::tr("Verify or list the audit log"), runAudit},
        {QStringLiteral("calendar"), Context::tr("Trading days, trading time and calendar imports"),
         runCalendar},
        {QStringLiteral("change"),
         Context::tr("Change requests (系统变更) and the trading-hours window check"), runChange},
        {QStringLiteral("cards"), Context::tr("Print emergency action cards (应急工作卡片) to PDF"),
         runCards, true},
        {QStringLiteral("contacts"), Context::tr("Import or export the handbook's contacts"),
         runContacts},
        {QStringLiteral("ci"),
         Context::tr("Configuration items (配置项): list, or show one with its "
                     "relations, history and dependents"),
         runCi},
        {QStringLiteral("db"), Context::tr("Check, back up or restore the database"), runDb},
        {QStringLiteral("demo"), Context::tr("Fill a new database with a fictional institution"),
         runDemo},
        {QStringLiteral("drills"),
         Context::tr("Drill compliance per half-year and the annual drill report"), runDrills,
         true},
        {QStringLiteral("grade"), Context::tr("Grade a facts file: grade, reasons, next threshold"),
         runGrade},
        {QStringLiteral("handbook"), Context::tr("Print the emergency contact handbook to PDF"),
         runHandbook, true},
        {QStringLiteral("incident"), Context::tr("List, show or declare incidents and warnings"),
         runIncident},
        {QStringLiteral("operator"), Context::tr("List and manage the operators who sign in"),
         runOperator},
        {QStringLiteral("readiness"),
         Context::tr("Readiness checks: does the institution meet the standard today"),
         runReadiness},
        {QStringLiteral("report"),
         Context::tr("List report templates and render reports to PDF, ODT, HTML or text"),
         runReport, true},
        {QStringLiteral("roster"),
         Context::tr("Who is on duty, coverage gaps, roster import and export"), runRoster, true},
        {QStringLiteral("settings"), Context::tr("Show or change the database-wide settings"),
         runSettings},
    };
}

} // namespace cli
} // namespace dd
