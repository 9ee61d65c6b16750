#include "changes/change_action_dialog.h"

#include "changes/change_format.h"
#include "common/inline_message.h"
#include "incidents/zoned_time_edit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

QComboBox *riskCombo(QWidget *parent, const char *name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    for (RiskLevel level : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High})
        combo->addItem(QString(), riskLevelId(level));
    return combo;
}

QPlainTextEdit *textEdit(QWidget *parent, const char *name, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

ChangeActionDialog::ChangeActionDialog(Kind kind, const ChangeRequest &change,
                                       const QList<ConfigItem> &items, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_change(change)
    , m_form(new QFormLayout)
    , m_intro(new QLabel(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changeActionDialog"));
    m_intro->setWordWrap(true);
    for (const ConfigItem &item : items)
        if (change.itemIds.contains(item.id) && !item.deleted())
            m_items.append(item);

    switch (kind) {
    case Kind::Approve:
        m_technical = riskCombo(this, "changeTechnicalRisk");
        m_business = riskCombo(this, "changeBusinessRisk");
        m_text = textEdit(this, "changeAssessment", 4);
        m_start = new ZonedTimeEdit(this);
        m_end = new ZonedTimeEdit(this);
        m_start->setObjectName(QStringLiteral("changeApprovedStart"));
        m_end->setObjectName(QStringLiteral("changeApprovedEnd"));
        m_start->setZone(ChangeFormat::zone());
        m_end->setZone(ChangeFormat::zone());
        m_start->setInstant(change.windowStart);
        m_end->setInstant(change.windowEnd);
        m_windowConfirmed = new QCheckBox(this);
        m_windowConfirmed->setObjectName(QStringLiteral("changeWindowConfirmed"));
        row(m_technical);
        row(m_business);
        row(m_text);
        row(m_start);
        row(m_end);
        m_form->addRow(QString(), m_windowConfirmed);
        break;
    case Kind::Reject:
    case Kind::Cancel:
    case Kind::Finish:
    case Kind::RollBack:
        m_text = textEdit(this, "changeActionText", 4);
        row(m_text);
        break;
    case Kind::Test:
        m_phase = new QComboBox(this);
        m_phase->setObjectName(QStringLiteral("changeTestPhase"));
        m_phase->addItem(QString());
        m_phase->addItem(QString());
        m_phase->setCurrentIndex(change.state == ChangeState::Implementing ? 1 : 0);
        m_text = textEdit(this, "changeTestDescription", 4);
        m_passed = new QCheckBox(this);
        m_passed->setObjectName(QStringLiteral("changeTestPassed"));
        m_passed->setChecked(true);
        row(m_phase);
        row(m_text);
        m_form->addRow(QString(), m_passed);
        break;
    case Kind::Review:
        m_goalReached = new QCheckBox(this);
        m_goalReached->setObjectName(QStringLiteral("changeGoalReached"));
        m_text = textEdit(this, "changeProductionImpact", 3);
        m_configUpdated = new QCheckBox(this);
        m_configUpdated->setObjectName(QStringLiteral("changeConfigUpdated"));
        m_note = textEdit(this, "changeReviewNote", 3);
        m_form->addRow(QString(), m_goalReached);
        row(m_text);
        m_form->addRow(QString(), m_configUpdated);
        row(m_note);
        break;
    case Kind::UpdateItem:
        m_item = new QComboBox(this);
        m_item->setObjectName(QStringLiteral("changeUpdateItem"));
        for (const ConfigItem &item : m_items)
            m_item->addItem(tr("%1  %2").arg(item.number, item.name), item.id);
        m_itemName = new QLineEdit(this);
        m_itemName->setObjectName(QStringLiteral("changeItemName"));
        m_itemDescription = textEdit(this, "changeItemDescription", 3);
        m_itemStatus = new QComboBox(this);
        m_itemStatus->setObjectName(QStringLiteral("changeItemStatus"));
        for (ConfigStatus status : allConfigStatuses())
            m_itemStatus->addItem(QString(), configStatusId(status));
        m_itemLocation = new QLineEdit(this);
        m_itemLocation->setObjectName(QStringLiteral("changeItemLocation"));
        m_itemClass = new QSpinBox(this);
        m_itemClass->setObjectName(QStringLiteral("changeItemClass"));
        m_itemClass->setRange(1, 5);
        m_note = textEdit(this, "changeItemNote", 2);
        row(m_item);
        row(m_itemName);
        row(m_itemDescription);
        row(m_itemStatus);
        row(m_itemLocation);
        row(m_itemClass);
        row(m_note);
        connect(m_item, &QComboBox::currentIndexChanged, this, &ChangeActionDialog::loadItem);
        loadItem(0);
        break;
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangeActionDialog::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
    retranslateUi();
}

QLabel *ChangeActionDialog::row(QWidget *field)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    label->setWordWrap(true);
    m_labels.append(label);
    m_form->addRow(label, field);
    return label;
}

void ChangeActionDialog::loadItem(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    const ConfigItem &item = m_items[index];
    m_itemName->setText(item.name);
    m_itemDescription->setPlainText(item.description);
    m_itemStatus->setCurrentIndex(std::max(0, m_itemStatus->findData(configStatusId(item.status))));
    m_itemLocation->setText(item.location);
    m_itemClass->setValue(item.systemClass);
}

void ChangeActionDialog::setApply(std::function<Status(const ChangeActionDialog &)> apply)
{
    m_apply = std::move(apply);
}

bool ChangeActionDialog::trySave()
{
    if (m_windowConfirmed && !m_windowConfirmed->isChecked()) {
        m_error->showError(tr("Window: confirm the window the change is approved for."));
        m_windowConfirmed->setFocus();
        return false;
    }
    if (m_item && m_items.isEmpty()) {
        m_error->showError(
            tr("Objects: %1 names no configuration item to update.").arg(m_change.number));
        return false;
    }
    if (!m_apply)
        return false;
    Status done = m_apply(*this);
    if (!done) {
        m_error->showError(done.error());
        return false;
    }
    m_error->clearMessage();
    accept();
    return true;
}

ChangeApproval ChangeActionDialog::approval() const
{
    ChangeApproval a;
    if (m_technical) {
        a.technicalRisk =
            riskLevelFromId(m_technical->currentData().toString()).value_or(RiskLevel::Low);
        a.businessRisk =
            riskLevelFromId(m_business->currentData().toString()).value_or(RiskLevel::Low);
        a.windowStart = m_start->instant();
        a.windowEnd = m_end->instant();
    }
    a.assessment = text();
    return a;
}

QString ChangeActionDialog::text() const
{
    return m_text ? m_text->toPlainText().trimmed() : QString();
}

ChangeTest::Phase ChangeActionDialog::phase() const
{
    return m_phase && m_phase->currentIndex() == 1 ? ChangeTest::Phase::After
                                                   : ChangeTest::Phase::Before;
}

bool ChangeActionDialog::passed() const
{
    return m_passed && m_passed->isChecked();
}

ChangeReview ChangeActionDialog::review() const
{
    ChangeReview r;
    r.goalReached = m_goalReached && m_goalReached->isChecked();
    r.productionImpact = text();
    r.configUpdated = m_configUpdated && m_configUpdated->isChecked();
    r.note = note();
    return r;
}

ConfigItem ChangeActionDialog::item() const
{
    if (!m_item || m_item->currentIndex() < 0 || m_item->currentIndex() >= m_items.size())
        return {};
    ConfigItem item = m_items[m_item->currentIndex()];
    item.name = m_itemName->text().trimmed();
    item.description = m_itemDescription->toPlainText().trimmed();
    item.status = configStatusFromId(m_itemStatus->currentData().toString()).value_or(item.status);
    item.location = m_itemLocation->text().trimmed();
    item.systemClass = m_itemClass->value();
    return item;
}

QString ChangeActionDialog::note() const
{
    return m_note ? m_note->toPlainText().trimmed() : QString();
}

void ChangeActionDialog::retranslateUi()
{
    const QString number = m_change.number;
    QStringList labels;
    switch (m_kind) {
    case Kind::Approve:
        setWindowTitle(tr("Approve %1").arg(number));
        m_intro->setText(tr("Assess the technical and business risk of \"%1\" and confirm the "
                            "window it is approved for (institution time, UTC+8).")
                             .arg(m_change.title));
        labels = {tr("&Technical risk"), tr("&Business risk"), tr("&Assessment"),
                  tr("Window &start"), tr("Window &end")};
        for (QComboBox *combo : {m_technical, m_business})
            for (RiskLevel level : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High})
                combo->setItemText(int(level), riskLevelName(level));
        m_windowConfirmed->setText(tr("I confirm this &window"));
        break;
    case Kind::Reject:
        setWindowTitle(tr("Reject %1").arg(number));
        m_intro->setText(
            tr("Say why \"%1\" is rejected; the applicant may revise it.").arg(m_change.title));
        labels = {tr("&Reason")};
        break;
    case Kind::Cancel:
        setWindowTitle(tr("Cancel %1").arg(number));
        m_intro->setText(tr("Say why \"%1\" is cancelled. A cancelled change is not reopened.")
                             .arg(m_change.title));
        labels = {tr("&Reason")};
        break;
    case Kind::Finish:
        setWindowTitle(tr("Finish %1").arg(number));
        m_intro->setText(tr("Record how the implementation of \"%1\" ended.").arg(m_change.title));
        labels = {tr("&Outcome")};
        break;
    case Kind::RollBack:
        setWindowTitle(tr("Roll back %1").arg(number));
        m_intro->setText(tr("Record why \"%1\" was rolled back and the state systems are left in.")
                             .arg(m_change.title));
        labels = {tr("&Outcome")};
        break;
    case Kind::Test:
        setWindowTitle(tr("Record a test of %1").arg(number));
        m_intro->setText(tr("Tests before the change are needed to start it, a test after it to "
                            "finish it."));
        labels = {tr("&Phase"), tr("&Description")};
        m_phase->setItemText(0, tr("Before the change"));
        m_phase->setItemText(1, tr("After the change"));
        m_passed->setText(tr("The test pa&ssed"));
        break;
    case Kind::Review:
        setWindowTitle(tr("Review %1").arg(number));
        m_intro->setText(tr("The reviewer's conclusion on \"%1\".").arg(m_change.title));
        labels = {tr("&Impact on production"), tr("&Note")};
        m_goalReached->setText(tr("The &goal was reached"));
        m_configUpdated->setText(tr("The &configuration records were updated"));
        break;
    case Kind::UpdateItem:
        setWindowTitle(tr("Update a configuration item for %1").arg(number));
        m_intro->setText(tr("The item's history will name %1.").arg(number));
        labels = {tr("&Item"),     tr("&Name"),         tr("&Description"), tr("&Status"),
                  tr("&Location"), tr("System &class"), tr("N&ote")};
        for (ConfigStatus status : allConfigStatuses())
            m_itemStatus->setItemText(m_itemStatus->findData(configStatusId(status)),
                                      configStatusName(status));
        break;
    }
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
}

void ChangeActionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace ui
} // namespace dd
