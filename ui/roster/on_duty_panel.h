#pragma once

#include "roster/roster_snapshot.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace dd {
namespace ui {

struct UiContext;

// "On duty now": one row per duty role with the primary and the backup, the number to call and
// until when. An empty required slot is shown in red ("nobody — gap until 20:30"). Used by the
// roster page and the dashboard; refresh() reads the roster again, setSnapshot() reuses one.
class OnDutyPanel : public QWidget {
    Q_OBJECT
public:
    explicit OnDutyPanel(UiContext &context, QWidget *parent = nullptr);

    void refresh();
    void setSnapshot(const RosterSnapshot &snapshot, const QDateTime &at);
    QTableWidget *table() const { return m_table; }
    // The name shown for a role's slot (tests and the dashboard).
    QString shownName(const QString &roleKey, bool backup = false) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslateUi();

    UiContext &m_context;
    QLabel *m_heading;
    QLabel *m_error;
    QTableWidget *m_table;
    RosterSnapshot m_snapshot;
    QDateTime m_at;
};

} // namespace ui
} // namespace dd
