#pragma once

#include "changes/change_register.h"
#include "config/config_item.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace dd {
namespace ui {

class ZonedTimeEdit;
struct UiContext;

// Every part of a change request the standard names: title, urgency, goal, objects
// (configuration items), window (institution time) with a live check against trading hours,
// markets, people, implementer and reviewer, operation steps, test plan, implementation plan,
// risk controls, emergency plan and rollback plan; under the form the parts still missing
// for submission.
class ChangeEditor : public QWidget {
    Q_OBJECT
public:
    ChangeEditor(UiContext &context, const ChangeRegister &changes, const QList<ConfigItem> &items,
                 QWidget *parent = nullptr);

    void setRequest(const ChangeRequest &request);
    // The request as edited (id, version and the read-only parts as given to setRequest).
    ChangeRequest request() const;
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    void retranslateUi();

    QLineEdit *title() const { return m_title; }
    QComboBox *urgency() const { return m_urgency; }
    QListWidget *items() const { return m_items; }
    ZonedTimeEdit *windowStart() const { return m_start; }
    ZonedTimeEdit *windowEnd() const { return m_end; }
    QLabel *windowCheck() const { return m_windowCheck; }
    QLabel *missingParts() const { return m_missing; }
    QComboBox *implementer() const { return m_implementer; }
    QComboBox *reviewer() const { return m_reviewer; }
    // The text fields by object name ("changeGoal", "changeSteps", …).
    QPlainTextEdit *text(const char *objectName) const;

    // Runs the window check and the missing-parts list again.
    void updateChecks();

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    QPlainTextEdit *addText(const char *objectName, int lines);
    void fillOperators();
    void setCombo(QComboBox *combo, qint64 id);

    UiContext &m_context;
    const ChangeRegister &m_changes;
    QList<ConfigItem> m_configItems;
    ChangeRequest m_request;
    bool m_editable = true;
    bool m_filling = false;

    QList<QLabel *> m_labels;
    QList<QPlainTextEdit *> m_texts;
    QLineEdit *m_title;
    QComboBox *m_urgency;
    QLineEdit *m_itemFilter;
    QListWidget *m_items;
    ZonedTimeEdit *m_start;
    ZonedTimeEdit *m_end;
    QLabel *m_windowCheck;
    QListWidget *m_markets;
    QLineEdit *m_people;
    QComboBox *m_implementer;
    QComboBox *m_reviewer;
    QLabel *m_missing;
};

} // namespace ui
} // namespace dd
