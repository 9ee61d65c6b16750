#include "drills/drill_dialogs.h"

#include "drills/drill_ui.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dd {
namespace ui {

CompleteDrillDialog::CompleteDrillDialog(const QString &drillTitle, QWidget *parent)
    : QDialog(parent)
    , m_yes(new QRadioButton(tr("&Yes — the emergency plan needs an update")))
    , m_no(new QRadioButton(tr("&No — the emergency plan stays as it is")))
    , m_note(new QPlainTextEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("completeDrillDialog"));
    setWindowTitle(tr("Complete drill"));
    m_yes->setObjectName(QStringLiteral("planUpdateYes"));
    m_no->setObjectName(QStringLiteral("planUpdateNo"));
    m_note->setObjectName(QStringLiteral("planUpdateNote"));
    m_note->setPlaceholderText(tr("Which parts of the plan, and why (optional for “no”)"));
    m_note->setTabChangesFocus(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_yes);
    group->addButton(m_no);
    auto *intro = new QLabel(tr("Complete “%1”. The record is then closed; corrections stay "
                                "possible.")
                                 .arg(drillTitle));
    intro->setWordWrap(true);
    auto *question = new QLabel(tr("Does the emergency plan need an update?"));
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Complete"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(question);
    layout->addWidget(m_yes);
    layout->addWidget(m_no);
    layout->addWidget(new QLabel(tr("Note")));
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    connect(m_yes, &QRadioButton::toggled, this, &CompleteDrillDialog::updateOk);
    connect(m_no, &QRadioButton::toggled, this, &CompleteDrillDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    resize(460, sizeHint().height());
}

void CompleteDrillDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_yes->isChecked() || m_no->isChecked());
}

std::optional<bool> CompleteDrillDialog::planUpdateNeeded() const
{
    if (m_yes->isChecked())
        return true;
    if (m_no->isChecked())
        return false;
    return std::nullopt;
}

QString CompleteDrillDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

ActionDialog::ActionDialog(const ImprovementAction &action, const QString &findingText,
                           const QList<std::pair<qint64, QString>> &people, bool editable,
                           QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_text(new QPlainTextEdit(action.text))
    , m_owner(new QComboBox)
    , m_due(new QDateEdit)
    , m_status(new QComboBox)
    , m_evidence(new QPlainTextEdit(action.evidence))
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(action.id ? tr("Improvement action") : tr("New improvement action"));
    m_text->setObjectName(QStringLiteral("actionText"));
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_status->setObjectName(QStringLiteral("actionStatus"));
    m_evidence->setObjectName(QStringLiteral("actionEvidence"));
    for (QPlainTextEdit *e : {m_text, m_evidence}) {
        e->setTabChangesFocus(true);
        e->setMaximumHeight(90);
        e->setReadOnly(!editable);
    }
    m_owner->addItem(tr("— choose the owner —"), 0);
    for (const auto &[id, name] : people)
        m_owner->addItem(name, id);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(action.ownerId)));
    m_owner->setEnabled(editable);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setDate(action.due.isValid() ? action.due : QDate::currentDate().addDays(30));
    m_due->setReadOnly(!editable);
    for (ActionStatus s : {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done,
                           ActionStatus::Cancelled})
        m_status->addItem(actionStatusName(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(action.status)));
    m_status->setEnabled(editable);
    m_evidence->setPlaceholderText(tr("Required when done: what shows the action is complete"));

    auto *finding = new QLabel(findingText);
    finding->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Finding"), finding);
    form->addRow(tr("Action"), m_text);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Due"), m_due);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Evidence"), m_evidence);
    auto *buttons = new QDialogButtonBox(
        editable ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

ImprovementAction ActionDialog::action() const
{
    ImprovementAction a = m_action;
    a.text = m_text->toPlainText().trimmed();
    a.ownerId = m_owner->currentData().toLongLong();
    a.due = m_due->date();
    a.status = ActionStatus(m_status->currentData().toInt());
    a.evidence = m_evidence->toPlainText().trimmed();
    return a;
}

FindingDialog::FindingDialog(const QList<DrillSummary> &drills, qint64 drillId, const QString &text,
                             QWidget *parent)
    : QDialog(parent)
    , m_drill(new QComboBox)
    , m_text(new QPlainTextEdit(text))
{
    setObjectName(QStringLiteral("findingDialog"));
    setWindowTitle(tr("Finding"));
    m_drill->setObjectName(QStringLiteral("findingDrill"));
    m_text->setObjectName(QStringLiteral("findingText"));
    m_text->setTabChangesFocus(true);
    for (const DrillSummary &d : drills)
        m_drill->addItem(
            QStringLiteral("%1  %2").arg(
                DrillUi::localText(d.actualStart.isValid() ? d.actualStart : d.plannedStart)
                    .left(10),
                d.title),
            d.id);
    m_drill->setCurrentIndex(qMax(0, m_drill->findData(drillId)));
    auto *form = new QFormLayout;
    form->addRow(tr("Drill"), m_drill);
    form->addRow(tr("What was found"), m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

qint64 FindingDialog::drillId() const
{
    return m_drill->currentData().toLongLong();
}

QString FindingDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

} // namespace ui
} // namespace dd
