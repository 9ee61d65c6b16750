#include "roster/roster_change_dialog.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "incidents/zoned_time_edit.h"
#include "roster/roster_validation.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {
namespace ui {

namespace {
const QTimeZone Local(8 * 3600);
} // namespace

RosterChangeDialog::RosterChangeDialog(UiContext &context, const RosterSnapshot &snapshot,
                                       Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_snapshot(snapshot)
    , m_kind(kind)
    , m_form(new QFormLayout)
    , m_role(new QComboBox(this))
    , m_slot(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_other(new QComboBox(this))
    , m_leaveKind(new QComboBox(this))
    , m_from(new ZonedTimeEdit(this))
    , m_until(new ZonedTimeEdit(this))
    , m_takeBack(new QCheckBox(this))
    , m_takeFrom(new ZonedTimeEdit(this))
    , m_takeUntil(new ZonedTimeEdit(this))
    , m_reason(new QLineEdit(this))
    , m_items(new QPlainTextEdit(this))
    , m_message(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rosterChangeDialog"));
    m_takeBack->setObjectName(QStringLiteral("takeBack"));
    m_takeFrom->setObjectName(QStringLiteral("takeFrom"));
    m_takeUntil->setObjectName(QStringLiteral("takeUntil"));
    for (ZonedTimeEdit *e : {m_from, m_until, m_takeFrom, m_takeUntil}) {
        e->setZone(Local);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
    }
    const QDateTime now = context.backend.clock().now();
    const QDateTime hour = QDateTime::fromSecsSinceEpoch(
        now.toSecsSinceEpoch() - now.toSecsSinceEpoch() % 3600 + 3600, Qt::UTC);
    m_from->setInstant(hour);
    m_until->setInstant(hour.addSecs(12 * 3600));
    m_takeFrom->setInstant(hour.addSecs(24 * 3600));
    m_takeUntil->setInstant(hour.addSecs(36 * 3600));
    m_takeFrom->setEnabled(false);
    m_takeUntil->setEnabled(false);
    connect(m_takeBack, &QCheckBox::toggled, this, [this](bool on) {
        m_takeFrom->setEnabled(on);
        m_takeUntil->setEnabled(on);
        if (on)
            suggestTakeBack();
    });
    connect(m_other, &QComboBox::currentIndexChanged, this, [this] {
        if (m_takeBack->isChecked())
            suggestTakeBack();
    });
    if (m_snapshot.roster)
        for (const DutyRole &r : m_snapshot.roster->data().roles)
            m_role->addItem(r.displayName(), r.id);
    m_slot->addItem(slotName(Slot::Primary), int(Slot::Primary));
    m_slot->addItem(slotName(Slot::Backup), int(Slot::Backup));
    fillPeople(m_person, false);
    fillPeople(m_other, m_kind == Kind::Handover);
    for (const QString &k : RosterValidation::leaveKinds())
        m_leaveKind->addItem(RosterValidation::leaveKindName(k), k);
    m_items->setMinimumHeight(90);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RosterChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!context.readOnly && context.session.actor().can(Permission::EditDutyData));
    resize(460, sizeHint().height());
}

void RosterChangeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RosterChangeDialog::fillPeople(QComboBox *box, bool allowNobody)
{
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    if (allowNobody)
        box->addItem(QStringLiteral("—"), qint64(0));
    QList<RosterPerson> people;
    for (const RosterPerson &p : m_snapshot.people)
        if (p.active)
            people << p;
    std::sort(people.begin(), people.end(),
              [](const RosterPerson &a, const RosterPerson &b) { return a.name < b.name; });
    for (const RosterPerson &p : people)
        box->addItem(p.phone.isEmpty()
                         ? p.name
                         : QStringLiteral("%1  %2").arg(p.name, m_snapshot.phone(p.id)),
                     p.id);
}

void RosterChangeDialog::selectData(QComboBox *box, qint64 value)
{
    const int i = box->findData(value);
    if (i >= 0)
        box->setCurrentIndex(i);
}

void RosterChangeDialog::suggestTakeBack()
{
    if (m_kind != Kind::Swap || !m_snapshot.roster)
        return;
    const qint64 counterpart = m_other->currentData().toLongLong();
    const qint64 roleId = m_role->currentData().toLongLong();
    const Slot slot = Slot(m_slot->currentData().toInt());
    const QDateTime after = m_until->instant();
    if (counterpart == 0 || !after.isValid())
        return;
    for (const ShiftBlock &b : m_snapshot.roster->shifts(roleId, slot, after, after.addDays(31)))
        if (b.contactId == counterpart && b.start >= after) {
            m_takeFrom->setInstant(b.start);
            m_takeUntil->setInstant(b.end);
            return;
        }
}

void RosterChangeDialog::setBlock(const ShiftBlock &block)
{
    selectData(m_role, block.roleId);
    m_slot->setCurrentIndex(m_slot->findData(int(block.slot)));
    m_from->setInstant(block.start);
    m_until->setInstant(block.end);
    if (m_kind == Kind::Leave || m_kind == Kind::Swap) {
        selectData(m_person, block.contactId);
    } else if (m_kind == Kind::Handover) {
        selectData(m_other, block.contactId); // incoming: the block's person
        if (m_snapshot.roster) {
            const DutyAssignment before =
                m_snapshot.roster->assignment(block.roleId, block.slot, block.start.addSecs(-60));
            selectData(m_person, before.contactId);
        }
    }
}

void RosterChangeDialog::setPlace(qint64 roleId, Slot slot, const QDateTime &start,
                                  const QDateTime &end)
{
    selectData(m_role, roleId);
    m_slot->setCurrentIndex(m_slot->findData(int(slot)));
    m_from->setInstant(start);
    m_until->setInstant(end);
}

void RosterChangeDialog::accept()
{
    m_message->clearMessage();
    const Actor &actor = m_context.session.actor();
    RosterRepository &repo = m_context.backend.roster();
    const qint64 roleId = m_role->currentData().toLongLong();
    const Slot slot = Slot(m_slot->currentData().toInt());
    const qint64 person = m_person->currentData().toLongLong();
    const qint64 other = m_other->currentData().toLongLong();
    Result<qint64> written = qint64(0);
    switch (m_kind) {
    case Kind::Override: {
        RosterOverride o;
        o.roleId = roleId;
        o.slot = slot;
        o.contactId = person;
        if (m_snapshot.roster)
            o.replacesId = m_snapshot.roster->assignment(roleId, slot, m_from->instant()).contactId;
        o.start = m_from->instant();
        o.end = m_until->instant();
        o.reason = m_reason->text().trimmed();
        written = repo.addOverride(actor, o);
        break;
    }
    case Kind::Leave: {
        Leave l;
        l.contactId = person;
        l.start = m_from->instant();
        l.end = m_until->instant();
        l.kind = m_leaveKind->currentData().toString();
        l.note = m_reason->text().trimmed();
        written = repo.addLeave(actor, l);
        break;
    }
    case Kind::Swap: {
        Swap s;
        s.roleId = roleId;
        s.slot = slot;
        s.requesterId = person;
        s.counterpartId = other;
        s.giveStart = m_from->instant();
        s.giveEnd = m_until->instant();
        if (m_takeBack->isChecked()) {
            s.takeStart = m_takeFrom->instant();
            s.takeEnd = m_takeUntil->instant();
        }
        s.note = m_reason->text().trimmed();
        written = repo.requestSwap(actor, s);
        break;
    }
    case Kind::Handover: {
        Handover h;
        h.roleId = roleId;
        h.outgoingId = person;
        h.incomingId = other;
        h.at = m_from->instant();
        h.openItems = m_items->toPlainText().trimmed();
        written = repo.recordHandover(actor, h);
        break;
    }
    }
    if (!written) {
        m_message->showError(written.error());
        return;
    }
    m_written = *written;
    QDialog::accept();
}

void RosterChangeDialog::retranslateUi()
{
    while (m_form->rowCount() > 0) {
        const QFormLayout::TakeRowResult taken = m_form->takeRow(0);
        if (taken.labelItem) {
            delete taken.labelItem->widget();
            delete taken.labelItem;
        }
        delete taken.fieldItem; // the editor itself is kept and added again
    }
    for (QWidget *w : {static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_slot),
                       static_cast<QWidget *>(m_person), static_cast<QWidget *>(m_other),
                       static_cast<QWidget *>(m_leaveKind), static_cast<QWidget *>(m_from),
                       static_cast<QWidget *>(m_until), static_cast<QWidget *>(m_takeBack),
                       static_cast<QWidget *>(m_takeFrom), static_cast<QWidget *>(m_takeUntil),
                       static_cast<QWidget *>(m_reason), static_cast<QWidget *>(m_items)})
        w->hide();
    auto row = [this](const QString &label, QWidget *w) {
        m_form->addRow(label, w);
        w->show();
    };
    for (int i = 0; i < m_leaveKind->count(); ++i)
        m_leaveKind->setItemText(
            i, RosterValidation::leaveKindName(m_leaveKind->itemData(i).toString()));
    m_slot->setItemText(0, slotName(Slot::Primary));
    m_slot->setItemText(1, slotName(Slot::Backup));
    switch (m_kind) {
    case Kind::Override:
        setWindowTitle(tr("Override"));
        row(tr("Duty role:"), m_role);
        row(tr("Slot:"), m_slot);
        row(tr("Who takes over:"), m_person);
        row(tr("From:"), m_from);
        row(tr("Until:"), m_until);
        row(tr("Reason:"), m_reason);
        break;
    case Kind::Leave:
        setWindowTitle(tr("Leave"));
        row(tr("Person:"), m_person);
        row(tr("Kind:"), m_leaveKind);
        row(tr("From:"), m_from);
        row(tr("Until:"), m_until);
        row(tr("Note:"), m_reason);
        break;
    case Kind::Swap:
        setWindowTitle(tr("Request a swap"));
        row(tr("Duty role:"), m_role);
        row(tr("Slot:"), m_slot);
        row(tr("Requested by:"), m_person);
        row(tr("Taken over by:"), m_other);
        row(tr("Shift from:"), m_from);
        row(tr("Shift until:"), m_until);
        m_takeBack->setText(tr("In return, the requester takes a shift of the counterpart"));
        row(QString(), m_takeBack);
        row(tr("Taken back from:"), m_takeFrom);
        row(tr("Taken back until:"), m_takeUntil);
        row(tr("Note:"), m_reason);
        break;
    case Kind::Handover:
        setWindowTitle(tr("Record handover"));
        row(tr("Duty role:"), m_role);
        row(tr("Outgoing:"), m_person);
        row(tr("Incoming:"), m_other);
        row(tr("Shift change at:"), m_from);
        row(tr("Open items:"), m_items);
        break;
    }
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_kind == Kind::Swap ? tr("Request") : tr("Save"));
}

} // namespace ui
} // namespace dd
