#pragma once

#include "config/config_item.h"

#include <QHash>
#include <QTabWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace dd {

class ChangeRegister;
class ConfigRegistry;

namespace ui {

class InlineMessage;
class RelationGraph;
struct UiContext;

// The selected item in tabs: Relations (graph and list, add and remove), Impact (every item
// that depends on it, as a tree), History (add/modify/replace/delete with the differences) and
// Links (incidents it was affected by, changes that touched it with their emergency and
// trading-hours marks, problems found in drills linked to it; double-click opens them).
class ConfigDetail : public QTabWidget {
    Q_OBJECT
public:
    enum Tab { RelationsTab, ImpactTab, HistoryTab, LinksTab };

    ConfigDetail(UiContext &context, ConfigRegistry &config, ChangeRegister &changes,
                 QWidget *parent = nullptr);

    // Shows `id` (0: nothing); `items` has every item, deleted ones included.
    void showItem(qint64 id, const QHash<qint64, ConfigItem> &items);
    qint64 itemId() const { return m_id; }
    void setEditable(bool editable);
    void retranslateUi();

    RelationGraph *graph() const { return m_graph; }
    QTableWidget *relationTable() const { return m_relations; }
    QTreeWidget *impactTree() const { return m_impact; }
    QTableWidget *historyTable() const { return m_history; }
    QTableWidget *incidentTable() const { return m_incidents; }
    QTableWidget *changeTable() const { return m_changeTable; }
    QTableWidget *problemTable() const { return m_problems; }
    QPushButton *linkFindingButton() const { return m_linkFinding; }
    QPushButton *addRelationButton() const { return m_addRelation; }

    void addRelation();
    void removeRelation();
    void linkFinding();
    void unlinkFinding();

signals:
    void itemActivated(qint64 id);
    void relationsChanged();

private:
    void fillRelations();
    void fillImpact();
    void fillHistory();
    void fillLinks();
    void updateButtons();
    QString itemText(qint64 id) const;

    UiContext &m_context;
    ConfigRegistry &m_config;
    ChangeRegister &m_changes;
    qint64 m_id = 0;
    bool m_editable = false;
    QHash<qint64, ConfigItem> m_items;
    RelationGraph *m_graph;
    QTableWidget *m_relations;
    QPushButton *m_addRelation;
    QPushButton *m_removeRelation;
    QLabel *m_impactSummary;
    QTreeWidget *m_impact;
    QTableWidget *m_history;
    QLabel *m_incidentsLabel;
    QTableWidget *m_incidents;
    QLabel *m_changesLabel;
    QTableWidget *m_changeTable;
    QLabel *m_problemsLabel;
    QTableWidget *m_problems;
    QPushButton *m_linkFinding;
    QPushButton *m_unlinkFinding;
    InlineMessage *m_linksMessage;
    InlineMessage *m_message;
};

} // namespace ui
} // namespace dd
