#include "shell/main_window.h"

#include "access/sign_in_dialog.h"
#include "app/backend.h"
#include "common/database_backup.h"
#include "common/elided_label.h"
#include "common/icons.h"
#include "drills/drill_mode_flow.h"
#include "drills/drill_mode_marker.h"
#include "incidents/call_list_panel.h"
#include "incidents/declare_dialog.h"
#include "incidents/incidents_page.h"
#include "settings/integration_services.h"
#include "shell/navigation.h"
#include "shell/page_registry.h"
#include "shell/session.h"
#include "shell/session_status.h"
#include "shell/ui_context.h"
#include "storage/database.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {
const QString KeyGeometry = QStringLiteral("window/geometry");
const QString KeyState = QStringLiteral("window/state");
const QString KeySplitter = QStringLiteral("window/splitter");
const QString KeyLastPage = QStringLiteral("window/lastPage");
} // namespace

MainWindow::MainWindow(UiContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_drillBanner(new QLabel(this))
    , m_connectionBanner(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sidebar(new QListWidget(m_splitter))
    , m_stack(new QStackedWidget(m_splitter))
    , m_links(new IntegrationServices(context, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setMinimumSize(800, 500);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Unmistakable on every page: in a drill database nothing touches production records.
    m_drillBanner->setObjectName(QStringLiteral("drillBanner"));
    m_drillBanner->setAlignment(Qt::AlignCenter);
    m_drillBanner->setWordWrap(true);
    m_drillBanner->setStyleSheet(QStringLiteral("#drillBanner { background: #e8710a; color: white; "
                                                "font-weight: bold; padding: 6px; }"));
    QFont bannerFont = m_drillBanner->font();
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.3);
    m_drillBanner->setFont(bannerFont);
    m_drillBanner->hide();
    layout->addWidget(m_drillBanner);

    // While the shared server cannot be reached: said on every page, with what it means.
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->setAlignment(Qt::AlignCenter);
    m_connectionBanner->setWordWrap(true);
    m_connectionBanner->setStyleSheet(
        QStringLiteral("#connectionBanner { background: #b3261e; color: white; font-weight: bold; "
                       "padding: 6px; }"));
    m_connectionBanner->setFont(bannerFont);
    m_connectionBanner->hide();
    layout->addWidget(m_connectionBanner);
    {
        ConnectionState &link = m_context.backend.database().connectionState();
        connect(&link, &ConnectionState::lost, this, &MainWindow::updateConnectionBanner);
        connect(&link, &ConnectionState::restored, this, [this] {
            updateConnectionBanner();
            statusBar()->showMessage(tr("Connected again to %1; every page shows the current data.")
                                         .arg(m_context.backend.database().path()),
                                     15000);
        });
    }

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setMinimumWidth(140);
    m_sidebar->setSpacing(2);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(
        QStringLiteral("QListWidget#sidebar { background: palette(alternate-base); }"
                       "QListWidget#sidebar::item { padding: 7px 8px; }"));
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);
    for (const PageSpec &spec : pageRegistry()) {
        auto *item = new QListWidgetItem(icon(spec.iconName), spec.translatedTitle(), m_sidebar);
        item->setData(Qt::UserRole, spec.id);
        m_pages.append(nullptr);
    }
    m_stack->setObjectName(QStringLiteral("pages"));
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({200, 1000});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();
    // Off by default; a failure (port taken) shows in the status bar and in the settings.
    if (m_links->writable())
        (void)m_links->applyIntakeSettings();

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showPageAt);
    // The incidents page holds the one timer armed at the next threshold or deadline: it runs
    // from the start, so grades rise and countdowns turn red while another page is shown.
    if (!m_context.readOnly)
        ensurePage(pageIndex(QStringLiteral("incidents")));
    m_context.navigate = [this](const QString &page, const QString &target) {
        return showPage(page, target);
    };
    connect(&m_context.session, &Session::actorChanged, this, &MainWindow::updateSessionActions);
    connect(&m_context.session, &Session::institutionChanged, this,
            &MainWindow::refreshInstitution);

    if (m_context.drillMode()) {
        m_drillBanner->show();
        m_drillMarker = new DrillWindowMarker(this);
    }

    refreshInstitution();
    showPageAt(0);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_backupAction = m_fileMenu->addAction(icon(QStringLiteral("backup")), QString(), this, [this] {
        backUpDatabaseInteractively(m_context.backend, this);
    });
    m_fileMenu->addSeparator();
    m_startDrillAction = m_fileMenu->addAction(icon(QStringLiteral("drills")), QString(), this,
                                               &MainWindow::startDrillMode);
    m_startDrillAction->setObjectName(QStringLiteral("startDrillModeAction"));
    m_leaveDrillAction = m_fileMenu->addAction(QString(), this, &MainWindow::leaveDrillMode);
    m_leaveDrillAction->setObjectName(QStringLiteral("leaveDrillModeAction"));
    m_startDrillAction->setVisible(!m_context.drillMode());
    m_leaveDrillAction->setVisible(m_context.drillMode());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_goMenu = menuBar()->addMenu(QString());
    m_goGroup = new QActionGroup(this);
    const QList<PageSpec> &pages = pageRegistry();
    for (int i = 0; i < pages.size(); ++i) {
        QAction *go = m_goMenu->addAction(icon(pages[i].iconName), QString());
        go->setCheckable(true);
        go->setActionGroup(m_goGroup);
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPageAt(i); });
        m_goActions << go;
    }

    // Declaring is one keystroke from anywhere: the dialog, then the new incident's workspace.
    m_incidentMenu = menuBar()->addMenu(QString());
    m_declareAction = m_incidentMenu->addAction(icon(QStringLiteral("incidents")), QString(), this,
                                                [this] { declareIncident(false); });
    m_declareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_warnAction = m_incidentMenu->addAction(icon(QStringLiteral("warning")), QString(), this,
                                             [this] { declareIncident(true); });
    m_warnAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

    m_sessionMenu = menuBar()->addMenu(QString());
    m_signInAction = m_sessionMenu->addAction(icon(QStringLiteral("sign-in")), QString(), this,
                                              &MainWindow::signInOrHandOver);
    m_signInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_signOutAction = m_sessionMenu->addAction(QString(), this, &MainWindow::signOut);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(icon(QStringLiteral("dutydesk")), QString(), this,
                                          &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::buildStatusBar()
{
    m_databaseLabel = new ElidedLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatus"));
    statusBar()->addWidget(m_databaseLabel, 1);
    if (!m_context.readOnly) {
        // Escalation's console channel: a newly issued call shows here on every page.
        m_callNotice = new CallNotice(m_context, this);
        statusBar()->addPermanentWidget(m_callNotice);
        connect(m_callNotice, &CallNotice::openRequested, this, [this](qint64 incidentId) {
            showPage(QStringLiteral("incidents"), QString::number(incidentId));
        });
    }
    if (m_links->writable()) {
        m_intakeStatus = new QLabel(this);
        m_intakeStatus->setObjectName(QStringLiteral("intakeStatus"));
        m_intakeStatus->setTextFormat(Qt::PlainText);
        m_intakeStatus->hide();
        statusBar()->addPermanentWidget(m_intakeStatus);
        connect(m_links, &IntegrationServices::intakeStateChanged, this,
                &MainWindow::updateIntakeStatus);
    }
    m_institutionLabel = new QLabel(this);
    m_institutionLabel->setObjectName(QStringLiteral("institutionStatus"));
    m_institutionLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_institutionLabel);
    m_sessionStatus = new SessionStatus(m_context, this);
    statusBar()->addPermanentWidget(m_sessionStatus);
    connect(m_sessionStatus, &SessionStatus::signInRequested, this, &MainWindow::signInOrHandOver);
}

MainWindow::~MainWindow()
{
    m_context.navigate = nullptr; // the context outlives this window (drill mode reopens it)
}

bool MainWindow::showPage(const QString &id)
{
    const int index = pageIndex(id);
    if (index < 0)
        return false;
    showPageAt(index);
    return true;
}

bool MainWindow::showPage(const QString &id, const QString &target)
{
    if (!showPage(id))
        return false;
    if (target.isEmpty())
        return true;
    if (auto *navigable = dynamic_cast<NavigationTarget *>(m_pages[m_current]))
        return navigable->navigateTo(target);
    return true;
}

QWidget *MainWindow::ensurePage(int index)
{
    if (!m_pages[index]) {
        QWidget *created = pageRegistry()[index].factory(m_context, m_stack);
        created->setObjectName(QStringLiteral("page_") + pageRegistry()[index].id);
        m_stack->addWidget(created);
        m_pages[index] = created;
    }
    return m_pages[index];
}

void MainWindow::showPageAt(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_stack->setCurrentWidget(ensurePage(index));
    m_current = index;
    if (m_sidebar->currentRow() != index) {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->setCurrentRow(index);
    }
    m_goActions[index]->setChecked(true);
}

QString MainWindow::currentPageId() const
{
    return m_current >= 0 ? pageRegistry()[m_current].id : QString();
}

QWidget *MainWindow::page(const QString &id) const
{
    const int index = pageIndex(id);
    return index >= 0 ? m_pages[index] : nullptr;
}

void MainWindow::setDrillBanner(bool shown)
{
    m_drillBanner->setVisible(shown);
}

bool MainWindow::isDrillBannerShown() const
{
    return !m_drillBanner->isHidden();
}

bool MainWindow::isConnectionBannerShown() const
{
    return !m_connectionBanner->isHidden();
}

void MainWindow::updateConnectionBanner()
{
    const Database &db = m_context.backend.database();
    const ConnectionState &link = db.connectionState();
    m_connectionBanner->setVisible(link.isLost());
    if (!link.isLost())
        return;
    //: %1 the database address, %2 the time (HH:mm:ss), %3 the driver's message
    m_connectionBanner->setText(
        tr("⚠ No connection to the shared database %1 since %2. Nothing can be saved until it "
           "is back; DutyDesk reconnects by itself. (%3)")
            .arg(db.path(), link.lostAt().toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                 link.reason()));
}

void MainWindow::startDrillMode()
{
    if (m_context.readOnly || m_context.drillMode())
        return;
    if (const std::optional<QString> path = startDrillModeInteractively(m_context, this))
        emit databaseSwitchRequested(*path);
}

void MainWindow::leaveDrillMode()
{
    if (!m_context.drillMode())
        return;
    if (const std::optional<QString> path = leaveDrillModeInteractively(m_context, this))
        emit databaseSwitchRequested(*path);
}

void MainWindow::restoreLayout()
{
    if (m_context.readOnly)
        return;
    const QSettings settings;
    restoreGeometry(settings.value(KeyGeometry).toByteArray());
    restoreState(settings.value(KeyState).toByteArray());
    m_splitter->restoreState(settings.value(KeySplitter).toByteArray());
    showPage(settings.value(KeyLastPage).toString());
}

void MainWindow::saveLayout() const
{
    if (m_context.readOnly)
        return;
    QSettings settings;
    settings.setValue(KeyGeometry, saveGeometry());
    settings.setValue(KeyState, saveState());
    settings.setValue(KeySplitter, m_splitter->saveState());
    settings.setValue(KeyLastPage, currentPageId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::signInOrHandOver()
{
    if (m_context.readOnly)
        return;
    Session &session = m_context.session;
    const bool handOver = session.isSignedIn();
    const Actor previous = session.actor();
    SignInDialog dialog(m_context,
                        handOver ? SignInDialog::Mode::HandOver : SignInDialog::Mode::SignIn, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The next person's PIN is checked first (by the dialog), so a mistyped PIN never leaves
    // the desk without anyone signed in; then the previous person's sign-out names who took over.
    if (handOver) {
        if (Status out = m_context.backend.operators().signOut(previous, dialog.actor().login());
            !out)
            QMessageBox::warning(this, tr("Hand over"), out.error());
    }
    session.setActor(dialog.actor());
}

void MainWindow::signOut()
{
    Session &session = m_context.session;
    if (m_context.readOnly || !session.isSignedIn())
        return;
    if (Status out = m_context.backend.operators().signOut(session.actor()); !out)
        QMessageBox::warning(this, tr("Sign out"), out.error());
    session.clear();
}

void MainWindow::refreshInstitution()
{
    auto profile = m_context.backend.settings().institution();
    m_profile = profile ? *profile : InstitutionProfile{};
    m_profileError = profile ? QString() : profile.error();
    retranslateUi();
}

void MainWindow::updateSessionActions()
{
    const bool signedIn = m_context.session.isSignedIn();
    m_signInAction->setEnabled(!m_context.readOnly);
    m_signOutAction->setEnabled(!m_context.readOnly && signedIn);
    m_declareAction->setEnabled(!m_context.readOnly);
    m_warnAction->setEnabled(!m_context.readOnly);
    m_signInAction->setText(signedIn ? tr("&Hand over…") : tr("&Sign in…"));
    m_startDrillAction->setEnabled(!m_context.readOnly && signedIn);
    m_leaveDrillAction->setEnabled(!m_context.readOnly);
}

void MainWindow::declareIncident(bool warning)
{
    const std::optional<qint64> id = declareInteractively(m_context, warning, this);
    if (!id)
        return;
    showPage(QStringLiteral("incidents"));
    if (auto *incidents = qobject_cast<IncidentsPage *>(page(QStringLiteral("incidents"))))
        incidents->openIncident(*id);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About DutyDesk"),
        tr("<h3>DutyDesk %1</h3>"
           "<p>Emergency duty console for the IT emergency team of securities and "
           "futures institutions: incidents, roster, handbook, drills, reports, "
           "action cards and readiness.</p>"
           "<p>Database: %2</p>")
            .arg(QStringLiteral(DUTYDESK_VERSION),
                 QDir::toNativeSeparators(m_context.backend.database().path()).toHtmlEscaped()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateIntakeStatus()
{
    if (!m_intakeStatus)
        return;
    const auto state = m_links->intakeState();
    // Nothing to say while it is off (the default); the settings box says "off".
    m_intakeStatus->setVisible(state != IntegrationServices::IntakeState::Off);
    m_intakeStatus->setText(m_links->intakeStatusText());
    m_intakeStatus->setToolTip(m_links->intakeError());
    m_intakeStatus->setStyleSheet(state == IntegrationServices::IntakeState::Failed
                                      ? QStringLiteral("color: #b3261e;")
                                      : QString());
}

void MainWindow::retranslateUi()
{
    updateIntakeStatus();
    const QString title =
        m_profile.name.isEmpty() ? tr("DutyDesk") : tr("DutyDesk — %1").arg(m_profile.name);
    setWindowTitle(m_context.drillMode() ? drillTitlePrefix() + title : title);
    m_drillBanner->setText(
        drillBannerText(m_context.drillMode() ? m_context.drill->drillTitle : QString()));
    updateConnectionBanner();

    const QList<PageSpec> &pages = pageRegistry();
    for (int i = 0; i < pages.size(); ++i) {
        m_sidebar->item(i)->setText(pages[i].translatedTitle());
        m_sidebar->item(i)->setToolTip(
            i < 9 ? tr("%1 (Ctrl+%2)").arg(pages[i].translatedTitle()).arg(i + 1)
                  : pages[i].translatedTitle());
        m_goActions[i]->setText(pages[i].translatedTitle());
    }
    m_sidebar->setMinimumWidth(qMax(140, m_sidebar->sizeHintForColumn(0) + 24));

    m_fileMenu->setTitle(tr("&File"));
    m_backupAction->setText(tr("&Back up database…"));
    m_startDrillAction->setText(tr("Start &drill mode…"));
    m_leaveDrillAction->setText(tr("Leave &drill mode…"));
    m_quitAction->setText(tr("&Quit"));
    m_goMenu->setTitle(tr("&Go"));
    m_incidentMenu->setTitle(tr("&Incident"));
    m_declareAction->setText(tr("&Declare incident…"));
    m_warnAction->setText(tr("Raise &warning…"));
    m_sessionMenu->setTitle(tr("&Session"));
    m_signOutAction->setText(tr("Sign &out"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About DutyDesk"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateSessionActions();

    const QString path = QDir::toNativeSeparators(m_context.backend.database().path());
    if (m_context.drillMode())
        m_databaseLabel->setText(
            m_context.readOnly
                ? tr("Drill database (read-only): %1").arg(path)
                : tr("Drill database: %1 (production: %2)")
                      .arg(path, QDir::toNativeSeparators(m_context.drill->productionPath)));
    else
        m_databaseLabel->setText(m_context.readOnly ? tr("Database (read-only): %1").arg(path)
                                                    : tr("Database: %1").arg(path));
    if (!m_profileError.isEmpty())
        m_institutionLabel->setText(m_profileError);
    else
        m_institutionLabel->setText(tr("%1 · %2").arg(
            m_profile.name.isEmpty() ? tr("(institution not named yet)") : m_profile.name,
            institutionTypeName(m_profile.type)));
}

} // namespace ui
} // namespace dd
