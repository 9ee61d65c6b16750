#pragma once

#include "access/actor.h"
#include "config/config_registry.h"
#include "plans/register_dialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dd {
namespace ui {

// Adds a relation between the item and another one: which other item, which relation and in
// which direction ("this item runs on the other" or "the other runs on this item").
class RelationDialog : public RegisterDialog {
    Q_OBJECT
public:
    RelationDialog(ConfigRegistry &config, const Actor &actor, const ConfigItem &item,
                   const QList<ConfigItem> &others, QWidget *parent = nullptr);
    qint64 savedId() const { return m_savedId; }

protected:
    Status apply() override;

private:
    void updatePreview();

    ConfigRegistry &m_config;
    Actor m_actor;
    ConfigItem m_item;
    qint64 m_savedId = 0;
    QComboBox *m_direction;
    QComboBox *m_kind;
    QComboBox *m_other;
    QLabel *m_preview;
};

// Starts a configuration audit: the period (items not confirmed within it become findings).
class StartAuditDialog : public RegisterDialog {
    Q_OBJECT
public:
    StartAuditDialog(ConfigRegistry &config, const Actor &actor, QWidget *parent = nullptr);
    qint64 savedId() const { return m_savedId; }

protected:
    Status apply() override;

private:
    ConfigRegistry &m_config;
    Actor m_actor;
    qint64 m_savedId = 0;
    QSpinBox *m_period;
    QLineEdit *m_note;
};

// Records a discrepancy found by an audit (which item, what differs), or, for an existing
// finding, the correction made.
class AuditFindingDialog : public RegisterDialog {
    Q_OBJECT
public:
    // A new discrepancy of `auditId` on one of `items`.
    AuditFindingDialog(ConfigRegistry &config, const Actor &actor, qint64 auditId,
                       const QList<ConfigItem> &items, qint64 preselect, QWidget *parent = nullptr);
    // The correction of `finding`.
    AuditFindingDialog(ConfigRegistry &config, const Actor &actor,
                       const ConfigAuditFinding &finding, QWidget *parent = nullptr);

protected:
    Status apply() override;

private:
    ConfigRegistry &m_config;
    Actor m_actor;
    qint64 m_auditId = 0;
    qint64 m_findingId = 0;
    QComboBox *m_item = nullptr;
    QPlainTextEdit *m_text;
};

// Links a problem found in a drill (a drill finding) to the item: the findings not linked yet,
// newest drill first, shown as "date · drill: finding".
class LinkFindingDialog : public RegisterDialog {
    Q_OBJECT
public:
    LinkFindingDialog(ConfigRegistry &config, const Actor &actor, const ConfigItem &item,
                      QWidget *parent = nullptr);
    QComboBox *findingBox() const { return m_finding; }

protected:
    Status apply() override;

private:
    ConfigRegistry &m_config;
    Actor m_actor;
    ConfigItem m_item;
    QComboBox *m_finding;
};

// "2026-03-14 · 主备切换演练: 切换脚本需人工确认"
QString problemText(const ItemProblem &p);

} // namespace ui
} // namespace dd
