#pragma once

#include "grading/rule_set.h"
#include "incidents/incident_repository.h"

#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace dd {
namespace ui {

// Above the incident list: state (open / all / one state), grade, a detection date range and
// a text search. Says what it wants as a dd::IncidentFilter; the proxy applies it.
class IncidentFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit IncidentFilterBar(QWidget *parent = nullptr);

    // The grades offered (the rule set in force), named in `language`; the choice is kept.
    void setGrades(const QList<GradeLevel> &grades, const QString &language);
    // Dates are days in the institution's time zone; `today` starts the range a month back.
    void setZone(const QTimeZone &zone, const QDate &today);
    IncidentFilter filter() const;
    void setShownCount(int shown, int total);
    QLineEdit *searchField() const { return m_search; }
    void focusSearch();

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillStates();

    QLabel *m_stateLabel;
    QComboBox *m_state;
    QLabel *m_gradeLabel;
    QComboBox *m_grade;
    QCheckBox *m_dateRange;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QLabel *m_count;
    QList<GradeLevel> m_grades;
    QString m_language;
    QTimeZone m_zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    int m_shown = 0;
    int m_total = 0;
};

} // namespace ui
} // namespace dd
