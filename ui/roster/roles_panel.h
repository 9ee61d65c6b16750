#pragma once

#include "roster/roster_types.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// The duty roles in a table (name, key, coverage, backup required, swap needs approval,
// built-in) with New / Edit / Remove. Edits go through RoleDialog; built-in roles can be
// edited but not removed, and a user-defined role only while nothing refers to it (the
// repository says what does). Read-only when the database is or the operator lacks
// EditDutyData.
class RolesPanel : public QWidget {
    Q_OBJECT
public:
    explicit RolesPanel(UiContext &context, QWidget *parent = nullptr);

    void reload();
    const QList<DutyRole> &roles() const { return m_roles; }
    QTableWidget *table() const { return m_table; }
    InlineMessage *message() const { return m_message; }
    qint64 currentId() const; // the role of the selected row; 0 = none
    void selectRole(qint64 id);
    bool removeRole(qint64 id); // without asking (the button asks first)

signals:
    void changed(); // after a write

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void newRole();
    void editRole();
    void askRemove();
    void updateActions();
    void retranslateUi();

    UiContext &m_context;
    QList<DutyRole> m_roles;
    QLabel *m_note;
    QTableWidget *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_remove;
    InlineMessage *m_message;
};

} // namespace ui
} // namespace dd
