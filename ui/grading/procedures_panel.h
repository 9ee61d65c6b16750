#pragma once

#include "incidents/procedure_repository.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QShortcut;
class QTableWidget;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// The library of handling procedures, one per fault type: the checklist an incident of that
// type opens. Pick a procedure on the left, edit its title and steps on the right, Save (or
// Ctrl+S). The repository refuses a procedure without the personnel-safety step, and the
// general procedure ("other") cannot be deleted; refusals show under the form.
class ProceduresPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProceduresPanel(UiContext &context, QWidget *parent = nullptr);

    void reload();
    bool selectFaultType(const QString &faultType);
    QString currentFaultType() const { return m_faultType; }
    QStringList steps() const;
    bool hasUnsavedChanges() const { return m_dirty; }

    // The steps behind the buttons, without questions asked (used by them and by tests).
    bool save();
    void revert();
    bool addProcedure(const QString &faultType, const QString &title);
    bool removeProcedure(const QString &faultType);
    void addStep();
    void removeStep();
    void moveStep(int delta);

protected:
    void changeEvent(QEvent *event) override;

private:
    void currentRowChanged(int row);
    void showProcedure(int row);
    bool confirmLeave();
    void askNewProcedure();
    void askRemove();
    void setDirty(bool dirty);
    void updateActions();
    void retranslateUi();

    UiContext &m_context;
    QList<Procedure> m_procedures;
    int m_row = -1;
    QString m_faultType;
    bool m_dirty = false;
    QLabel *m_note;
    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_remove;
    QLabel *m_faultTypeLabel;
    QLabel *m_faultTypeValue;
    QLabel *m_titleLabel;
    QLineEdit *m_title;
    QLabel *m_stepsLabel;
    QTableWidget *m_steps;
    QPushButton *m_addStep;
    QPushButton *m_removeStep;
    QPushButton *m_stepUp;
    QPushButton *m_stepDown;
    QLabel *m_hint;
    InlineMessage *m_message;
    QPushButton *m_save;
    QPushButton *m_revert;
    QShortcut *m_saveShortcut;
};

} // namespace ui
} // namespace dd
