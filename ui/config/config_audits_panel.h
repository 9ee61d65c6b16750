#pragma once

#include "config/config_item.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace dd {

class ConfigRegistry;

namespace ui {

class InlineMessage;
struct UiContext;

// The configuration audits (配置审计): the list of audits, starting one (its period, 180 days
// by default), its findings — confirm the item, record a discrepancy, record the correction —
// and closing it (refused while a finding is unsettled; the refusal is shown).
class ConfigAuditsPanel : public QWidget {
    Q_OBJECT
public:
    ConfigAuditsPanel(UiContext &context, ConfigRegistry &config, QWidget *parent = nullptr);

    void reload();
    void retranslateUi();
    void setEditable(bool editable);

    QTableWidget *auditTable() const { return m_audits; }
    QTableWidget *findingTable() const { return m_findings; }
    InlineMessage *message() const { return m_message; }
    qint64 selectedAudit() const;
    qint64 selectedFinding() const;

    void startAudit();
    void closeAudit();
    void confirmItem();
    void recordDiscrepancy();
    void recordCorrection();

signals:
    void itemsChanged();

private:
    void fillFindings();
    void updateButtons();

    UiContext &m_context;
    ConfigRegistry &m_config;
    bool m_editable = false;
    QList<ConfigAudit> m_auditList;
    QList<ConfigAuditFinding> m_findingList;
    QLabel *m_auditsLabel;
    QTableWidget *m_audits;
    QPushButton *m_start;
    QPushButton *m_close;
    QLabel *m_findingsLabel;
    QTableWidget *m_findings;
    QPushButton *m_confirm;
    QPushButton *m_discrepancy;
    QPushButton *m_correction;
    InlineMessage *m_message;
    QSplitter *m_splitter;
};

} // namespace ui
} // namespace dd
