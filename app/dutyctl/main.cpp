// dutyctl: the scriptable side of DutyDesk. Reads without sign-in; writes as --as LOGIN or,
// where the database allows it, as the OS user. Exit codes: 0 ok, 1 failure, 2 usage error.
#include "dutyctl/cli.h"
#include "i18n/language.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QProcessEnvironment>

#include <memory>

using namespace dd;
using namespace dd::cli;

namespace {

QString globalHelp()
{
    QString text =
        Context::tr(
            "Usage: dutyctl [--db PATH|URL] [--json] [--as LOGIN] [--lang zh_CN|en] "
            "COMMAND [ARGS...]\n\n"
            "Global options:\n"
            "  --db PATH|URL    the database file, or postgresql://user@host:port/database\n"
            "                   for a shared server (default: %1)\n"
            "  --json           machine-readable output\n"
            "  --as LOGIN       write as this operator (PIN from DUTYDESK_PIN or a prompt)\n"
            "  --lang LANG      zh_CN or en (default: from the system locale)\n"
            "  --version        print the version\n\n"
            "Commands:\n")
            .arg(Database::defaultPath());
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(15), c.summary);
    text += Context::tr("\n'dutyctl COMMAND --help' describes a command.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    // Only commands that render documents need QtGui; they run offscreen (no window ever).
    bool gui = false;
    for (int a = 1; a < argc; ++a)
        for (const Command &c : commands())
            if (c.needsGui && QString::fromLocal8Bit(argv[a]) == c.name)
                gui = true;
    std::unique_ptr<QCoreApplication> app;
    if (gui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("DutyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("DutyDesk"));
    QCoreApplication::setApplicationVersion(QLatin1String(DUTYDESK_VERSION));

    QStringList args = QCoreApplication::arguments();
    Context ctx;
    LanguageSwitcher language;
    language.apply(systemLanguage());

    // Global options come before the command; everything after it belongs to the command.
    int i = 1;
    for (; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto takeValue = [&](const QString &name) -> std::optional<QString> {
            if (a.startsWith(name + u'='))
                return a.mid(name.size() + 1);
            if (i + 1 < args.size())
                return args.at(++i);
            return std::nullopt;
        };
        if (a == QLatin1String("--json")) {
            ctx.json = true;
        } else if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            auto v = takeValue(QStringLiteral("--db"));
            if (!v)
                return ctx.usage(Context::tr("--db needs a file path or a postgresql:// URL."));
            ctx.dbPath = *v;
        } else if (a == QLatin1String("--as") || a.startsWith(QLatin1String("--as="))) {
            auto v = takeValue(QStringLiteral("--as"));
            if (!v)
                return ctx.usage(Context::tr("--as needs an operator login."));
            ctx.asLogin = *v;
        } else if (a == QLatin1String("--lang") || a.startsWith(QLatin1String("--lang="))) {
            auto v = takeValue(QStringLiteral("--lang"));
            if (!v || normalizedLanguage(*v).isEmpty())
                return ctx.usage(Context::tr("--lang takes zh_CN or en."));
            language.apply(*v);
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            ctx.out << globalHelp();
            return Ok;
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            ctx.out << QStringLiteral("dutyctl %1\n").arg(QLatin1String(DUTYDESK_VERSION));
            return Ok;
        } else if (a.startsWith(u'-')) {
            return ctx.usage(Context::tr("unknown option %1; see 'dutyctl --help'.").arg(a));
        } else {
            break;
        }
    }
    if (i >= args.size()) {
        ctx.err << globalHelp();
        return Usage;
    }
    const QString name = args.at(i);
    for (const Command &c : commands()) {
        if (c.name == name) {
            // The command's parser sees "dutyctl NAME ARGS...".
            QStringList commandArgs{QStringLiteral("dutyctl ") + name};
            commandArgs += args.mid(i + 1);
            return c.run(ctx, commandArgs);
        }
    }
    return ctx.usage(Context::tr("unknown command \"%1\"; see 'dutyctl --help'.").arg(name));
}
