#include "roster/on_duty_panel.h"

#include "app/backend.h"
#include "shell/ui_context.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

enum Column { RoleCol, PrimaryCol, PrimaryPhoneCol, BackupCol, BackupPhoneCol, UntilCol, Columns };

const QTimeZone Local(8 * 3600);

QString localTime(const QDateTime &utc, const QDateTime &now)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QDateTime t = utc.toTimeZone(Local);
    const QDateTime n = now.toTimeZone(Local);
    if (t.date() == n.date())
        return t.toString(QStringLiteral("HH:mm"));
    return t.toString(QStringLiteral("MM-dd HH:mm"));
}

} // namespace

OnDutyPanel::OnDutyPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableWidget(0, Columns, this))
{
    setObjectName(QStringLiteral("onDutyPanel"));
    m_table->setObjectName(QStringLiteral("onDutyTable"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void OnDutyPanel::refresh()
{
    auto snapshot = RosterSnapshot::load(m_context.backend);
    if (!snapshot) {
        m_error->setText(snapshot.error());
        m_error->show();
        return;
    }
    m_error->hide();
    setSnapshot(*snapshot, m_context.backend.clock().now());
}

void OnDutyPanel::setSnapshot(const RosterSnapshot &snapshot, const QDateTime &at)
{
    m_snapshot = snapshot;
    m_at = at;
    fill();
}

QString OnDutyPanel::shownName(const QString &roleKey, bool backup) const
{
    if (!m_snapshot.roster)
        return {};
    const QList<DutyRole> &roles = m_snapshot.roster->data().roles;
    for (int row = 0; row < roles.size() && row < m_table->rowCount(); ++row) {
        if (roles.at(row).key == roleKey) {
            const QTableWidgetItem *item = m_table->item(row, backup ? BackupCol : PrimaryCol);
            return item ? item->text() : QString();
        }
    }
    return {};
}

void OnDutyPanel::fill()
{
    m_table->setRowCount(0);
    if (!m_snapshot.roster)
        return;
    const Roster &roster = *m_snapshot.roster;
    const QList<DutyRole> &roles = roster.data().roles;
    m_table->setRowCount(int(roles.size()));
    const QColor gapColour(0xb3, 0x26, 0x1e);
    for (int row = 0; row < roles.size(); ++row) {
        const DutyRole &role = roles.at(row);
        const OnDuty duty = roster.onDuty(role.id, m_at);
        auto *roleItem = new QTableWidgetItem(role.displayName());
        roleItem->setToolTip(coverageName(role.coverage));
        m_table->setItem(row, RoleCol, roleItem);
        // Required now: inside the role's coverage at this instant.
        const auto required = roster.requiredCoverage(role.id, m_at, m_at.addSecs(60));
        const bool needed = !required.isEmpty();
        auto put = [&](const DutyAssignment &a, int nameCol, int phoneCol, bool slotRequired) {
            QString text;
            QString tip = a.rule([this](qint64 id) { return m_snapshot.name(id); });
            bool gap = false;
            if (a.isCovered()) {
                text = m_snapshot.name(a.contactId);
            } else if (a.onLeave) {
                text = tr("nobody (%1 on leave)").arg(m_snapshot.name(a.leaveContactId));
                gap = slotRequired;
            } else {
                text = tr("nobody");
                gap = slotRequired;
            }
            auto *nameItem = new QTableWidgetItem(text);
            nameItem->setToolTip(tip);
            auto *phoneItem = new QTableWidgetItem(m_snapshot.phone(a.contactId));
            if (gap) {
                nameItem->setForeground(gapColour);
                QFont f = nameItem->font();
                f.setBold(true);
                nameItem->setFont(f);
            }
            m_table->setItem(row, nameCol, nameItem);
            m_table->setItem(row, phoneCol, phoneItem);
        };
        put(duty.primary, PrimaryCol, PrimaryPhoneCol, needed);
        put(duty.backup, BackupCol, BackupPhoneCol, needed && role.backupRequired);
        m_table->setItem(row, UntilCol, new QTableWidgetItem(localTime(duty.primary.until, m_at)));
    }
    m_table->resizeColumnsToContents();
}

void OnDutyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QWidget::changeEvent(event);
}

void OnDutyPanel::retranslateUi()
{
    m_heading->setText(tr("On duty now"));
    m_table->setHorizontalHeaderLabels(
        {tr("Role"), tr("Primary"), tr("Phone"), tr("Backup"), tr("Phone"), tr("Until")});
}

} // namespace ui
} // namespace dd
