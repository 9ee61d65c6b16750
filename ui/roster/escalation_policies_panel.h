#pragma once

#include "escalation/escalation_policy.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// The escalation policies: who is called, in which order and how long each has to
// acknowledge, per grade and fault type. A sortable table (name, grades, fault types, priority,
// repeat, levels) with New / Edit / Remove through PolicyDialog. Changing policies needs
// ManageSettings (as the repository requires); otherwise the panel is read-only.
class EscalationPoliciesPanel : public QWidget {
    Q_OBJECT
public:
    explicit EscalationPoliciesPanel(UiContext &context, QWidget *parent = nullptr);

    void reload();
    const QList<EscalationPolicy> &policies() const { return m_policies; }
    QTableWidget *table() const { return m_table; }
    InlineMessage *message() const { return m_message; }
    qint64 currentId() const;     // 0 = none selected
    bool removePolicy(qint64 id); // without asking (the button asks first)
    // "1. Duty leader 10 min · 2. 张伟 15 min (message) · 3. Succession 15 min"
    QString levelsSummary(const QList<EscalationLevel> &levels) const;

signals:
    void changed(); // after a write

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void newPolicy();
    void editPolicy();
    void askRemove();
    void updateActions();
    void retranslateUi();

    UiContext &m_context;
    QList<EscalationPolicy> m_policies;
    QHash<QString, QString> m_roleNames;
    QHash<qint64, QString> m_people;
    QLabel *m_note;
    QTableWidget *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_remove;
    InlineMessage *m_message;
};

} // namespace ui
} // namespace dd
