#pragma once

#include "plans/plan_register.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {
namespace ui {

class InlineMessage;
class RegisterTable;
struct UiContext;

// Every fault type against the procedure library, the notice templates and the plan's report
// flows, read-only except the report flow (double-click or "Edit report flow…"). Gaps are
// marked "✗".
class CoveragePanel : public QWidget {
    Q_OBJECT
public:
    CoveragePanel(UiContext &context, PlanRegister &plans, QWidget *parent = nullptr);
    void reload();
    void retranslateUi();
    QTableWidget *table() const { return m_table; }
    void editFlow(int row);

signals:
    void changed();

private:
    UiContext &m_context;
    PlanRegister &m_plans;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_editFlow;
    InlineMessage *m_message;
    QList<FaultTypeCoverage> m_rows;
};

// The review log with the drills still waiting for the review they asked for.
class ReviewsPanel : public QWidget {
    Q_OBJECT
public:
    ReviewsPanel(UiContext &context, PlanRegister &plans, QWidget *parent = nullptr);
    void reload();
    void retranslateUi();
    RegisterTable *reviews() const { return m_table; }
    void addReview(qint64 drillId = 0);
    void editReview(qint64 id);
    void removeReview(qint64 id);

signals:
    void changed();

private:
    void editReviewValue(const PlanReview &review);

    UiContext &m_context;
    PlanRegister &m_plans;
    QLabel *m_status;
    RegisterTable *m_table;
    InlineMessage *m_message;
    QList<PendingDrillReview> m_pending;
};

// The filing record per version with the regulator of the institution type.
class FilingsPanel : public QWidget {
    Q_OBJECT
public:
    FilingsPanel(UiContext &context, PlanRegister &plans, QWidget *parent = nullptr);
    void reload();
    void retranslateUi();
    RegisterTable *filings() const { return m_table; }
    void addFiling(qint64 versionId = 0);
    void editFiling(qint64 id);
    void removeFiling(qint64 id);

signals:
    void changed();

private:
    UiContext &m_context;
    PlanRegister &m_plans;
    QLabel *m_status;
    RegisterTable *m_table;
    InlineMessage *m_message;
};

} // namespace ui
} // namespace dd
