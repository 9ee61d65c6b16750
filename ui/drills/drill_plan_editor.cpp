#include "drills/drill_plan_editor.h"

#include "drills/contact_picker.h"
#include "drills/drill_ui.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

QPlainTextEdit *textPart(const QString &name)
{
    auto *e = new QPlainTextEdit;
    e->setObjectName(name);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(54);
    e->setMaximumHeight(110);
    return e;
}

QString numbered(PlanPart part)
{
    QString name = planPartName(part);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return QStringLiteral("%1. %2").arg(int(part) + 1).arg(name);
}

} // namespace

DrillPlanEditor::DrillPlanEditor(QWidget *parent)
    : QWidget(parent)
    , m_missing(new QLabel(this))
    , m_title(new QLineEdit)
    , m_purpose(textPart(QStringLiteral("planPurpose")))
    , m_scenario(textPart(QStringLiteral("planScenario")))
    , m_start(new OptionalTimeEdit)
    , m_end(new OptionalTimeEdit)
    , m_participants(new ContactPicker)
    , m_method(new QComboBox)
    , m_preparation(textPart(QStringLiteral("planPreparation")))
    , m_recording(textPart(QStringLiteral("planRecording")))
    , m_recovery(textPart(QStringLiteral("planRecovery")))
    , m_systems(new QTableWidget(0, 2))
    , m_addSystem(new QPushButton)
    , m_removeSystem(new QPushButton)
    , m_faults(new QListWidget)
    , m_titleLabel(new QLabel)
    , m_systemsLabel(new QLabel)
    , m_faultsLabel(new QLabel)
    , m_toLabel(new QLabel)
{
    setObjectName(QStringLiteral("drillPlanEditor"));
    m_missing->setObjectName(QStringLiteral("missingParts"));
    m_missing->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_start->setObjectName(QStringLiteral("plannedStart"));
    m_end->setObjectName(QStringLiteral("plannedEnd"));
    m_participants->setObjectName(QStringLiteral("planParticipants"));
    m_method->setObjectName(QStringLiteral("planMethod"));
    m_systems->setObjectName(QStringLiteral("planSystems"));
    m_systems->verticalHeader()->hide();
    m_systems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_systems->setMinimumHeight(110);
    m_addSystem->setObjectName(QStringLiteral("addSystem"));
    m_removeSystem->setObjectName(QStringLiteral("removeSystem"));
    m_faults->setObjectName(QStringLiteral("planFaultTypes"));
    m_faults->setMinimumHeight(100);
    for (const QString &id : drillFaultTypes()) {
        auto *item = new QListWidgetItem(faultTypeName(id), m_faults);
        item->setData(Qt::UserRole, id);
        item->setCheckState(Qt::Unchecked);
    }
    m_method->addItem(QString());
    for (DrillMethod m : {DrillMethod::Tabletop, DrillMethod::Functional, DrillMethod::FullScale,
                          DrillMethod::SwitchOver})
        m_method->addItem(drillMethodName(m), int(m));
    for (PlanPart part : DrillRules::allParts()) {
        auto *label = new QLabel;
        label->setWordWrap(true);
        label->setObjectName(QStringLiteral("partLabel%1").arg(int(part) + 1));
        m_partLabels.insert(part, label);
    }

    auto *time = new QHBoxLayout;
    time->addWidget(m_start, 1);
    time->addWidget(m_toLabel);
    time->addWidget(m_end, 1);
    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    left->addRow(m_titleLabel, m_title);
    left->addRow(m_partLabels.value(PlanPart::Purpose), m_purpose);
    left->addRow(m_partLabels.value(PlanPart::Scenario), m_scenario);
    left->addRow(m_partLabels.value(PlanPart::Time), time);
    left->addRow(m_partLabels.value(PlanPart::Method), m_method);
    left->addRow(m_partLabels.value(PlanPart::Preparation), m_preparation);
    left->addRow(m_partLabels.value(PlanPart::Recording), m_recording);
    left->addRow(m_partLabels.value(PlanPart::Recovery), m_recovery);

    auto *systemButtons = new QHBoxLayout;
    systemButtons->addWidget(m_addSystem);
    systemButtons->addWidget(m_removeSystem);
    systemButtons->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_partLabels.value(PlanPart::Participants));
    right->addWidget(m_participants, 2);
    right->addWidget(m_systemsLabel);
    right->addWidget(m_systems, 1);
    right->addLayout(systemButtons);
    right->addWidget(m_faultsLabel);
    right->addWidget(m_faults, 1);

    auto *body = new QWidget;
    auto *grid = new QHBoxLayout(body);
    grid->addLayout(left, 3);
    grid->addLayout(right, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_missing);
    layout->addWidget(scroll, 1);

    auto edited = [this] {
        if (m_loading)
            return;
        updateMissing();
        emit changed();
    };
    connect(m_title, &QLineEdit::textChanged, this, edited);
    for (QPlainTextEdit *e : {m_purpose, m_scenario, m_preparation, m_recording, m_recovery})
        connect(e, &QPlainTextEdit::textChanged, this, edited);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this, edited] {
        if (m_start->value().isValid())
            m_end->setFallback(m_start->value().addSecs(3 * 3600));
        edited();
    });
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, edited);
    connect(m_participants, &ContactPicker::changed, this, edited);
    connect(m_method, &QComboBox::currentIndexChanged, this, edited);
    connect(m_systems, &QTableWidget::itemChanged, this, edited);
    connect(m_faults, &QListWidget::itemChanged, this, edited);
    connect(m_addSystem, &QPushButton::clicked, this, [this] {
        addSystem(QString(), 30);
        m_systems->setCurrentCell(m_systems->rowCount() - 1, 0);
        m_systems->editItem(m_systems->item(m_systems->rowCount() - 1, 0));
    });
    connect(m_removeSystem, &QPushButton::clicked, this, [this, edited] {
        if (m_systems->currentRow() >= 0) {
            m_systems->removeRow(m_systems->currentRow());
            edited();
        }
    });
    retranslateUi();
    setDrill(Drill());
}

QPlainTextEdit *DrillPlanEditor::partEdit(PlanPart part) const
{
    switch (part) {
    case PlanPart::Purpose: return m_purpose;
    case PlanPart::Scenario: return m_scenario;
    case PlanPart::Preparation: return m_preparation;
    case PlanPart::Recording: return m_recording;
    case PlanPart::Recovery: return m_recovery;
    default: return nullptr;
    }
}

void DrillPlanEditor::addSystem(const QString &name, int targetMinutes)
{
    const int row = m_systems->rowCount();
    m_systems->insertRow(row);
    m_systems->setItem(row, 0, new QTableWidgetItem(name));
    auto *minutes = new QTableWidgetItem;
    minutes->setData(Qt::EditRole, targetMinutes);
    m_systems->setItem(row, 1, minutes);
}

void DrillPlanEditor::setDrill(const Drill &drill)
{
    m_loading = true;
    m_drill = drill;
    m_title->setText(drill.title);
    m_purpose->setPlainText(drill.purpose);
    m_scenario->setPlainText(drill.scenario);
    const QDateTime tomorrow(QDate::currentDate().addDays(1), QTime(9, 0), DrillRules::zone());
    m_start->setFallback(drill.plannedEnd.isValid() ? drill.plannedEnd.addSecs(-3 * 3600)
                                                    : tomorrow.toUTC());
    m_end->setFallback(drill.plannedStart.isValid() ? drill.plannedStart.addSecs(3 * 3600)
                                                    : tomorrow.addSecs(3 * 3600).toUTC());
    m_start->setValue(drill.plannedStart);
    m_end->setValue(drill.plannedEnd);
    m_participants->setChecked(drill.participants);
    m_method->setCurrentIndex(drill.method ? m_method->findData(int(*drill.method)) : 0);
    m_preparation->setPlainText(drill.preparation);
    m_recording->setPlainText(drill.recordingRequirements);
    m_recovery->setPlainText(drill.recoveryRequirements);
    m_systems->setRowCount(0);
    for (const DrillSystem &s : drill.systems)
        addSystem(s.system, s.targetMinutes);
    for (int i = 0; i < m_faults->count(); ++i) {
        QListWidgetItem *item = m_faults->item(i);
        item->setCheckState(drill.faultTypes.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_loading = false;
    updateMissing();
}

Drill DrillPlanEditor::plan() const
{
    Drill d = m_drill;
    d.title = m_title->text().trimmed();
    d.purpose = m_purpose->toPlainText().trimmed();
    d.scenario = m_scenario->toPlainText().trimmed();
    d.plannedStart = m_start->value();
    d.plannedEnd = m_end->value();
    d.participants = m_participants->checked();
    const QVariant method = m_method->currentData();
    d.method =
        method.isValid() ? std::optional<DrillMethod>(DrillMethod(method.toInt())) : std::nullopt;
    d.preparation = m_preparation->toPlainText().trimmed();
    d.recordingRequirements = m_recording->toPlainText().trimmed();
    d.recoveryRequirements = m_recovery->toPlainText().trimmed();
    QList<DrillSystem> systems;
    for (int row = 0; row < m_systems->rowCount(); ++row) {
        const QTableWidgetItem *name = m_systems->item(row, 0);
        const QTableWidgetItem *minutes = m_systems->item(row, 1);
        DrillSystem s;
        s.system = name ? name->text().trimmed() : QString();
        s.targetMinutes = minutes ? minutes->data(Qt::EditRole).toInt() : 0;
        for (const DrillSystem &old : std::as_const(m_drill.systems))
            if (old.system == s.system)
                s.measuredMinutes = old.measuredMinutes;
        if (!s.system.isEmpty() || s.targetMinutes != 0)
            systems << s;
    }
    d.systems = systems;
    d.faultTypes.clear();
    for (int i = 0; i < m_faults->count(); ++i)
        if (m_faults->item(i)->checkState() == Qt::Checked)
            d.faultTypes << m_faults->item(i)->data(Qt::UserRole).toString();
    return d;
}

void DrillPlanEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_title->setReadOnly(!editable);
    for (QPlainTextEdit *e : {m_purpose, m_scenario, m_preparation, m_recording, m_recovery})
        e->setReadOnly(!editable);
    m_start->setReadOnly(!editable);
    m_end->setReadOnly(!editable);
    m_method->setEnabled(editable);
    m_participants->setEditable(editable);
    m_systems->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                        : QAbstractItemView::NoEditTriggers);
    m_addSystem->setEnabled(editable);
    m_removeSystem->setEnabled(editable);
    for (int i = 0; i < m_faults->count(); ++i)
        m_faults->item(i)->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                             : Qt::ItemIsEnabled);
}

void DrillPlanEditor::updateMissing()
{
    const QList<PlanPart> missing = missingParts();
    for (auto it = m_partLabels.cbegin(); it != m_partLabels.cend(); ++it) {
        const bool lacks = missing.contains(it.key());
        it.value()->setText(numbered(it.key()) + (lacks ? QStringLiteral(" *") : QString()));
        it.value()->setStyleSheet(lacks ? QStringLiteral("color: #8a3b00;") : QString());
        it.value()->setToolTip(lacks ? tr("Required for approval: not filled in yet") : QString());
    }
    if (missing.isEmpty()) {
        m_missing->setText(tr("✓ All eight required parts are present: the plan can be approved."));
        m_missing->setStyleSheet(QStringLiteral(
            "QLabel { background: #e8f5e9; color: #1e5e24; border: 1px solid #66bb6a; "
            "border-radius: 4px; padding: 6px; }"));
        return;
    }
    QStringList names;
    for (PlanPart p : missing)
        names << numbered(p);
    m_missing->setText(tr("⚠ Missing for approval (%1 of 8): %2")
                           .arg(missing.size())
                           .arg(names.join(QStringLiteral(", "))));
    m_missing->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3e0; color: #8a3b00; border: 1px solid #e65100; "
                       "border-radius: 4px; padding: 6px; }"));
}

void DrillPlanEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DrillPlanEditor::retranslateUi()
{
    m_titleLabel->setText(tr("Title"));
    m_title->setPlaceholderText(tr("e.g. 2026 H1 trading system switch-over drill"));
    m_toLabel->setText(tr("to"));
    m_start->setNotSetText(tr("not set"));
    m_end->setNotSetText(tr("not set"));
    m_method->setItemText(0, tr("— choose a method —"));
    for (int i = 1; i < m_method->count(); ++i)
        m_method->setItemText(i, drillMethodName(DrillMethod(m_method->itemData(i).toInt())));
    for (int i = 0; i < m_faults->count(); ++i)
        m_faults->item(i)->setText(faultTypeName(m_faults->item(i)->data(Qt::UserRole).toString()));
    m_systemsLabel->setText(tr("Systems and target recovery times"));
    m_systems->setHorizontalHeaderLabels({tr("System"), tr("Target (minutes)")});
    m_addSystem->setText(tr("Add system"));
    m_removeSystem->setText(tr("Remove system"));
    m_faultsLabel->setText(tr("Fault types exercised"));
    updateMissing();
}

} // namespace ui
} // namespace dd
