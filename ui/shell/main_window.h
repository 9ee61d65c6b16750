#pragma once

#include "institution/institution_profile.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace dd {
namespace ui {

class CallNotice;
class DrillWindowMarker;
class ElidedLabel;
class IntegrationServices;
class SessionStatus;
struct UiContext;

// The shell: a sidebar of pages (built from the page registry, created on first show), the
// drill banner above them, menus, and a status bar naming the database, the institution and
// who is signed in (and the monitoring intake server while it is on). Knows no feature; each
// page is its own widget.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(UiContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the page with this registry id, creating it on first use; false for an unknown id.
    bool showPage(const QString &id);
    // Shows the page and asks it to show `target` inside it (NavigationTarget).
    bool showPage(const QString &id, const QString &target);
    QString currentPageId() const;
    // The page's widget if it has been created, else nullptr.
    QWidget *page(const QString &id) const;

    // The orange "演练 DRILL" banner, for a drill (practice) database. Shown from the start
    // when the context is in drill mode (UiContext::drill).
    void setDrillBanner(bool shown);
    bool isDrillBannerShown() const;
    // The red banner shown while the shared database cannot be reached (issue 12): nothing can
    // be saved until it is back, and the console reconnects by itself.
    bool isConnectionBannerShown() const;

    // File ▸ Start drill mode… / Leave drill mode…: the same as the menu items.
    void startDrillMode();
    void leaveDrillMode();

    // Window geometry and state, splitter and last page, in QSettings (not in read-only mode).
    void restoreLayout();
    void saveLayout() const;

    void signInOrHandOver();
    void signOut();

signals:
    // The console should close this window and database and open the one at `path` (the
    // drill database, or production again): main() does it, signing in the same person.
    void databaseSwitchRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void showPageAt(int index);
    QWidget *ensurePage(int index);
    void refreshInstitution();
    void updateSessionActions();
    void showAbout();
    void declareIncident(bool warning);
    void retranslateUi();
    void updateIntakeStatus();
    void updateConnectionBanner();

    UiContext &m_context;
    QLabel *m_drillBanner;
    QLabel *m_connectionBanner;
    QSplitter *m_splitter;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    // Monitoring intake and outgoing messages for this window's lifetime (before the pages,
    // which find it in UiContext::integrations).
    IntegrationServices *m_links = nullptr;
    QList<QWidget *> m_pages; // by registry index; nullptr until first shown
    int m_current = -1;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_incidentMenu = nullptr;
    QAction *m_declareAction = nullptr;
    QAction *m_warnAction = nullptr;
    QMenu *m_sessionMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_startDrillAction = nullptr;
    QAction *m_leaveDrillAction = nullptr;
    QAction *m_quitAction = nullptr;
    QActionGroup *m_goGroup = nullptr;
    QList<QAction *> m_goActions;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    ElidedLabel *m_databaseLabel = nullptr;
    QLabel *m_institutionLabel = nullptr;
    SessionStatus *m_sessionStatus = nullptr;
    CallNotice *m_callNotice = nullptr; // newly issued escalation calls (console notifier)
    QLabel *m_intakeStatus = nullptr;   // the monitoring intake server, while it is on
    InstitutionProfile m_profile;
    QString m_profileError;                     // when the profile could not be read
    DrillWindowMarker *m_drillMarker = nullptr; // drill mode: every window title says so
};

} // namespace ui
} // namespace dd
