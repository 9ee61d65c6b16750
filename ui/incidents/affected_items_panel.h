#pragma once

#include "changes/change_register.h"
#include "config/config_registry.h"
#include "incidents/incident.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTimer;

namespace dd {
namespace ui {

class ConfigItemChecklist;
class InlineMessage;
struct UiContext;

// "Affected items and recent changes" of one incident: the configuration items linked to it
// (ConfigRegistry::itemsOfIncident, with "Edit items…"), the impact (the items that depend on
// them) and the changes to them from 72 hours before detection until now
// (ChangeRegister::changesOfItems), marked emergency or in trading hours. The free-text
// affected systems of the incident stay as typed, for what is not in the configuration.
// Double-click opens the change ("changes" page) or the item ("config" page). Follows the
// change feed by itself.
class AffectedItemsPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int LookBackHours = 72;

    explicit AffectedItemsPanel(UiContext &context, QWidget *parent = nullptr);

    void setIncident(const Incident &incident);
    void setEditable(bool editable);
    void reload();
    void editItems(); // opens IncidentItemsDialog
    void retranslateUi();

    QTableWidget *items() const { return m_items; }
    QTableWidget *impact() const { return m_impact; }
    QTableWidget *changes() const { return m_changes; }
    QPushButton *editButton() const { return m_edit; }
    int linkedCount() const { return m_linked; }
    int changeCount() const { return m_changeCount; }

signals:
    void changed();  // the links were edited here
    void reloaded(); // counts may differ

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillItems(const QList<ConfigItem> &items);
    void fillImpact(const QList<ConfigItem> &items);
    void fillChanges(const QList<ConfigItem> &items);
    void openItemRow(QTableWidget *table, int row);

    UiContext &m_context;
    ConfigRegistry m_config;
    ChangeRegister m_changeRegister;
    Incident m_incident;
    bool m_editable = false;
    int m_linked = 0;
    int m_changeCount = 0;
    QLabel *m_title;
    QLabel *m_freeText;
    QLabel *m_itemsLabel;
    QLabel *m_impactLabel;
    QLabel *m_changesLabel;
    QTableWidget *m_items;
    QTableWidget *m_impact;
    QTableWidget *m_changes;
    QPushButton *m_edit;
    QSplitter *m_splitter;
    InlineMessage *m_message;
    QTimer *m_coalesce;
};

// Chooses the configuration items an incident affected; OK writes them
// (ConfigRegistry::setIncidentItems) and stays open with the message when refused.
class IncidentItemsDialog : public QDialog {
    Q_OBJECT
public:
    IncidentItemsDialog(UiContext &context, ConfigRegistry &config, qint64 incidentId,
                        QWidget *parent = nullptr);

    ConfigItemChecklist *checklist() const { return m_list; }
    bool trySave();
    void accept() override;

private:
    UiContext &m_context;
    ConfigRegistry &m_config;
    qint64 m_incidentId;
    ConfigItemChecklist *m_list;
    InlineMessage *m_message;
};

} // namespace ui
} // namespace dd
