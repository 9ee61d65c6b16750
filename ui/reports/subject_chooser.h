#pragma once

#include "reports/report_template.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace dd {
namespace ui {

struct UiContext;

// What a template is rendered against, by its context: an incident (newest first), a drill
// (newest first), a year, or nothing (the handbook).
class SubjectChooser : public QWidget {
    Q_OBJECT
public:
    explicit SubjectChooser(UiContext &context, QWidget *parent = nullptr);

    void setContext(ContextKind kind);
    ContextKind context() const { return m_kind; }
    // The incident id, drill id or year; 0 for the handbook or when there is nothing to choose.
    qint64 subject() const;
    // Selects a subject (an incident or drill id, a year); false when it is not offered.
    bool setSubject(qint64 subject);
    // False when the context needs a subject and there is none (no incident, no drill yet).
    bool hasSubject() const;
    // Reads the incidents and drills again, keeping the choice when it still exists.
    void reload();
    QComboBox *incidents() const { return m_incidents; }

signals:
    void subjectChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    UiContext &m_context;
    ContextKind m_kind = ContextKind::Incident;
    QLabel *m_label;
    QStackedWidget *m_stack;
    QComboBox *m_incidents;
    QComboBox *m_drills;
    QSpinBox *m_year;
    QDateEdit *m_day;
    QLabel *m_none;
};

} // namespace ui
} // namespace dd
