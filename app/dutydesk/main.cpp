// dutydesk: the desktop console. Wiring only: options, language, database, sign-in, window.

#include "access/first_run_wizard.h"
#include "access/sign_in_dialog.h"
#include "app/backend.h"
#include "drills/drill_mode.h"
#include "drills/drill_mode_marker.h"
#include "i18n/language.h"
#include "shell/main_window.h"
#include "shell/page_registry.h"
#include "shell/session.h"
#include "shell/ui_context.h"
#include "storage/database_address.h"
#include "time/clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QSettings>

#include <cstdio>
#include <cstring>
#include <optional>
#include <utility>

namespace {

constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

class MainText {
    Q_DECLARE_TR_FUNCTIONS(dd::DutyDeskMain)
};

struct Options {
    QCommandLineOption db{QStringLiteral("db"), QString(), QStringLiteral("PATH|URL")};
    QCommandLineOption page{QStringLiteral("page"), QString(), QStringLiteral("NAME")};
    QCommandLineOption lang{QStringLiteral("lang"), QString(), QStringLiteral("zh_CN|en")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"), QString(),
                                  QStringLiteral("FILE.png")};

    // Descriptions in the current language (set after the language is known).
    void describe(QCommandLineParser &parser)
    {
        db.setDescription(MainText::tr("The database: a file, or "
                                       "postgresql://user@host:port/database for a database "
                                       "shared by several desks (default: %1).")
                              .arg(QDir::toNativeSeparators(dd::Database::defaultPath())));
        page.setDescription(MainText::tr("The page to show first: %1.")
                                .arg(dd::ui::pageIds().join(QStringLiteral(", "))));
        lang.setDescription(MainText::tr("The interface language: zh_CN or en."));
        screenshot.setDescription(MainText::tr("Open the database read-only, save a picture of the "
                                               "window as FILE.png and quit."));
        parser.setApplicationDescription(MainText::tr("DutyDesk — emergency duty console for "
                                                      "securities and futures IT."));
        parser.addOptions({db, page, lang, screenshot});
    }
};

void printError(const QString &message)
{
    std::fprintf(stderr, "dutydesk: %s\n", qPrintable(message));
}

// Whether --screenshot was given, read before QApplication exists (the platform is chosen then).
bool wantsScreenshot(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0
            || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    return false;
}

QString databasePath(const QCommandLineParser &parser, const Options &options)
{
    if (parser.isSet(options.db))
        return parser.value(options.db);
    const QString configured = QSettings().value(QStringLiteral("database/path")).toString();
    return configured.isEmpty() ? dd::Database::defaultPath() : configured;
}

int takeScreenshot(dd::Backend &backend, dd::LanguageSwitcher &language, const QString &page,
                   const QString &file)
{
    dd::ui::Session session;
    // A drill database shows its banner in the picture too.
    dd::ui::UiContext context{backend, session, language, true, dd::DrillMode::session(backend)};
    dd::ui::MainWindow window(context);
    window.resize(1400, 900);
    window.showPage(page);
    window.show();
    QApplication::processEvents();
    const QPixmap picture = window.grab();
    if (picture.isNull() || !picture.save(file, "PNG")) {
        printError(
            MainText::tr("cannot write the screenshot to %1.").arg(QDir::toNativeSeparators(file)));
        return ExitFailure;
    }
    return ExitOk;
}

// Signs the person in at the start: the first-run wizard for an empty database, else the
// sign-in dialog (cancelling opens the console for reading; "Sign in…" stays in the status
// bar). False when the wizard was cancelled.
bool signInAtStart(dd::Backend &backend, dd::ui::UiContext &context, int &exitCode)
{
    auto hasOperators = backend.operators().hasOperators();
    if (!hasOperators) {
        QMessageBox::critical(nullptr, MainText::tr("DutyDesk"), hasOperators.error());
        exitCode = ExitFailure;
        return false;
    }
    if (!*hasOperators) {
        dd::ui::FirstRunWizard wizard(backend.operators());
        if (wizard.exec() != QDialog::Accepted) {
            exitCode = ExitOk;
            return false;
        }
        context.session.setActor(wizard.administrator());
    } else {
        dd::ui::SignInDialog signIn(context, dd::ui::SignInDialog::Mode::SignIn);
        if (signIn.exec() == QDialog::Accepted)
            context.session.setActor(signIn.actor());
    }
    return true;
}

// Opens the console's database; a shared server that wants a password the environment does
// not give (PGPASSWORD, ~/.pgpass) asks for it, up to three times. The password stays in this
// process only.
dd::Result<std::unique_ptr<dd::Backend>> openBackend(const QString &path, const dd::Clock &clock)
{
    auto opened = dd::Backend::open(path, dd::OpenMode::ReadWrite, clock);
    auto address = dd::DatabaseAddress::parse(path);
    for (int attempt = 0;
         attempt < 3 && !opened && address && address->isPostgreSQL()
         && opened.error().contains(QLatin1String("password"), Qt::CaseInsensitive);
         ++attempt) {
        bool ok = false;
        const QString password =
            QInputDialog::getText(nullptr, MainText::tr("DutyDesk"),
                                  MainText::tr("Password of %1 for the shared database %2:")
                                      .arg(address->user, address->display()),
                                  QLineEdit::Password, QString(), &ok);
        if (!ok)
            break;
        address->password = password;
        opened = dd::Backend::open(address->text(), dd::OpenMode::ReadWrite, clock);
    }
    return opened;
}

// The console: one database at a time. Drill mode switches between the production database
// and a drill copy (MainWindow::databaseSwitchRequested): the window and the database are
// closed, the other one is opened, and the same person is signed in there without a second
// PIN (DrillMode::samePerson: the copy has the same operators).
int runConsole(QApplication &app, dd::LanguageSwitcher &language, const dd::Clock &clock,
               QString path, const QString &page)
{
    std::optional<dd::Actor> carried;
    QString previous;
    for (bool first = true;; first = false) {
        auto opened = openBackend(path, clock);
        auto drill = opened ? dd::DrillMode::readSession(**opened)
                            : dd::Result<std::optional<dd::DrillSession>>(opened.takeError());
        if (!opened || !drill) {
            QMessageBox::critical(nullptr, MainText::tr("DutyDesk"), drill.error());
            if (previous.isEmpty())
                return ExitFailure;
            path = std::exchange(previous, QString()); // back to where the person was
            continue;
        }
        dd::Backend &backend = **opened;
        // dutyctl or a second console on the same file: their commits refresh this one too.
        backend.database().watchOtherConnections(1000);
        dd::ui::Session session;
        dd::ui::UiContext context{backend, session, language, false, *drill};
        // A drill database says so from the sign-in dialog on.
        std::optional<dd::ui::DrillWindowMarker> marker;
        if (context.drillMode())
            marker.emplace();

        if (first) {
            int exitCode = ExitOk;
            if (!signInAtStart(backend, context, exitCode))
                return exitCode;
        } else if (carried) {
            auto same = dd::DrillMode::samePerson(backend, *carried);
            if (same) {
                session.setActor(*same);
            } else {
                dd::ui::SignInDialog signIn(context, dd::ui::SignInDialog::Mode::SignIn);
                if (signIn.exec() == QDialog::Accepted)
                    session.setActor(signIn.actor());
            }
        }

        dd::ui::MainWindow window(context);
        window.restoreLayout();
        if (first && !page.isEmpty())
            window.showPage(page);
        QString next;
        QObject::connect(&window, &dd::ui::MainWindow::databaseSwitchRequested, &window,
                         [&](const QString &target) {
                             next = target;
                             // Closing this window must not end the program: exit the loop only.
                             QApplication::setQuitOnLastWindowClosed(false);
                             window.close();
                             QCoreApplication::exit(ExitOk);
                         });
        QApplication::setQuitOnLastWindowClosed(true);
        window.show();
        const int code = app.exec();
        if (next.isEmpty())
            return code;
        carried = session.isSignedIn() ? std::optional<dd::Actor>(session.actor()) : std::nullopt;
        previous = path;
        path = next;
    }
}

} // namespace

int main(int argc, char **argv)
{
    const bool screenshot = wantsScreenshot(argc, argv);
    // A screenshot needs no display; the caller may still choose a platform.
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DutyDesk"));
    QApplication::setApplicationName(QStringLiteral("DutyDesk"));
    QApplication::setApplicationVersion(QStringLiteral(DUTYDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dutydesk.svg")));

    // First pass: only the language, so that --help and every message are in it.
    dd::LanguageSwitcher language;
    {
        QCommandLineParser first;
        Options options;
        first.addOptions({options.db, options.page, options.lang, options.screenshot});
        first.addHelpOption();
        first.addVersionOption();
        first.parse(QApplication::arguments());
        QString lang = first.value(options.lang);
        if (lang.isEmpty())
            lang = QSettings().value(QStringLiteral("ui/language")).toString();
        if (lang.isEmpty())
            lang = dd::systemLanguage();
        if (dd::normalizedLanguage(lang).isEmpty()) {
            if (first.isSet(options.lang)) {
                printError(MainText::tr("--lang takes zh_CN or en, not \"%1\".").arg(lang));
                return ExitUsage;
            }
            lang = dd::systemLanguage();
        }
        language.apply(lang);
    }

    QCommandLineParser parser;
    Options options;
    options.describe(parser);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app); // --help, --version and unknown options end here

    const QString page = parser.value(options.page);
    if (!page.isEmpty() && dd::ui::pageIndex(page) < 0) {
        printError(MainText::tr("there is no page \"%1\"; the pages are: %2.")
                       .arg(page, dd::ui::pageIds().join(QStringLiteral(", "))));
        return ExitUsage;
    }

    const dd::SystemClock clock;
    const QString path = databasePath(parser, options);

    if (screenshot) {
        const QString file = parser.value(options.screenshot);
        if (file.isEmpty()) {
            printError(MainText::tr("--screenshot needs a file name."));
            return ExitUsage;
        }
        auto backend = dd::Backend::open(path, dd::OpenMode::ReadOnly, clock);
        if (!backend) {
            printError(backend.error());
            return ExitFailure;
        }
        return takeScreenshot(**backend, language,
                              page.isEmpty() ? dd::ui::pageIds().first() : page, file);
    }

    return runConsole(app, language, clock, path, page);
}
