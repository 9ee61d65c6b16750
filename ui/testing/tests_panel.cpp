#include "testing/tests_panel.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "config/config_registry.h"
#include "drills/drill_ui.h"
#include "incidents/config_item_checklist.h"
#include "incidents/zoned_time_edit.h"
#include "shell/session.h"
#include "shell/ui_context.h"
#include "storage/database.h"
#include "time/trading_calendar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

enum Col { TitleCol, EnvironmentCol, AspectsCol, WindowCol, StateCol, PassedCol, Cols };

QPlainTextEdit *textBox(const QString &name, int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

QLineEdit *line(const QString &name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    return edit;
}

void setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

void addRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel;
    label->setBuddy(field);
    form->addRow(label, field);
}

void addRow(QFormLayout *form, QLayout *fields, QWidget *buddy)
{
    auto *label = new QLabel;
    label->setBuddy(buddy);
    form->addRow(label, fields);
}

} // namespace

TestsPanel::TestsPanel(UiContext &context, TestRegister &tests, ConfigRegistry &config,
                       QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tests(tests)
    , m_config(config)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_filter(line(QStringLiteral("testsFilter")))
    , m_table(DrillUi::table(QStringLiteral("testsTable"), nullptr))
    , m_new(new QPushButton)
    , m_heading(new QLabel)
    , m_state(new QLabel)
    , m_title(line(QStringLiteral("testTitle")))
    , m_environment(new QComboBox)
    , m_scope(textBox(QStringLiteral("testScope"), 3))
    , m_items(new ConfigItemChecklist(QStringLiteral("testItems")))
    , m_windowStart(new ZonedTimeEdit)
    , m_windowEnd(new ZonedTimeEdit)
    , m_marketsHint(new QLabel)
    , m_production(new QGroupBox)
    , m_backup(line(QStringLiteral("testBackup")))
    , m_announcement(line(QStringLiteral("testAnnouncement")))
    , m_staff(line(QStringLiteral("testStaff")))
    , m_restore(line(QStringLiteral("testRestore")))
    , m_verification(line(QStringLiteral("testVerification")))
    , m_outcome(new QGroupBox)
    , m_report(textBox(QStringLiteral("testReport"), 3))
    , m_passed(new QCheckBox)
    , m_blockersTitle(new QLabel)
    , m_blockers(new QLabel)
    , m_save(new QPushButton)
    , m_start(new QPushButton)
    , m_complete(new QPushButton)
    , m_cancel(new QPushButton)
    , m_message(new InlineMessage)
    , m_form(new QFormLayout)
    , m_productionForm(new QFormLayout)
{
    setObjectName(QStringLiteral("testsPanel"));
    m_new->setObjectName(QStringLiteral("testsNew"));
    m_state->setObjectName(QStringLiteral("testState"));
    m_environment->setObjectName(QStringLiteral("testEnvironment"));
    m_windowStart->setObjectName(QStringLiteral("testWindowStart"));
    m_windowEnd->setObjectName(QStringLiteral("testWindowEnd"));
    m_production->setObjectName(QStringLiteral("testProduction"));
    m_outcome->setObjectName(QStringLiteral("testOutcome"));
    m_passed->setObjectName(QStringLiteral("testPassed"));
    m_blockers->setObjectName(QStringLiteral("testBlockers"));
    m_save->setObjectName(QStringLiteral("testSave"));
    m_start->setObjectName(QStringLiteral("testStart"));
    m_complete->setObjectName(QStringLiteral("testComplete"));
    m_cancel->setObjectName(QStringLiteral("testCancel"));
    m_message->setObjectName(QStringLiteral("testMessage"));
    m_filter->setClearButtonEnabled(true);
    m_table->setColumnCount(Cols);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_blockersTitle->setFont(bold);
    m_blockers->setWordWrap(true);
    m_blockers->setTextFormat(Qt::PlainText);
    m_marketsHint->setWordWrap(true);
    m_items->list()->setFixedHeight(m_items->list()->fontMetrics().lineSpacing() * 5 + 14);
    m_environment->addItem(QString(), int(TestEnvironment::Simulation));
    m_environment->addItem(QString(), int(TestEnvironment::Production));

    // Left: the list.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addStretch(1);
    leftButtons->addWidget(m_new);
    leftLayout->addLayout(leftButtons);

    // Right: the form, scrolling when the window is small.
    auto *aspects = new QGridLayout;
    int n = 0;
    for (TestAspect a : allTestAspects()) {
        auto *box = new QCheckBox;
        box->setObjectName(QStringLiteral("testAspect_") + testAspectId(a));
        m_aspects.insert(a, box);
        aspects->addWidget(box, n / 3, n % 3);
        ++n;
    }
    auto *window = new QHBoxLayout;
    window->addWidget(m_windowStart);
    window->addWidget(new QLabel(QStringLiteral("–")));
    window->addWidget(m_windowEnd);
    window->addStretch(1);
    auto *markets = new QVBoxLayout;
    auto *marketBoxes = new QGridLayout;
    int column = 0;
    for (const Market &m : context.backend.calendar().markets()) {
        auto *box = new QCheckBox(m.name);
        box->setObjectName(QStringLiteral("testMarket_") + m.id);
        m_markets.insert(m.id, box);
        marketBoxes->addWidget(box, column / 2, column % 2);
        ++column;
    }
    markets->addLayout(marketBoxes);
    markets->addWidget(m_marketsHint);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(m_form, m_title);
    addRow(m_form, m_environment);
    addRow(m_form, aspects, m_aspects.first());
    addRow(m_form, m_scope);
    addRow(m_form, m_items);
    addRow(m_form, window, m_windowStart);
    addRow(m_form, markets, m_markets.isEmpty() ? nullptr : m_markets.first());

    m_productionForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QWidget *f : {static_cast<QWidget *>(m_backup), static_cast<QWidget *>(m_announcement),
                       static_cast<QWidget *>(m_staff), static_cast<QWidget *>(m_restore),
                       static_cast<QWidget *>(m_verification)})
        addRow(m_productionForm, f);
    m_production->setLayout(m_productionForm);
    auto *outcome = new QVBoxLayout(m_outcome);
    outcome->addWidget(m_report);
    outcome->addWidget(m_passed);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_start);
    buttons->addWidget(m_complete);

    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);
    auto *head = new QHBoxLayout;
    head->addWidget(m_heading, 1);
    head->addWidget(m_state);
    formLayout->addLayout(head);
    formLayout->addLayout(m_form);
    formLayout->addWidget(m_production);
    formLayout->addWidget(m_outcome);
    formLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(scroll, 1);
    // What blocks the next step stays in sight beside the buttons, however long the form.
    rightLayout->addWidget(m_blockersTitle);
    rightLayout->addWidget(m_blockers);
    rightLayout->addWidget(m_message);
    rightLayout->addLayout(buttons);

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({540, 740});
    m_splitter->restoreState(
        QSettings().value(QStringLiteral("testing/testsSplitter")).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("testing/testsSplitter"), m_splitter->saveState());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { DrillUi::filterRows(m_table, text); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty() || m_loading)
            return;
        if (const QTableWidgetItem *item = m_table->item(rows.first().row(), 0))
            if (auto plan = m_tests.plan(item->data(Qt::UserRole).toLongLong()))
                showPlan(*plan);
    });
    connect(m_new, &QPushButton::clicked, this, &TestsPanel::newPlan);
    connect(m_save, &QPushButton::clicked, this, &TestsPanel::save);
    connect(m_start, &QPushButton::clicked, this, &TestsPanel::start);
    connect(m_complete, &QPushButton::clicked, this, &TestsPanel::complete);
    connect(m_cancel, &QPushButton::clicked, this, &TestsPanel::cancelPlan);
    for (QLineEdit *e : {m_title, m_backup, m_announcement, m_staff, m_restore, m_verification})
        connect(e, &QLineEdit::textEdited, this, &TestsPanel::edited);
    for (QPlainTextEdit *e : {m_scope, m_report})
        connect(e, &QPlainTextEdit::textChanged, this, &TestsPanel::edited);
    for (QCheckBox *b : m_aspects)
        connect(b, &QCheckBox::toggled, this, &TestsPanel::edited);
    for (QCheckBox *b : m_markets)
        connect(b, &QCheckBox::toggled, this, &TestsPanel::edited);
    connect(m_passed, &QCheckBox::toggled, this, &TestsPanel::edited);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &TestsPanel::edited);
    connect(m_windowStart, &QDateTimeEdit::dateTimeChanged, this, &TestsPanel::edited);
    connect(m_windowEnd, &QDateTimeEdit::dateTimeChanged, this, &TestsPanel::edited);
    connect(m_items, &ConfigItemChecklist::checkedChanged, this, &TestsPanel::edited);
    connect(&m_context.session, &Session::actorChanged, this, &TestsPanel::updateForm);
    newPlan();
}

void TestsPanel::reload()
{
    auto plans = m_tests.plans();
    if (!plans) {
        m_message->showError(plans.error());
        return;
    }
    m_loading = true;
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(plans->size()));
    int selected = -1;
    std::optional<TestPlan> refreshed;
    for (int row = 0; row < plans->size(); ++row) {
        const TestPlan &p = plans->at(row);
        QStringList aspects;
        for (TestAspect a : p.aspects)
            aspects << testAspectName(a);
        m_table->setItem(row, TitleCol, DrillUi::cell(p.title, p.id));
        m_table->setItem(
            row, EnvironmentCol,
            DrillUi::cell(testEnvironmentName(p.environment), p.id, int(p.environment)));
        m_table->setItem(row, AspectsCol, DrillUi::cell(aspects.join(tr(", ")), p.id));
        m_table->setItem(row, WindowCol,
                         DrillUi::cell(tr("%1 – %2").arg(DrillUi::localText(p.windowStart),
                                                         DrillUi::localText(p.windowEnd)),
                                       p.id, p.windowStart.toSecsSinceEpoch()));
        m_table->setItem(row, StateCol, DrillUi::cell(testStateName(p.state), p.id, int(p.state)));
        const QString passed = p.state != TestState::Completed ? QStringLiteral("—")
                               : p.passed                      ? tr("✓ passed")
                                                               : tr("✗ not passed");
        m_table->setItem(row, PassedCol, DrillUi::cell(passed, p.id));
        if (p.id == m_plan.id)
            selected = row;
        // Written elsewhere while shown here and not edited: show the stored one.
        if (p.id == m_plan.id && !m_dirty && p.version != m_plan.version)
            refreshed = p;
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 200));
    DrillUi::filterRows(m_table, m_filter->text());
    if (selected >= 0)
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == m_plan.id)
                m_table->selectRow(row);
    m_loading = false;
    if (refreshed)
        showPlan(*refreshed);
    // The first time there is something to show, show the newest rather than an empty form.
    if (!m_shownOnce && m_plan.id == 0 && !m_dirty && m_table->rowCount() > 0) {
        m_shownOnce = true;
        m_table->selectRow(0);
    }
    fillItems();
    updateForm();
}

void TestsPanel::fillItems()
{
    if (m_dirty)
        return;
    if (auto items = m_config.items(true))
        m_items->setItems(*items, m_plan.itemIds);
}

void TestsPanel::newPlan()
{
    TestPlan p;
    // Tomorrow evening, after the night sessions: an example the officer adjusts.
    const QDate tomorrow = DrillUi::today(m_context).addDays(1);
    const QTimeZone zone = m_windowStart->zone();
    p.windowStart = QDateTime(tomorrow, QTime(20, 0), zone).toUTC();
    p.windowEnd = QDateTime(tomorrow, QTime(23, 0), zone).toUTC();
    m_table->clearSelection();
    showPlan(p);
    m_title->setFocus();
}

bool TestsPanel::selectPlan(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0) && m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

void TestsPanel::showPlan(const TestPlan &plan)
{
    m_loading = true;
    m_plan = plan;
    m_title->setText(plan.title);
    m_environment->setCurrentIndex(m_environment->findData(int(plan.environment)));
    for (auto it = m_aspects.begin(); it != m_aspects.end(); ++it)
        it.value()->setChecked(plan.aspects.contains(it.key()));
    m_scope->setPlainText(plan.scope);
    m_windowStart->setInstant(plan.windowStart);
    m_windowEnd->setInstant(plan.windowEnd);
    for (auto it = m_markets.begin(); it != m_markets.end(); ++it)
        it.value()->setChecked(plan.markets.contains(it.key()));
    m_backup->setText(plan.backupRecord);
    m_announcement->setText(plan.announcement);
    m_staff->setText(plan.operationsStaff);
    m_restore->setText(plan.restoreRecord);
    m_verification->setText(plan.verification);
    m_report->setPlainText(plan.report);
    m_passed->setChecked(plan.passed);
    m_dirty = false;
    fillItems();
    m_loading = false;
    m_message->clearMessage();
    updateForm();
}

TestPlan TestsPanel::formPlan() const
{
    TestPlan p = m_plan;
    p.title = m_title->text().trimmed();
    p.environment = TestEnvironment(m_environment->currentData().toInt());
    p.aspects.clear();
    for (auto it = m_aspects.begin(); it != m_aspects.end(); ++it)
        if (it.value()->isChecked())
            p.aspects << it.key();
    p.scope = m_scope->toPlainText().trimmed();
    p.itemIds = m_items->checked();
    p.windowStart = m_windowStart->instant();
    p.windowEnd = m_windowEnd->instant();
    p.markets.clear();
    for (auto it = m_markets.begin(); it != m_markets.end(); ++it)
        if (it.value()->isChecked())
            p.markets << it.key();
    p.backupRecord = m_backup->text().trimmed();
    p.announcement = m_announcement->text().trimmed();
    p.operationsStaff = m_staff->text().trimmed();
    p.restoreRecord = m_restore->text().trimmed();
    p.verification = m_verification->text().trimmed();
    p.report = m_report->toPlainText().trimmed();
    p.passed = m_passed->isChecked();
    return p;
}

void TestsPanel::edited()
{
    if (m_loading)
        return;
    m_dirty = true;
    updateForm();
}

void TestsPanel::updateForm()
{
    const TestPlan p = formPlan();
    const bool canEdit = DrillUi::canEdit(m_context);
    const bool open = p.state == TestState::Planned || p.state == TestState::Running;
    const bool editable = canEdit && open;
    const bool production = p.production();
    // Read-only text stays readable (not greyed out).
    m_title->setReadOnly(!editable);
    m_windowStart->setReadOnly(!editable);
    m_windowEnd->setReadOnly(!editable);
    m_environment->setEnabled(editable);
    for (QCheckBox *b : m_aspects)
        b->setEnabled(editable);
    for (QCheckBox *b : m_markets)
        b->setEnabled(editable);
    m_scope->setReadOnly(!editable);
    m_items->setReadOnly(!editable);
    for (QLineEdit *e : {m_backup, m_announcement, m_staff, m_restore, m_verification})
        e->setReadOnly(!editable);
    m_production->setVisible(production);
    m_outcome->setVisible(p.state == TestState::Running || p.state == TestState::Completed);
    m_report->setReadOnly(!(canEdit && p.state == TestState::Running));
    m_passed->setEnabled(canEdit && p.state == TestState::Running);
    m_new->setVisible(canEdit);
    m_save->setVisible(canEdit);
    m_start->setVisible(canEdit);
    m_complete->setVisible(canEdit);
    m_cancel->setVisible(canEdit);
    m_save->setEnabled(editable);
    m_start->setEnabled(canEdit && p.state == TestState::Planned);
    m_complete->setEnabled(canEdit && p.state == TestState::Running);
    m_cancel->setEnabled(canEdit && p.id > 0 && open);

    m_heading->setText(p.id == 0 ? tr("New test plan") : tr("Test plan: %1").arg(m_plan.title));
    m_state->setText(p.id == 0 ? QString() : testStateName(p.state));
    QStringList lines;
    if (p.state == TestState::Planned) {
        m_blockersTitle->setText(tr("What blocks starting"));
        // The form's own gaps first (the register refuses them on saving too).
        if (p.title.isEmpty())
            lines << tr("Give the test a title.");
        if (p.aspects.isEmpty())
            lines << tr("Tick at least one aspect.");
        if (p.scope.isEmpty())
            lines << tr("Describe the scope and the pass criteria.");
        lines << m_tests.startBlockers(p);
    } else if (p.state == TestState::Running) {
        m_blockersTitle->setText(tr("What blocks completing"));
        lines = m_tests.completeBlockers(p);
        if (p.report.isEmpty())
            lines << tr("Write the test report.");
    } else {
        m_blockersTitle->setText(tr("Outcome"));
        lines << (p.state == TestState::Completed
                      ? tr("Completed %1; %2.")
                            .arg(DrillUi::localText(p.completedAt),
                                 p.passed ? tr("passed") : tr("not passed"))
                      : tr("Cancelled; kept for the record."));
    }
    if (lines.isEmpty())
        lines << tr("✓ Nothing: it can go ahead.");
    else if (open)
        for (QString &l : lines)
            l = QStringLiteral("✗ ") + l;
    m_blockers->setText(lines.join(QLatin1Char('\n')));
}

bool TestsPanel::save()
{
    return act(nullptr, tr("Test plan saved."));
}

bool TestsPanel::start()
{
    return act([this](qint64 id) { return m_tests.start(m_context.session.actor(), id); },
               tr("Test started."));
}

bool TestsPanel::complete()
{
    const TestPlan p = formPlan();
    return act(
        [this, p](qint64 id) {
            return m_tests.complete(m_context.session.actor(), id, p.report, p.passed);
        },
        tr("Test completed."));
}

// Saves the form and takes the step in one transaction: either both or neither.
bool TestsPanel::act(const std::function<Status(qint64 id)> &step, const QString &done)
{
    if (!DrillUi::canEdit(m_context))
        return false;
    m_message->clearMessage();
    const TestPlan p = formPlan();
    auto id = m_context.backend.database().write([&]() -> Result<qint64> {
        auto saved = m_tests.save(m_context.session.actor(), p);
        if (!saved || !step)
            return saved;
        if (Status s = step(*saved); !s)
            return s.takeError();
        return saved;
    });
    if (!id) {
        m_message->showError(id.error());
        updateForm();
        return false;
    }
    auto stored = m_tests.plan(*id);
    if (stored)
        showPlan(*stored);
    reload();
    selectPlan(*id);
    m_message->showSuccess(done);
    return true;
}

bool TestsPanel::cancelPlan()
{
    if (!DrillUi::canEdit(m_context) || m_plan.id == 0)
        return false;
    if (QMessageBox::question(
            this, tr("Cancel test"),
            tr("Cancel the test “%1”? It stays in the list as cancelled.").arg(m_plan.title))
        != QMessageBox::Yes)
        return false;
    if (Status s = m_tests.cancel(m_context.session.actor(), m_plan.id); !s) {
        m_message->showError(s.error());
        return false;
    }
    if (auto stored = m_tests.plan(m_plan.id))
        showPlan(*stored);
    reload();
    return true;
}

void TestsPanel::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter tests…"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Environment"), tr("Aspects"),
                                        tr("Window (UTC+8)"), tr("State"), tr("Passed")});
    m_new->setText(tr("&New test"));
    m_environment->setItemText(0, testEnvironmentName(TestEnvironment::Simulation));
    m_environment->setItemText(1, testEnvironmentName(TestEnvironment::Production));
    for (auto it = m_aspects.begin(); it != m_aspects.end(); ++it)
        it.value()->setText(testAspectName(it.key()));
    setLabel(m_form, m_title, tr("&Title:"));
    setLabel(m_form, m_environment, tr("&Environment:"));
    if (auto *l = qobject_cast<QLabel *>(m_form->itemAt(2, QFormLayout::LabelRole)->widget()))
        l->setText(tr("Aspects:"));
    setLabel(m_form, m_scope, tr("Sc&ope and pass criteria:"));
    setLabel(m_form, m_items, tr("Configuration ite&ms:"));
    if (auto *l = qobject_cast<QLabel *>(m_form->itemAt(5, QFormLayout::LabelRole)->widget()))
        l->setText(tr("&Window (UTC+8):"));
    if (auto *l = qobject_cast<QLabel *>(m_form->itemAt(6, QFormLayout::LabelRole)->widget()))
        l->setText(tr("Markets:"));
    m_marketsHint->setText(tr("The window is checked against the trading time of the ticked "
                              "markets; none ticked: the institution's usual markets."));
    m_production->setTitle(tr("Production test"));
    setLabel(m_productionForm, m_backup, tr("&Backup taken:"));
    setLabel(m_productionForm, m_announcement, tr("Announ&cement:"));
    setLabel(m_productionForm, m_staff, tr("Operations st&aff:"));
    setLabel(m_productionForm, m_restore, tr("Restore a&fter:"));
    setLabel(m_productionForm, m_verification, tr("&Verification:"));
    m_backup->setPlaceholderText(tr("What was backed up, where, by whom"));
    m_announcement->setPlaceholderText(tr("To whom and how the test was announced"));
    m_staff->setPlaceholderText(tr("The production operations staff who run it"));
    m_restore->setPlaceholderText(tr("How production was restored after the test"));
    m_verification->setPlaceholderText(tr("How the restore was verified"));
    m_outcome->setTitle(tr("Test report"));
    m_passed->setText(tr("&Passed"));
    m_save->setText(tr("&Save"));
    m_start->setText(tr("Sta&rt"));
    m_complete->setText(tr("Comp&lete"));
    m_cancel->setText(tr("Cancel test…"));
    m_start->setToolTip(tr("Saves the form and starts the test"));
    m_complete->setToolTip(tr("Saves the form and completes the test with its report"));
    reload();
}

} // namespace ui
} // namespace dd
