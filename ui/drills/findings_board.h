#pragma once

#include "common/result.h"
#include "drills/drill.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// The "Findings" tab: every finding of every drill with its improvement actions, filterable by
// status, owner and drill and sortable by any column. Overdue actions are red and say
// "overdue" (not colour alone). Findings and actions are added and edited here.
class FindingsBoard : public QWidget {
    Q_OBJECT
public:
    // One row: a finding with one of its actions, or a finding without any yet.
    struct Row {
        DrillFinding finding;
        std::optional<ImprovementAction> action;
        QString drillTitle;
    };

    explicit FindingsBoard(UiContext &context, QWidget *parent = nullptr);

    void reload();
    void showDrill(qint64 drillId); // filters to one drill (0 = all)
    const QList<Row> &rows() const { return m_rows; }
    QTableWidget *table() const { return m_table; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *ownerFilter() const { return m_owner; }
    QComboBox *drillFilter() const { return m_drill; }
    QLabel *summary() const { return m_summary; }
    InlineMessage *message() const { return m_message; }

    Result<qint64> addFinding(qint64 drillId, const QString &text);
    Result<qint64> saveAction(const ImprovementAction &action);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    const Row *currentRow() const;
    void fill();
    void applyFilter();
    void newFinding();
    void newAction();
    void editCurrent();
    void removeCurrent();
    void updateActions();
    void retranslateUi();

    UiContext &m_context;
    QList<Row> m_rows;
    QList<DrillSummary> m_drills;
    QHash<qint64, QString> m_names;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QComboBox *m_owner;
    QComboBox *m_drill;
    QLabel *m_summary;
    InlineMessage *m_message;
    QTableWidget *m_table;
    QPushButton *m_newFinding;
    QPushButton *m_newAction;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace ui
} // namespace dd
