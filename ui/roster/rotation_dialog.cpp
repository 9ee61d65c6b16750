#include "roster/rotation_dialog.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "contacts/contact_repository.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {
namespace ui {

namespace {

void setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace

RotationDialog::RotationDialog(UiContext &context, const Rotation &rotation, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_form(new QFormLayout)
    , m_role(new QComboBox(this))
    , m_slot(new QComboBox(this))
    , m_layer(new QSpinBox(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_patternStack(new QStackedWidget(this))
    , m_shifts(new QTableWidget(0, 2, this))
    , m_addShift(new QPushButton(this))
    , m_removeShift(new QPushButton(this))
    , m_dailyHandoff(new QTimeEdit(this))
    , m_weekday(new QComboBox(this))
    , m_weeklyHandoff(new QTimeEdit(this))
    , m_weekdayLabel(new QLabel(this))
    , m_weeklyHandoffLabel(new QLabel(this))
    , m_dailyHandoffLabel(new QLabel(this))
    , m_start(new QDateEdit(this))
    , m_hasEnd(new QCheckBox(this))
    , m_end(new QDateEdit(this))
    , m_search(new QLineEdit(this))
    , m_contacts(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_members(new QListWidget(this))
    , m_remove(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_membersLabel(new QLabel(this))
    , m_contactsLabel(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rotationDialog"));
    m_role->setObjectName(QStringLiteral("rotationRole"));
    m_name->setObjectName(QStringLiteral("rotationName"));
    m_kind->setObjectName(QStringLiteral("rotationKind"));
    m_shifts->setObjectName(QStringLiteral("rotationShifts"));
    m_members->setObjectName(QStringLiteral("rotationMembers"));
    m_contacts->setObjectName(QStringLiteral("rotationContacts"));
    m_search->setObjectName(QStringLiteral("rotationContactSearch"));
    m_message->setObjectName(QStringLiteral("rotationMessage"));
    m_layer->setRange(1, 99);
    for (QDateEdit *e : {m_start, m_end}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    for (QTimeEdit *e : {m_dailyHandoff, m_weeklyHandoff})
        e->setDisplayFormat(QStringLiteral("HH:mm"));
    m_shifts->verticalHeader()->hide();
    m_shifts->horizontalHeader()->setStretchLastSection(true);
    m_shifts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_shifts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_shifts->setMinimumHeight(110);
    m_search->setClearButtonEnabled(true);
    m_contacts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_members->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contacts->setMinimumHeight(150);
    m_membersLabel->setBuddy(m_members);
    m_contactsLabel->setBuddy(m_search);

    auto roles = context.backend.roster().roles();
    if (roles)
        for (const DutyRole &r : std::as_const(*roles))
            m_role->addItem(r.displayName(), r.id);
    m_slot->addItem(slotName(Slot::Primary), int(Slot::Primary));
    m_slot->addItem(slotName(Slot::Backup), int(Slot::Backup));
    m_kind->addItem(QString(), int(ShiftPattern::Kind::Shifts));
    m_kind->addItem(QString(), int(ShiftPattern::Kind::Daily));
    m_kind->addItem(QString(), int(ShiftPattern::Kind::Weekly));
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);

    auto contacts = context.backend.contacts().contacts({});
    if (contacts) {
        QList<Contact> sorted = *contacts;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Contact &a, const Contact &b) { return a.name < b.name; });
        for (const Contact &c : std::as_const(sorted)) {
            m_names.insert(c.id, c.name);
            auto *item = new QListWidgetItem(
                c.position.isEmpty() ? c.name : QStringLiteral("%1  (%2)").arg(c.name, c.position),
                m_contacts);
            item->setData(Qt::UserRole, c.id);
            item->setData(Qt::UserRole + 1,
                          QStringList{c.name, c.position, c.mobile, c.dutyPhone}.join(u' '));
        }
    } else {
        m_message->showError(contacts.error());
    }

    // Pattern pages.
    auto *shiftsPage = new QWidget(m_patternStack);
    auto *shiftButtons = new QVBoxLayout;
    shiftButtons->addWidget(m_addShift);
    shiftButtons->addWidget(m_removeShift);
    shiftButtons->addStretch(1);
    auto *shiftsLayout = new QHBoxLayout(shiftsPage);
    shiftsLayout->setContentsMargins(0, 0, 0, 0);
    shiftsLayout->addWidget(m_shifts, 1);
    shiftsLayout->addLayout(shiftButtons);
    auto *dailyPage = new QWidget(m_patternStack);
    auto *dailyLayout = new QFormLayout(dailyPage);
    dailyLayout->setContentsMargins(0, 0, 0, 0);
    dailyLayout->addRow(m_dailyHandoffLabel, m_dailyHandoff);
    auto *weeklyPage = new QWidget(m_patternStack);
    auto *weeklyLayout = new QFormLayout(weeklyPage);
    weeklyLayout->setContentsMargins(0, 0, 0, 0);
    weeklyLayout->addRow(m_weekdayLabel, m_weekday);
    weeklyLayout->addRow(m_weeklyHandoffLabel, m_weeklyHandoff);
    m_patternStack->addWidget(shiftsPage);
    m_patternStack->addWidget(dailyPage);
    m_patternStack->addWidget(weeklyPage);

    auto *endRow = new QWidget(this);
    auto *endLayout = new QHBoxLayout(endRow);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->addWidget(m_hasEnd);
    endLayout->addWidget(m_end, 1);

    m_form->addRow(QString(), m_role);
    m_form->addRow(QString(), m_slot);
    m_form->addRow(QString(), m_layer);
    m_form->addRow(QString(), m_name);
    m_form->addRow(QString(), m_kind);
    m_form->addRow(QString(), m_patternStack);
    m_form->addRow(QString(), m_start);
    m_form->addRow(QString(), endRow);

    auto *memberButtons = new QVBoxLayout;
    memberButtons->addStretch(1);
    memberButtons->addWidget(m_add);
    memberButtons->addWidget(m_remove);
    memberButtons->addSpacing(8);
    memberButtons->addWidget(m_up);
    memberButtons->addWidget(m_down);
    memberButtons->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_contactsLabel);
    left->addWidget(m_search);
    left->addWidget(m_contacts, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_membersLabel);
    right->addWidget(m_members, 1);
    auto *membersRow = new QHBoxLayout;
    membersRow->addLayout(left, 1);
    membersRow->addLayout(memberButtons);
    membersRow->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(membersRow, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, m_patternStack,
            &QStackedWidget::setCurrentIndex);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_addShift, &QPushButton::clicked, this, [this] {
        QTime start(8, 30);
        int minutes = 12 * 60;
        if (m_shifts->rowCount() > 0) {
            const int last = m_shifts->rowCount() - 1;
            const auto *t = qobject_cast<QTimeEdit *>(m_shifts->cellWidget(last, 0));
            const auto *h = qobject_cast<QDoubleSpinBox *>(m_shifts->cellWidget(last, 1));
            if (t && h) {
                minutes = int(h->value() * 60);
                start = t->time().addSecs(minutes * 60);
            }
        }
        addShift(start, minutes);
    });
    connect(m_removeShift, &QPushButton::clicked, this, [this] {
        const int row =
            m_shifts->currentRow() >= 0 ? m_shifts->currentRow() : m_shifts->rowCount() - 1;
        if (row >= 0)
            m_shifts->removeRow(row);
    });
    connect(m_search, &QLineEdit::textChanged, this, &RotationDialog::filterContacts);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_contacts->currentItem())
            addMember(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_contacts, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { addMember(item->data(Qt::UserRole).toLongLong()); });
    connect(m_remove, &QPushButton::clicked, this, &RotationDialog::removeMember);
    connect(m_up, &QPushButton::clicked, this, [this] { moveMember(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveMember(1); });
    auto *upKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_members);
    upKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(upKey, &QShortcut::activated, this, [this] { moveMember(-1); });
    auto *downKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_members);
    downKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(downKey, &QShortcut::activated, this, [this] { moveMember(1); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RotationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setRotation(rotation);
    const bool editable =
        !context.readOnly && context.session.actor().can(Permission::EditDutyData);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(editable);
    retranslateUi();
    resize(640, 720);
}

void RotationDialog::setRotation(const Rotation &r)
{
    m_id = r.id;
    m_version = r.version;
    const int role = m_role->findData(r.roleId);
    if (role >= 0)
        m_role->setCurrentIndex(role);
    m_slot->setCurrentIndex(m_slot->findData(int(r.slot)));
    m_layer->setValue(r.layer);
    m_name->setText(r.name);
    m_kind->setCurrentIndex(m_kind->findData(int(r.pattern.kind)));
    m_patternStack->setCurrentIndex(m_kind->currentIndex());
    m_shifts->setRowCount(0);
    for (const ShiftPattern::ShiftTime &s : r.pattern.shifts)
        addShift(s.start, s.minutes);
    if (r.pattern.shifts.isEmpty()) {
        addShift(QTime(8, 30), 12 * 60);
        addShift(QTime(20, 30), 12 * 60);
    }
    m_dailyHandoff->setTime(r.pattern.handoff);
    m_weeklyHandoff->setTime(r.pattern.handoff);
    m_weekday->setCurrentIndex(m_weekday->findData(r.pattern.weekday));
    const QDate today = m_context.backend.clock().now().toTimeZone(QTimeZone(8 * 3600)).date();
    m_start->setDate(r.startDate.isValid() ? r.startDate : today);
    m_hasEnd->setChecked(r.endDate.isValid());
    m_end->setDate(r.endDate.isValid() ? r.endDate : m_start->date().addMonths(3));
    m_end->setEnabled(r.endDate.isValid());
    m_members->clear();
    for (qint64 id : r.members)
        addMember(id);
}

void RotationDialog::addShift(const QTime &start, int minutes)
{
    const int row = m_shifts->rowCount();
    m_shifts->insertRow(row);
    auto *time = new QTimeEdit(start, m_shifts);
    time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *hours = new QDoubleSpinBox(m_shifts);
    hours->setRange(0.5, 24);
    hours->setSingleStep(0.5);
    hours->setDecimals(1);
    hours->setValue(minutes / 60.0);
    m_shifts->setCellWidget(row, 0, time);
    m_shifts->setCellWidget(row, 1, hours);
    m_shifts->setCurrentCell(row, 0);
}

void RotationDialog::addMember(qint64 contactId)
{
    auto *item =
        new QListWidgetItem(m_names.value(contactId, QString::number(contactId)), m_members);
    item->setData(Qt::UserRole, contactId);
    m_members->setCurrentItem(item);
}

void RotationDialog::removeMember()
{
    delete m_members->takeItem(m_members->currentRow());
}

void RotationDialog::moveMember(int delta)
{
    const int row = m_members->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_members->count())
        return;
    QListWidgetItem *item = m_members->takeItem(row);
    m_members->insertItem(to, item);
    m_members->setCurrentRow(to);
}

QList<qint64> RotationDialog::members() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_members->count(); ++i)
        ids << m_members->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void RotationDialog::filterContacts(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_contacts->count(); ++i) {
        QListWidgetItem *item = m_contacts->item(i);
        item->setHidden(
            !needle.isEmpty()
            && !item->data(Qt::UserRole + 1).toString().contains(needle, Qt::CaseInsensitive));
    }
}

Rotation RotationDialog::rotation() const
{
    Rotation r;
    r.id = m_id;
    r.version = m_version;
    r.roleId = m_role->currentData().toLongLong();
    r.slot = Slot(m_slot->currentData().toInt());
    r.layer = m_layer->value();
    r.name = m_name->text().trimmed();
    r.pattern.kind = ShiftPattern::Kind(m_kind->currentData().toInt());
    switch (r.pattern.kind) {
    case ShiftPattern::Kind::Shifts:
        for (int row = 0; row < m_shifts->rowCount(); ++row) {
            const auto *t = qobject_cast<QTimeEdit *>(m_shifts->cellWidget(row, 0));
            const auto *h = qobject_cast<QDoubleSpinBox *>(m_shifts->cellWidget(row, 1));
            if (t && h)
                r.pattern.shifts << ShiftPattern::ShiftTime{t->time(), int(h->value() * 60 + 0.5)};
        }
        break;
    case ShiftPattern::Kind::Daily: r.pattern.handoff = m_dailyHandoff->time(); break;
    case ShiftPattern::Kind::Weekly:
        r.pattern.handoff = m_weeklyHandoff->time();
        r.pattern.weekday = m_weekday->currentData().toInt();
        break;
    }
    r.startDate = m_start->date();
    if (m_hasEnd->isChecked())
        r.endDate = m_end->date();
    r.members = members();
    return r;
}

void RotationDialog::accept()
{
    m_message->clearMessage();
    const Rotation r = rotation();
    if (r.name.isEmpty()) {
        m_message->showError(tr("Name: enter a name for the rotation."));
        m_name->setFocus();
        return;
    }
    auto saved = m_context.backend.roster().saveRotation(m_context.session.actor(), r);
    if (!saved) {
        m_message->showError(saved.error());
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

void RotationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RotationDialog::retranslateUi()
{
    setWindowTitle(m_id == 0 ? tr("New rotation") : tr("Edit rotation"));
    setLabel(m_form, m_role, tr("&Role:"));
    setLabel(m_form, m_slot, tr("&Slot:"));
    setLabel(m_form, m_layer, tr("&Layer:"));
    setLabel(m_form, m_name, tr("&Name:"));
    setLabel(m_form, m_kind, tr("&Pattern:"));
    setLabel(m_form, m_patternStack, QString());
    setLabel(m_form, m_start, tr("S&tarts on:"));
    setLabel(m_form, m_hasEnd->parentWidget(), tr("Ends:"));
    m_layer->setToolTip(tr("Where rotations of one slot overlap, the higher layer wins."));
    m_kind->setItemText(0, tr("Shifts through the day"));
    m_kind->setItemText(1, tr("Daily handoff"));
    m_kind->setItemText(2, tr("Weekly handoff"));
    m_shifts->setHorizontalHeaderLabels({tr("Starts"), tr("Hours")});
    m_addShift->setText(tr("Add shift"));
    m_removeShift->setText(tr("Remove shift"));
    m_dailyHandoffLabel->setText(tr("Handoff at:"));
    m_weekdayLabel->setText(tr("Handoff day:"));
    m_weeklyHandoffLabel->setText(tr("Handoff at:"));
    m_hasEnd->setText(tr("before (exclusive)"));
    m_slot->setItemText(0, slotName(Slot::Primary));
    m_slot->setItemText(1, slotName(Slot::Backup));
    m_contactsLabel->setText(tr("&Contacts:"));
    m_search->setPlaceholderText(tr("Search name, phone, position"));
    m_membersLabel->setText(tr("&Members, in turn:"));
    m_add->setText(tr("Add →"));
    m_remove->setText(tr("← Remove"));
    m_up->setText(tr("Up"));
    m_down->setText(tr("Down"));
    m_up->setToolTip(tr("Move up (Alt+Up)"));
    m_down->setToolTip(tr("Move down (Alt+Down)"));
    for (int day = 1; day <= 7; ++day)
        m_weekday->setItemText(day - 1, QLocale().dayName(day));
}

} // namespace ui
} // namespace dd
