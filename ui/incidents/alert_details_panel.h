#pragma once

#include "intake/alert_intake.h"

#include <QFrame>
#include <QTimeZone>

class QLabel;
class QTreeWidget;

namespace dd {
namespace ui {

// "Raised by monitoring": the alerts behind a warning (source, fingerprint, how often it fired,
// first and last seen, resolved by monitoring). Hidden for incidents no monitoring alert
// touched. Promoting is the header's "Promote to incident" (it asks first).
class AlertDetailsPanel : public QFrame {
    Q_OBJECT
public:
    explicit AlertDetailsPanel(QWidget *parent = nullptr);

    // Shows the alerts (newest first).
    void showAlerts(const QList<IntakeAlertRow> &alerts, const QTimeZone &zone);
    QTreeWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslateUi();

    QList<IntakeAlertRow> m_alerts;
    QTimeZone m_zone;
    QLabel *m_title;
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace ui
} // namespace dd
