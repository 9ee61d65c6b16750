#include "dashboard/duty_summary_panel.h"

#include "app/backend.h"
#include "roster/on_duty_panel.h"
#include "shell/ui_context.h"

#include <QEvent>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

const QTimeZone Local(8 * 3600);
const QColor GapColour(0xb3, 0x26, 0x1e);
constexpr int HandoverDays = 7;
constexpr int ShownGaps = 4;

QString localText(const QDateTime &utc, const QDateTime &now)
{
    const QDateTime t = utc.toTimeZone(Local);
    if (t.date() == now.toTimeZone(Local).date())
        return t.toString(QStringLiteral("HH:mm"));
    return t.toString(QStringLiteral("MM-dd HH:mm"));
}

} // namespace

DutySummaryPanel::DutySummaryPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_onDuty(new OnDutyPanel(context, this))
    , m_handover(new QLabel(this))
    , m_gapLabel(new QLabel(this))
    , m_changesLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("dutySummaryPanel"));
    m_handover->setObjectName(QStringLiteral("nextHandover"));
    m_gapLabel->setObjectName(QStringLiteral("coverageGaps"));
    m_changesLabel->setObjectName(QStringLiteral("rosterChanges"));
    for (QLabel *label : {m_handover, m_gapLabel, m_changesLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont larger = m_handover->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.1);
    m_handover->setFont(larger);
    QFont bold = larger;
    bold.setBold(true);
    m_gapLabel->setFont(bold);
    QFont table = m_onDuty->table()->font();
    table.setPointSizeF(table.pointSizeF() * 1.1);
    m_onDuty->table()->setFont(table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_onDuty, 1);
    layout->addWidget(m_handover);
    layout->addWidget(m_gapLabel);
    layout->addWidget(m_changesLabel);
}

void DutySummaryPanel::refresh(const QDateTime &now)
{
    m_now = now;
    m_gaps.clear();
    m_handovers.clear();
    m_changes = 0;
    m_error.clear();
    auto snapshot = RosterSnapshot::load(m_context.backend);
    if (!snapshot) {
        m_error = snapshot.error();
        m_snapshot = RosterSnapshot();
    } else {
        m_snapshot = *snapshot;
    }
    m_onDuty->setSnapshot(m_snapshot, now);
    if (m_snapshot.roster) {
        const Roster &roster = *m_snapshot.roster;
        m_gaps = roster.gaps(now, now.addSecs(GapHours * 3600));
        QDateTime first;
        const QDateTime until = now.addDays(HandoverDays);
        for (const DutyRole &role : roster.data().roles) {
            for (const HandoverPoint &h : roster.handovers(role.id, now, until)) {
                if (h.slot != Slot::Primary)
                    continue;
                if (!first.isValid() || h.at < first) {
                    first = h.at;
                    m_handovers = {h};
                } else if (h.at == first) {
                    m_handovers << h;
                }
                break; // the role's first primary handover; later ones cannot be earlier
            }
        }
    }
    if (auto changes = m_context.backend.roster().changesWithin(now, 7); changes)
        m_changes = int(changes->size());
    else if (m_error.isEmpty())
        m_error = changes.error();
    fill();
}

QString DutySummaryPanel::handoverText() const
{
    return m_handover->text();
}

QString DutySummaryPanel::gapsText() const
{
    return m_gapLabel->text();
}

void DutySummaryPanel::fill()
{
    const auto roleName = [this](qint64 roleId) {
        const DutyRole *role = m_snapshot.roster ? m_snapshot.roster->role(roleId) : nullptr;
        return role ? role->displayName() : QString();
    };
    const auto personName = [this](qint64 id) { return id ? m_snapshot.name(id) : tr("nobody"); };
    if (m_handovers.isEmpty()) {
        m_handover->setText(tr("No handover in the next 7 days."));
    } else {
        QStringList parts;
        for (const HandoverPoint &h : std::as_const(m_handovers))
            parts << tr("%1: %2 → %3")
                         .arg(roleName(h.roleId), personName(h.outgoingId),
                              personName(h.incomingId));
        //: %1 time ("08:30"), %2 the roles handing over ("Duty leader: 张伟 → 李娜").
        m_handover->setText(
            tr("Next handover %1 — %2")
                .arg(localText(m_handovers.first().at, m_now), parts.join(QStringLiteral("; "))));
    }
    QPalette palette = m_gapLabel->palette();
    if (!m_error.isEmpty()) {
        m_gapLabel->setText(m_error);
        palette.setColor(QPalette::WindowText, GapColour);
    } else if (m_gaps.isEmpty()) {
        m_gapLabel->setText(tr("✔ Every required slot is covered for the next 72 hours."));
        palette.setColor(QPalette::WindowText, QColor(0x2e, 0x7d, 0x32));
    } else {
        QStringList lines;
        for (int i = 0; i < m_gaps.size() && i < ShownGaps; ++i) {
            const CoverageGap &g = m_gaps.at(i);
            QString role = roleName(g.roleId);
            if (g.slot == Slot::Backup)
                role = tr("%1 (backup)").arg(role);
            lines << tr("%1 – %2 %3").arg(localText(g.start, m_now), localText(g.end, m_now), role);
        }
        if (m_gaps.size() > ShownGaps)
            lines << tr("… and %n more", nullptr, int(m_gaps.size() - ShownGaps));
        m_gapLabel->setText(
            tr("⚠ %n coverage gap(s) in the next 72 hours:", nullptr, int(m_gaps.size()))
            + QStringLiteral(" ") + lines.join(QStringLiteral("; ")));
        palette.setColor(QPalette::WindowText, GapColour);
    }
    m_gapLabel->setPalette(palette);
    m_changesLabel->setText(m_changes == 0
                                ? tr("No roster change in the next 7 days.")
                                : tr("%n roster change(s) (override, leave or swap) in the next "
                                     "7 days.",
                                     nullptr, m_changes));
}

void DutySummaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_now.isValid())
        fill();
    QWidget::changeEvent(event);
}

} // namespace ui
} // namespace dd
