#pragma once

#include "incidents/incident_service.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace dd {
namespace ui {

class GradeBadge;
class InlineMessage;
struct IncidentReference;

// The top of the workspace: a big grade badge, title, number and state; why the grade is what
// it is (each matched rule with the facts that made it match, and where the rule comes from);
// the next threshold as a countdown; the buttons that move the incident to its next states.
class IncidentHeader : public QFrame {
    Q_OBJECT
public:
    explicit IncidentHeader(QWidget *parent = nullptr);

    void showView(const IncidentView &view, const IncidentReference &reference,
                  const QString &language, const QDateTime &now);
    // Moves the countdowns only.
    void setNow(const QDateTime &now);
    void setEditable(bool editable);
    void retranslate(const QString &language);
    InlineMessage *message() const { return m_message; }
    // When the countdown to the next threshold changes (none when there is no threshold).
    std::optional<QDateTime> countdownTarget() const;

signals:
    void stateRequested(IncidentState to);

private:
    void render();
    void renderCountdowns();
    void rebuildStateButtons();

    const IncidentView *m_view = nullptr;
    const IncidentReference *m_reference = nullptr;
    QString m_language;
    QDateTime m_now;
    bool m_editable = false;

    GradeBadge *m_badge;
    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_threshold;
    QLabel *m_why;
    QHBoxLayout *m_stateButtons;
    QList<QPushButton *> m_buttons;
    InlineMessage *m_message;
};

} // namespace ui
} // namespace dd
