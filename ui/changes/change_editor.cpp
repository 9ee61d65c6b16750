#include "changes/change_editor.h"

#include "app/backend.h"
#include "changes/change_format.h"
#include "incidents/zoned_time_edit.h"
#include "shell/ui_context.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

// The labels in form order; retranslateUi() sets their texts.
enum Label {
    TitleLabel,
    UrgencyLabel,
    GoalLabel,
    ItemsLabel,
    StartLabel,
    EndLabel,
    MarketsLabel,
    PeopleLabel,
    ImplementerLabel,
    ReviewerLabel,
    StepsLabel,
    TestPlanLabel,
    ImplementationLabel,
    RiskLabel,
    EmergencyLabel,
    RollbackLabel,
    LabelCount
};

} // namespace

ChangeEditor::ChangeEditor(UiContext &context, const ChangeRegister &changes,
                           const QList<ConfigItem> &items, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_changes(changes)
    , m_configItems(items)
    , m_title(new QLineEdit(this))
    , m_urgency(new QComboBox(this))
    , m_itemFilter(new QLineEdit(this))
    , m_items(new QListWidget(this))
    , m_start(new ZonedTimeEdit(this))
    , m_end(new ZonedTimeEdit(this))
    , m_windowCheck(new QLabel(this))
    , m_markets(new QListWidget(this))
    , m_people(new QLineEdit(this))
    , m_implementer(new QComboBox(this))
    , m_reviewer(new QComboBox(this))
    , m_missing(new QLabel(this))
{
    setObjectName(QStringLiteral("changeEditor"));
    for (int i = 0; i < LabelCount; ++i) {
        auto *label = new QLabel(this);
        m_labels.append(label);
    }
    m_title->setObjectName(QStringLiteral("changeTitle"));
    m_urgency->setObjectName(QStringLiteral("changeUrgency"));
    m_urgency->addItem(QString(), changeUrgencyId(ChangeUrgency::Normal));
    m_urgency->addItem(QString(), changeUrgencyId(ChangeUrgency::Emergency));
    m_itemFilter->setObjectName(QStringLiteral("changeItemFilter"));
    m_itemFilter->setClearButtonEnabled(true);
    m_items->setObjectName(QStringLiteral("changeItems"));
    m_items->setFixedHeight(m_items->fontMetrics().lineSpacing() * 6 + 16);
    for (const ConfigItem &item : m_configItems) {
        if (item.deleted())
            continue;
        auto *row = new QListWidgetItem(tr("%1  %2").arg(item.number, item.name), m_items);
        row->setData(Qt::UserRole, item.id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        row->setCheckState(Qt::Unchecked);
    }
    m_start->setObjectName(QStringLiteral("changeWindowStart"));
    m_end->setObjectName(QStringLiteral("changeWindowEnd"));
    m_start->setZone(ChangeFormat::zone());
    m_end->setZone(ChangeFormat::zone());
    m_windowCheck->setObjectName(QStringLiteral("changeWindowCheck"));
    m_windowCheck->setWordWrap(true);
    m_windowCheck->setTextFormat(Qt::PlainText);
    m_markets->setObjectName(QStringLiteral("changeMarkets"));
    m_markets->setFlow(QListView::LeftToRight);
    m_markets->setWrapping(true);
    m_markets->setMaximumHeight(m_markets->fontMetrics().height() * 2 + 16);
    for (const Market &market : context.backend.calendar().markets()) {
        auto *row = new QListWidgetItem(market.name, m_markets);
        row->setData(Qt::UserRole, market.id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Unchecked);
    }
    m_people->setObjectName(QStringLiteral("changePeople"));
    m_implementer->setObjectName(QStringLiteral("changeImplementer"));
    m_reviewer->setObjectName(QStringLiteral("changeReviewer"));
    fillOperators();
    m_missing->setObjectName(QStringLiteral("changeMissing"));
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);

    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    left->addRow(m_labels[TitleLabel], m_title);
    left->addRow(m_labels[UrgencyLabel], m_urgency);
    left->addRow(m_labels[GoalLabel], addText("changeGoal", 2));
    auto *itemsBox = new QVBoxLayout;
    itemsBox->setSpacing(2);
    itemsBox->addWidget(m_itemFilter);
    itemsBox->addWidget(m_items);
    left->addRow(m_labels[ItemsLabel], itemsBox);
    left->addRow(m_labels[StartLabel], m_start);
    left->addRow(m_labels[EndLabel], m_end);
    left->addRow(QString(), m_windowCheck);
    left->addRow(m_labels[MarketsLabel], m_markets);
    left->addRow(m_labels[PeopleLabel], m_people);
    left->addRow(m_labels[ImplementerLabel], m_implementer);
    left->addRow(m_labels[ReviewerLabel], m_reviewer);

    auto *right = new QFormLayout;
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->addRow(m_labels[StepsLabel], addText("changeSteps", 5));
    right->addRow(m_labels[TestPlanLabel], addText("changeTestPlan", 3));
    right->addRow(m_labels[ImplementationLabel], addText("changeImplementationPlan", 3));
    right->addRow(m_labels[RiskLabel], addText("changeRiskControls", 3));
    right->addRow(m_labels[EmergencyLabel], addText("changeEmergencyPlan", 3));
    right->addRow(m_labels[RollbackLabel], addText("changeRollbackPlan", 3));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->addWidget(m_missing, 1, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto changed = [this] {
        if (m_filling)
            return;
        updateChecks();
        emit edited();
    };
    connect(m_title, &QLineEdit::textChanged, this, changed);
    connect(m_people, &QLineEdit::textChanged, this, changed);
    connect(m_urgency, &QComboBox::currentIndexChanged, this, changed);
    connect(m_implementer, &QComboBox::currentIndexChanged, this, changed);
    connect(m_reviewer, &QComboBox::currentIndexChanged, this, changed);
    connect(m_items, &QListWidget::itemChanged, this, changed);
    connect(m_markets, &QListWidget::itemChanged, this, changed);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, changed);
    for (QPlainTextEdit *text : m_texts)
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    connect(m_itemFilter, &QLineEdit::textChanged, this, [this](const QString &needle) {
        for (int row = 0; row < m_items->count(); ++row)
            m_items->item(row)->setHidden(
                !m_items->item(row)->text().contains(needle.trimmed(), Qt::CaseInsensitive));
    });
    retranslateUi();
}

QPlainTextEdit *ChangeEditor::addText(const char *objectName, int lines)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    m_texts.append(edit);
    return edit;
}

QPlainTextEdit *ChangeEditor::text(const char *objectName) const
{
    for (QPlainTextEdit *t : m_texts)
        if (t->objectName() == QLatin1String(objectName))
            return t;
    return nullptr;
}

void ChangeEditor::fillOperators()
{
    auto operators = m_context.backend.operators().list();
    for (QComboBox *combo : {m_implementer, m_reviewer}) {
        combo->clear();
        combo->addItem(QString(), qint64(0));
        if (!operators)
            continue;
        for (const Operator &op : *operators)
            if (op.active)
                combo->addItem(op.displayName, op.id);
    }
}

void ChangeEditor::setCombo(QComboBox *combo, qint64 id)
{
    int index = combo->findData(id);
    if (index < 0 && id != 0) {
        combo->addItem(tr("operator %1").arg(id), id);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
}

void ChangeEditor::setRequest(const ChangeRequest &r)
{
    m_filling = true;
    m_request = r;
    m_title->setText(r.title);
    m_urgency->setCurrentIndex(r.emergency() ? 1 : 0);
    text("changeGoal")->setPlainText(r.goal);
    for (int row = 0; row < m_items->count(); ++row) {
        QListWidgetItem *item = m_items->item(row);
        item->setCheckState(r.itemIds.contains(item->data(Qt::UserRole).toLongLong())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_start->setInstant(r.windowStart);
    m_end->setInstant(r.windowEnd);
    for (int row = 0; row < m_markets->count(); ++row) {
        QListWidgetItem *item = m_markets->item(row);
        item->setCheckState(
            r.markets.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_people->setText(r.people);
    setCombo(m_implementer, r.implementerId);
    setCombo(m_reviewer, r.reviewerId);
    text("changeSteps")->setPlainText(r.steps);
    text("changeTestPlan")->setPlainText(r.testPlan);
    text("changeImplementationPlan")->setPlainText(r.implementationPlan);
    text("changeRiskControls")->setPlainText(r.riskControls);
    text("changeEmergencyPlan")->setPlainText(r.emergencyPlan);
    text("changeRollbackPlan")->setPlainText(r.rollbackPlan);
    m_filling = false;
    updateChecks();
}

ChangeRequest ChangeEditor::request() const
{
    ChangeRequest r = m_request;
    r.title = m_title->text().trimmed();
    r.urgency = m_urgency->currentIndex() == 1 ? ChangeUrgency::Emergency : ChangeUrgency::Normal;
    r.goal = text("changeGoal")->toPlainText().trimmed();
    r.itemIds.clear();
    for (int row = 0; row < m_items->count(); ++row)
        if (m_items->item(row)->checkState() == Qt::Checked)
            r.itemIds << m_items->item(row)->data(Qt::UserRole).toLongLong();
    r.windowStart = m_start->instant();
    r.windowEnd = m_end->instant();
    r.markets.clear();
    for (int row = 0; row < m_markets->count(); ++row)
        if (m_markets->item(row)->checkState() == Qt::Checked)
            r.markets << m_markets->item(row)->data(Qt::UserRole).toString();
    r.people = m_people->text().trimmed();
    r.implementerId = m_implementer->currentData().toLongLong();
    r.reviewerId = m_reviewer->currentData().toLongLong();
    r.steps = text("changeSteps")->toPlainText().trimmed();
    r.testPlan = text("changeTestPlan")->toPlainText().trimmed();
    r.implementationPlan = text("changeImplementationPlan")->toPlainText().trimmed();
    r.riskControls = text("changeRiskControls")->toPlainText().trimmed();
    r.emergencyPlan = text("changeEmergencyPlan")->toPlainText().trimmed();
    r.rollbackPlan = text("changeRollbackPlan")->toPlainText().trimmed();
    return r;
}

void ChangeEditor::updateChecks()
{
    const ChangeRequest r = request();
    const WindowCheck w = m_changes.checkWindow(r.windowStart, r.windowEnd, r.markets);
    QStringList marketNames;
    for (const QString &id : m_changes.marketsFor(r.markets))
        for (const Market &m : m_context.backend.calendar().markets())
            if (m.id == id)
                marketNames << m.name;
    const QString markets = marketNames.join(QStringLiteral(", "));
    QString check;
    bool warn = true;
    if (!w.valid)
        check = tr("⚠ Window: %1").arg(w.reason);
    else if (w.inTradingHours && r.emergency())
        check = tr("⚠ Inside trading hours: %1 Allowed for an emergency change; it is marked \"in "
                   "trading hours\" wherever it is shown.")
                    .arg(w.reason.isEmpty() ? markets : w.reason);
    else if (w.inTradingHours)
        check = tr("⚠ Inside trading hours: %1 A normal change is refused; move the window or "
                   "make it an emergency change.")
                    .arg(w.reason);
    else {
        check = tr("✓ Outside trading hours (%1).").arg(markets);
        warn = false;
    }
    m_windowCheck->setText(check);
    m_windowCheck->setProperty("inTradingHours", w.valid && w.inTradingHours);
    m_windowCheck->setStyleSheet(warn ? QStringLiteral("color: #a3200f; font-weight: bold;")
                                      : QStringLiteral("color: #1d6b2a;"));

    const QStringList missing = m_changes.missingParts(r);
    if (missing.isEmpty()) {
        m_missing->setText(tr("✓ Every part the standard names is given: the request can be "
                              "submitted."));
        m_missing->setStyleSheet(QStringLiteral("color: #1d6b2a;"));
    } else {
        QStringList lines;
        for (const QString &m : missing)
            lines << tr("• %1").arg(m);
        m_missing->setText(tr("Missing for submission:\n%1").arg(lines.join(QLatin1Char('\n'))));
        m_missing->setStyleSheet(QStringLiteral("color: #a3200f;"));
    }
    m_missing->setVisible(m_editable);
}

void ChangeEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_title->setReadOnly(!editable);
    m_urgency->setEnabled(editable);
    m_itemFilter->setVisible(editable);
    for (int row = 0; row < m_items->count(); ++row) {
        QListWidgetItem *item = m_items->item(row);
        item->setFlags(editable
                           ? (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable)
                           : Qt::ItemIsEnabled);
        if (!editable)
            item->setHidden(item->checkState() != Qt::Checked);
    }
    for (int row = 0; row < m_markets->count(); ++row)
        m_markets->item(row)->setFlags(editable ? (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable)
                                                : Qt::ItemIsEnabled);
    m_start->setReadOnly(!editable);
    m_end->setReadOnly(!editable);
    m_people->setReadOnly(!editable);
    m_implementer->setEnabled(editable);
    m_reviewer->setEnabled(editable);
    for (QPlainTextEdit *t : m_texts)
        t->setReadOnly(!editable);
    m_missing->setVisible(editable);
}

void ChangeEditor::retranslateUi()
{
    m_labels[TitleLabel]->setText(tr("T&itle"));
    m_labels[UrgencyLabel]->setText(tr("&Urgency"));
    m_labels[GoalLabel]->setText(tr("&Goal (变更目标)"));
    m_labels[ItemsLabel]->setText(tr("&Objects (变更对象)"));
    m_labels[StartLabel]->setText(tr("&Window start (UTC+8)"));
    m_labels[EndLabel]->setText(tr("Window e&nd (UTC+8)"));
    m_labels[MarketsLabel]->setText(tr("&Markets checked"));
    m_labels[PeopleLabel]->setText(tr("&People (变更人员)"));
    m_labels[ImplementerLabel]->setText(tr("Imp&lementer (实施人)"));
    m_labels[ReviewerLabel]->setText(tr("&Reviewer (复核人)"));
    m_labels[StepsLabel]->setText(tr("Operation st&eps (操作步骤)"));
    m_labels[TestPlanLabel]->setText(tr("Test pl&an (测试方案)"));
    m_labels[ImplementationLabel]->setText(tr("Implementation plan (实施方案)"));
    m_labels[RiskLabel]->setText(tr("Ris&k controls (风险防控措施)"));
    m_labels[EmergencyLabel]->setText(tr("Emergenc&y plan (应急预案)"));
    m_labels[RollbackLabel]->setText(tr("Rollback plan (回退方案)"));
    const QList<QWidget *> buddies{m_title,
                                   m_urgency,
                                   text("changeGoal"),
                                   m_items,
                                   m_start,
                                   m_end,
                                   m_markets,
                                   m_people,
                                   m_implementer,
                                   m_reviewer,
                                   text("changeSteps"),
                                   text("changeTestPlan"),
                                   text("changeImplementationPlan"),
                                   text("changeRiskControls"),
                                   text("changeEmergencyPlan"),
                                   text("changeRollbackPlan")};
    for (int i = 0; i < LabelCount; ++i)
        m_labels[i]->setBuddy(buddies[i]);
    m_urgency->setItemText(0, changeUrgencyName(ChangeUrgency::Normal));
    m_urgency->setItemText(1, tr("%1 (紧急变更)").arg(changeUrgencyName(ChangeUrgency::Emergency)));
    m_implementer->setItemText(0, tr("(choose the implementer)"));
    m_reviewer->setItemText(0, tr("(choose the reviewer)"));
    m_title->setPlaceholderText(tr("What changes, in a few words"));
    m_itemFilter->setPlaceholderText(tr("Filter items"));
    m_people->setPlaceholderText(tr("Others taking part (vendor engineers, …)"));
    m_markets->setToolTip(tr("None checked: the institution's default markets."));
    updateChecks();
}

void ChangeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace ui
} // namespace dd
