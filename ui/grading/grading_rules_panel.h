#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace dd {
namespace ui {

class InlineMessage;
class RuleTableModel;
struct UiContext;

// The grading rule sets of this database: which one is in force, what each says (grades,
// rules with their sources and caveats, reporting duties), and the user's own copies —
// copied and edited as JSON, imported and exported as files. A file with an error is refused
// with its JSON path and the reason, and the set in force stays in force. Changing anything
// needs the ManageSettings permission; everyone may look.
class GradingRulesPanel : public QWidget {
    Q_OBJECT
public:
    explicit GradingRulesPanel(UiContext &context, QWidget *parent = nullptr);

    // Reads the ids and the set in force again, keeping the selection where it still exists.
    void reload();
    QString selectedId() const;
    bool selectRuleSet(const QString &id);
    RuleTableModel *ruleModel() const { return m_ruleModel; }

    // The steps behind the buttons, without the file dialogs (used by them and by tests).
    bool useSelected();
    bool importFile(const QString &path);
    bool exportTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void fillCombo();
    void fillGrades();
    void fillObligations();
    void copySelected();
    void editSelected();
    void openEditor(bool copy, const QString &basedOn, const QByteArray &json);
    void chooseImportFile();
    void chooseExportFile();
    void updateActions();
    void retranslateUi();
    QString language() const;

    UiContext &m_context;
    QString m_inForceId;
    QStringList m_ids;
    bool m_shown = false;
    QLabel *m_note;
    QLabel *m_ruleSetLabel;
    QComboBox *m_ruleSets;
    QPushButton *m_use;
    QLabel *m_inForce;
    QPushButton *m_copy;
    QPushButton *m_edit;
    QPushButton *m_import;
    QPushButton *m_export;
    InlineMessage *m_message;
    QLabel *m_title;
    QLabel *m_facts;
    QFormLayout *m_aboutForm;
    QLabel *m_sourceLabel;
    QLabel *m_source;
    QLabel *m_noteLabel;
    QLabel *m_setNote;
    QLabel *m_gradesLabel;
    QWidget *m_grades;
    QHBoxLayout *m_gradesLayout;
    QLabel *m_uncertain;
    QTabWidget *m_details;
    RuleTableModel *m_ruleModel;
    QTableView *m_rules;
    QWidget *m_obligationsPage;
    QLabel *m_reportingNote;
    QTreeWidget *m_obligations;
};

} // namespace ui
} // namespace dd
