#include "roster/rotations_panel.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "roster/rotation_dialog.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

enum Column { RoleCol, SlotCol, LayerCol, NameCol, PatternCol, StartCol, EndCol, MembersCol };

QTableWidgetItem *cell(const QString &text, qint64 id)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

RotationsPanel::RotationsPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(0, 8, this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("rotationsPanel"));
    m_note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("rotationsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_new->setObjectName(QStringLiteral("newRotation"));
    m_edit->setObjectName(QStringLiteral("editRotation"));
    m_remove->setObjectName(QStringLiteral("removeRotation"));
    m_message->setObjectName(QStringLiteral("rotationsMessage"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &RotationsPanel::newRotation);
    connect(m_edit, &QPushButton::clicked, this, &RotationsPanel::editRotation);
    connect(m_remove, &QPushButton::clicked, this, &RotationsPanel::askRemove);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RotationsPanel::editRotation);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RotationsPanel::updateActions);
    connect(&m_context.session, &Session::actorChanged, this, &RotationsPanel::updateActions);
    retranslateUi();
    reload();
}

QString RotationsPanel::patternText(const ShiftPattern &pattern)
{
    const auto hhmm = [](const QTime &t) { return t.toString(QStringLiteral("HH:mm")); };
    const auto hours = [](int minutes) {
        return minutes % 60 == 0 ? QStringLiteral("%1h").arg(minutes / 60)
                                 : QStringLiteral("%1h").arg(minutes / 60.0, 0, 'f', 1);
    };
    switch (pattern.kind) {
    case ShiftPattern::Kind::Shifts: {
        QStringList starts;
        QStringList lengths;
        bool same = true;
        for (const ShiftPattern::ShiftTime &s : pattern.shifts) {
            starts << hhmm(s.start);
            lengths << hours(s.minutes);
            same = same && s.minutes == pattern.shifts.first().minutes;
        }
        if (starts.isEmpty())
            return QStringLiteral("—");
        return QStringLiteral("%1 %2").arg(starts.join(u'/'),
                                           same ? lengths.first() : lengths.join(u'/'));
    }
    case ShiftPattern::Kind::Daily: return tr("Daily %1").arg(hhmm(pattern.handoff));
    case ShiftPattern::Kind::Weekly:
        return tr("Weekly %1 %2")
            .arg(QLocale().dayName(pattern.weekday, QLocale::ShortFormat), hhmm(pattern.handoff));
    }
    return {};
}

void RotationsPanel::reload()
{
    auto rotations = m_context.backend.roster().rotations();
    auto roles = m_context.backend.roster().roles();
    auto people = m_context.backend.roster().contactNames();
    if (!rotations || !roles || !people) {
        m_message->showError(!rotations ? rotations.error()
                                        : (!roles ? roles.error() : people.error()));
        return;
    }
    m_rotations = *rotations;
    m_people = *people;
    m_roleNames.clear();
    for (const DutyRole &r : std::as_const(*roles))
        m_roleNames.insert(r.id, r.displayName());
    fill();
}

void RotationsPanel::fill()
{
    const qint64 keep = currentId();
    const bool sorting = m_table->isSortingEnabled();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_rotations.size()));
    for (int row = 0; row < m_rotations.size(); ++row) {
        const Rotation &r = m_rotations[row];
        QStringList members;
        for (qint64 id : r.members)
            members << m_people.value(id, QString::number(id));
        m_table->setItem(row, RoleCol, cell(m_roleNames.value(r.roleId), r.id));
        m_table->setItem(row, SlotCol, cell(slotName(r.slot), r.id));
        auto *layer = cell(QString(), r.id);
        layer->setData(Qt::DisplayRole, r.layer);
        m_table->setItem(row, LayerCol, layer);
        m_table->setItem(row, NameCol, cell(r.name, r.id));
        m_table->setItem(row, PatternCol, cell(patternText(r.pattern), r.id));
        m_table->setItem(row, StartCol,
                         cell(r.startDate.toString(QStringLiteral("yyyy-MM-dd")), r.id));
        m_table->setItem(row, EndCol,
                         cell(r.endDate.isValid() ? r.endDate.toString(QStringLiteral("yyyy-MM-dd"))
                                                  : tr("open-ended"),
                              r.id));
        auto *names = cell(members.join(QStringLiteral(", ")), r.id);
        names->setToolTip(members.join(u'\n'));
        m_table->setItem(row, MembersCol, names);
    }
    m_table->setSortingEnabled(sorting);
    m_table->resizeColumnsToContents();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == keep)
            m_table->selectRow(row);
    updateActions();
}

qint64 RotationsPanel::currentId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const QTableWidgetItem *item = m_table->item(rows.first().row(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void RotationsPanel::newRotation()
{
    Rotation blank;
    blank.name = QString();
    RotationDialog dialog(m_context, blank, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->showSuccess(tr("Rotation saved."));
    reload();
    emit changed();
}

void RotationsPanel::editRotation()
{
    const qint64 id = currentId();
    for (const Rotation &r : std::as_const(m_rotations)) {
        if (r.id != id)
            continue;
        // The stored rotation as it is now: the dialog saves against its version.
        auto fresh = m_context.backend.roster().rotation(id);
        RotationDialog dialog(m_context, fresh ? *fresh : r, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_message->showSuccess(tr("Rotation saved."));
        reload();
        emit changed();
        return;
    }
}

bool RotationsPanel::removeRotation(qint64 id)
{
    m_message->clearMessage();
    const Status removed = m_context.backend.roster().removeRotation(m_context.session.actor(), id);
    if (!removed) {
        m_message->showError(removed.error());
        return false;
    }
    m_message->showSuccess(tr("Rotation removed."));
    reload();
    emit changed();
    return true;
}

void RotationsPanel::askRemove()
{
    const qint64 id = currentId();
    QString name;
    for (const Rotation &r : std::as_const(m_rotations))
        if (r.id == id)
            name = r.name;
    if (id == 0
        || QMessageBox::question(this, tr("Remove rotation"),
                                 tr("Remove the rotation “%1”? The shifts it makes disappear "
                                    "from the roster.")
                                     .arg(name))
               != QMessageBox::Yes)
        return;
    removeRotation(id);
}

void RotationsPanel::updateActions()
{
    const bool editable =
        !m_context.readOnly && m_context.session.actor().can(Permission::EditDutyData);
    const bool selected = currentId() != 0;
    m_new->setEnabled(editable);
    m_edit->setEnabled(selected);
    m_edit->setText(editable ? tr("&Edit…") : tr("&View…"));
    m_remove->setEnabled(editable && selected);
}

void RotationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void RotationsPanel::retranslateUi()
{
    m_note->setText(tr("Rotations put their members on a shift pattern in turn. Where rotations "
                       "of one slot overlap, the higher layer wins; overrides and leave apply "
                       "on top."));
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Slot"), tr("Layer"), tr("Name"),
                                        tr("Pattern"), tr("Starts"), tr("Ends"), tr("Members")});
    m_new->setText(tr("&New rotation…"));
    m_remove->setText(tr("&Remove"));
    updateActions();
}

} // namespace ui
} // namespace dd
