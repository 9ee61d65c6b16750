#pragma once

#include "testing/test_register.h"

#include <QMap>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace dd {
class ConfigRegistry;
} // namespace dd

namespace dd {
namespace ui {

class ConfigItemChecklist;
class InlineMessage;
class ZonedTimeEdit;
struct UiContext;

// System tests (系统测试): the sortable list of test plans and the form of the selected one.
// A production test shows what the standard asks around it (backup, announcement, operations
// staff before; restore and its verification after) and the list of what still blocks
// starting or completing it, read from the form as it is. Start and Complete save the form
// first, in the same transaction; a refusal leaves the test as it was and shows why.
class TestsPanel : public QWidget {
    Q_OBJECT
public:
    TestsPanel(UiContext &context, TestRegister &tests, ConfigRegistry &config,
               QWidget *parent = nullptr);

    void reload();
    void retranslateUi();
    void newPlan();
    bool selectPlan(qint64 id);
    bool save();
    bool start();
    bool complete();
    bool cancelPlan(); // asks first
    TestPlan formPlan() const;
    const TestPlan &current() const { return m_plan; }
    QTableWidget *table() const { return m_table; }
    QLabel *blockers() const { return m_blockers; }
    InlineMessage *message() const { return m_message; }

private:
    void showPlan(const TestPlan &plan);
    void updateForm(); // enabled fields, production part, blockers
    void edited();
    bool act(const std::function<Status(qint64 id)> &step, const QString &done);
    void fillItems();

    UiContext &m_context;
    TestRegister &m_tests;
    ConfigRegistry &m_config;
    TestPlan m_plan;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_shownOnce = false;

    QSplitter *m_splitter;
    QLineEdit *m_filter;
    QTableWidget *m_table;
    QPushButton *m_new;
    QLabel *m_heading;
    QLabel *m_state;
    QLineEdit *m_title;
    QComboBox *m_environment;
    QMap<TestAspect, QCheckBox *> m_aspects;
    QPlainTextEdit *m_scope;
    ConfigItemChecklist *m_items;
    ZonedTimeEdit *m_windowStart;
    ZonedTimeEdit *m_windowEnd;
    QMap<QString, QCheckBox *> m_markets;
    QLabel *m_marketsHint;
    QGroupBox *m_production;
    QLineEdit *m_backup;
    QLineEdit *m_announcement;
    QLineEdit *m_staff;
    QLineEdit *m_restore;
    QLineEdit *m_verification;
    QGroupBox *m_outcome;
    QPlainTextEdit *m_report;
    QCheckBox *m_passed;
    QLabel *m_blockersTitle;
    QLabel *m_blockers;
    QPushButton *m_save;
    QPushButton *m_start;
    QPushButton *m_complete;
    QPushButton *m_cancel;
    InlineMessage *m_message;
    QFormLayout *m_form;
    QFormLayout *m_productionForm;
};

} // namespace ui
} // namespace dd
