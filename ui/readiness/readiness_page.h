#pragma once

#include "readiness/readiness_check.h"
#include "shell/navigation.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace dd {
namespace ui {

class ReadinessEvaluator;
struct ReadinessOutcome;
struct UiContext;

// Readiness (合规就绪): every check of the standard the data can answer, as of a day. The score
// and the counts at the top; the checks grouped by clause group, the worst group first and
// failing checks first inside it; the selected check's clause, evidence and due date in the
// detail pane. Status is an icon and a word, never colour alone. Enter or a double-click on a
// check (or "Fix…") opens the page where it is fixed (UiContext::openPage). The list follows
// the database (ChangeFeed) and re-evaluates when the "as of" date changes. The evaluation runs
// off the UI thread (ReadinessEvaluator: at most one in flight, a newer request replacing a
// queued one); a read-only window evaluates at once.
// Navigation targets: a check id ("roster.coverage") selects that check (once it is loaded).
class ReadinessPage : public QWidget, public NavigationTarget {
    Q_OBJECT
public:
    explicit ReadinessPage(UiContext &context, QWidget *parent = nullptr);

    bool navigateTo(const QString &target) override;
    // Evaluates again as of the date shown (in the background).
    void reload();
    // Blocks until the evaluation asked for is done and shown.
    void waitUntilEvaluated();
    ReadinessEvaluator *evaluator() const { return m_evaluator; }
    void setAsOf(const QDate &day);
    QDate asOf() const;
    const ReadinessResult &result() const { return m_result; }
    QTreeWidget *tree() const { return m_tree; }
    // Opens the fix page of the selected check; false when none is selected or nobody shows it.
    bool fixSelected();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void evaluated(const ReadinessOutcome &outcome);
    void fill();
    void showDetail();
    const ReadinessCheck *selectedCheck() const;
    void openFix(const ReadinessCheck &check);

    UiContext &m_context;
    QLabel *m_title;
    QLabel *m_asOfLabel;
    QDateEdit *m_asOf;
    QPushButton *m_today;
    QPushButton *m_refresh;
    QLabel *m_score;
    QLabel *m_error;
    QTreeWidget *m_tree;
    QTextBrowser *m_detail;
    QPushButton *m_fix;
    QTimer *m_refreshTimer;
    ReadinessEvaluator *m_evaluator;
    ReadinessResult m_result;
    QString m_pendingTarget; // a navigation target that waits for the evaluation
    bool m_stale = false;
};

} // namespace ui
} // namespace dd
