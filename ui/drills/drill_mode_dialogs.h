#pragma once

#include "drills/drill.h"
#include "drills/drill_mode.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {
namespace ui {

// Chooses the drill to practise in drill mode (approved or in-progress drills) and says what
// starting drill mode does.
class DrillModeStartDialog : public QDialog {
    Q_OBJECT
public:
    explicit DrillModeStartDialog(const QList<DrillSummary> &drills, QWidget *parent = nullptr);

    qint64 selectedDrillId() const;

private:
    void updateButtons();

    QList<DrillSummary> m_drills;
    QTableWidget *m_table;
    QPushButton *m_startButton;
};

// Shows what leaving drill mode carries into the drill record (the drill incidents' timeline
// entries) and who signs it; the choice is carry-and-leave, leave without carrying, or stay.
class DrillModeLeaveDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Stay, CarryAndLeave, LeaveOnly };

    // `signer` is empty when nobody is signed in (carrying then needs a sign-in first).
    DrillModeLeaveDialog(const DrillSession &session, const QList<DrillTimelineEntry> &entries,
                         const QString &signer, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::Stay;
};

} // namespace ui
} // namespace dd
