#pragma once

#include "common/result.h"
#include "drills/drill.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace dd {
namespace ui {

class DrillYearStrip;
class InlineMessage;
struct UiContext;

// The "Year" tab: a year's drills on a January–December strip, the H1/H2 compliance badges
// (which drills count), the 60-day half-year warning, the open and overdue improvement
// actions, and the drills as a sortable, filterable table. Writes the annual drill report.
class DrillYearView : public QWidget {
    Q_OBJECT
public:
    explicit DrillYearView(UiContext &context, QWidget *parent = nullptr);

    void reload();
    void setYear(int year);
    int year() const { return m_year; }
    // Writes the annual drill report of the shown year (.pdf .odt .html .txt).
    Status writeAnnualReport(const QString &path);

    QLabel *badge(int half) const { return half == 1 ? m_h1 : m_h2; }
    QLabel *warningLabel() const { return m_warning; }
    QLabel *actionsLabel() const { return m_actions; }
    QTableWidget *table() const { return m_table; }
    DrillYearStrip *strip() const { return m_strip; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *statusFilter() const { return m_status; }
    InlineMessage *message() const { return m_message; }

signals:
    void openDrill(qint64 id);
    void newDrill();
    void showFindings();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillBadge(QLabel *label, const HalfYearCompliance &h);
    void applyFilter();
    void annualReportWithDialog();
    void retranslateUi();

    UiContext &m_context;
    int m_year = 0;
    QToolButton *m_prev;
    QSpinBox *m_yearBox;
    QToolButton *m_next;
    QToolButton *m_thisYear;
    QPushButton *m_new;
    QPushButton *m_report;
    QLabel *m_warning;
    QLabel *m_h1;
    QLabel *m_h2;
    QLabel *m_actions;
    InlineMessage *m_message;
    DrillYearStrip *m_strip;
    QLabel *m_legend;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QTableWidget *m_table;
};

} // namespace ui
} // namespace dd
