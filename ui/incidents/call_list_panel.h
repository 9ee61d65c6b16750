#pragma once

#include "escalation/escalator.h"

#include <QList>
#include <QToolButton>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace dd {

class ConsoleNotifier;
class EscalationService;

namespace ui {

class InlineMessage;
struct UiContext;

// The open calls of one incident (EscalationService::callList): "Call 张伟 138 0013 8000 —
// level 2, round 1, acknowledge by 02:25", with what the duty officer heard on the selected
// call (Acknowledged Alt+A, No answer Alt+N, Unavailable Alt+U) and who holds decision
// authority now. Shows "No open calls" when there are none.
class CallListPanel : public QWidget {
    Q_OBJECT
public:
    explicit CallListPanel(UiContext &context, QWidget *parent = nullptr);

    void setIncident(qint64 id); // 0 = none; refreshes
    qint64 incident() const { return m_id; }
    void refresh();

    // Records the outcome of the call in `row` (tests and the buttons).
    bool record(int row, EscalationOutcome outcome);

    const QList<EscalationAction> &calls() const { return m_calls; }
    QListWidget *list() const { return m_list; }
    QLabel *authorityLabel() const { return m_authority; }
    InlineMessage *message() const { return m_message; }

signals:
    // An outcome was recorded (the timeline and the obligations follow).
    void changed(qint64 incidentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recordSelected(EscalationOutcome outcome);
    void fill();
    void updateActions();
    void retranslateUi();

    UiContext &m_context;
    qint64 m_id = 0;
    QList<EscalationAction> m_calls;
    qint64 m_authorityId = 0;
    QString m_authorityName;
    QLabel *m_heading;
    QListWidget *m_list;
    QLabel *m_empty;
    QLabel *m_authority;
    QPushButton *m_ack;
    QPushButton *m_noAnswer;
    QPushButton *m_unavailable;
    InlineMessage *m_message;
};

// The console channel of escalation in the main window's status bar: registers a
// ConsoleNotifier with the EscalationService, so every newly issued call ("Call 张伟 (+86…) —
// escalation level 1, round 1") is shown at once whichever page is open, with the incident's
// number (the newest call leads; report reminders and the rest are counted and listed in the
// tooltip). Clicking opens that incident's workspace (its call list) and clears the notice; it
// hides when nothing new has been issued. Issuing stays with the one wake-up timer of the
// incidents page.
class CallNotice : public QToolButton {
    Q_OBJECT
public:
    explicit CallNotice(UiContext &context, QWidget *parent = nullptr);
    ~CallNotice() override;

    // Newly issued actions since the last click, oldest first.
    const QList<EscalationAction> &pending() const { return m_pending; }
    qint64 incidentToOpen() const; // the newest action's incident; 0 = none
    void open();                   // what clicking does

signals:
    void openRequested(qint64 incidentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void delivered(const EscalationAction &action);
    void updateText();

    EscalationService &m_service;
    ConsoleNotifier *m_notifier;
    QList<EscalationAction> m_pending;
};

} // namespace ui
} // namespace dd
