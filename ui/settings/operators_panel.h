#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace dd {
struct Operator;
}

namespace dd {
namespace ui {

class InlineMessage;
class OperatorTableModel;
struct UiContext;

// The people who may sign in at this database's desks. Everyone sees the list; changes
// (add, roles, PIN reset, activation) are for administrators and go through the repository,
// which checks the permission again.
class OperatorsPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit OperatorsPanel(UiContext &context, QWidget *parent = nullptr);
    OperatorTableModel *model() const { return m_model; }
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    const Operator *selectedOperator() const;
    void selectOperator(qint64 id);
    void addOperator();
    void editRoles();
    void resetPin();
    void toggleActive();
    void updateActions();
    void retranslateUi();

    UiContext &m_context;
    OperatorTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_note;
    InlineMessage *m_message;
    QPushButton *m_add;
    QPushButton *m_roles;
    QPushButton *m_resetPin;
    QPushButton *m_toggleActive;
};

} // namespace ui
} // namespace dd
