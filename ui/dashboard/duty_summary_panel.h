#pragma once

#include "roster/roster.h"
#include "roster/roster_snapshot.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QLabel;

namespace dd {
namespace ui {

class OnDutyPanel;
struct UiContext;

// "On duty now" on the dashboard: the roster page's OnDutyPanel (every role with primary,
// backup, phone and until when), then the next handover, every coverage gap of the next 72
// hours in red, and how many roster changes (overrides, leave, swaps) the next 7 days bring.
class DutySummaryPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int GapHours = 72;

    explicit DutySummaryPanel(UiContext &context, QWidget *parent = nullptr);

    // Reads the roster again (one snapshot) as of `now`.
    void refresh(const QDateTime &now);
    OnDutyPanel *onDuty() const { return m_onDuty; }
    const QList<CoverageGap> &gaps() const { return m_gaps; }
    QString handoverText() const;
    QString gapsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    UiContext &m_context;
    RosterSnapshot m_snapshot;
    QDateTime m_now;
    QList<CoverageGap> m_gaps;
    QList<HandoverPoint> m_handovers; // the earliest ones (same instant), all roles
    int m_changes = 0;
    QString m_error;
    OnDutyPanel *m_onDuty;
    QLabel *m_handover;
    QLabel *m_gapLabel;
    QLabel *m_changesLabel;
};

} // namespace ui
} // namespace dd
