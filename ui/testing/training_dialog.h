#pragma once

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace dd {
class DeliveryRegister;
} // namespace dd

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// One training session of a delivery: date, trainer, attendees, topic. OK records it
// (DeliveryRegister::addTraining) and stays open with the message when refused.
class TrainingDialog : public QDialog {
    Q_OBJECT
public:
    TrainingDialog(UiContext &context, DeliveryRegister &deliveries, qint64 deliveryId,
                   QWidget *parent = nullptr);
    bool trySave();
    void accept() override;

private:
    UiContext &m_context;
    DeliveryRegister &m_deliveries;
    qint64 m_id;
    QDateEdit *m_heldOn;
    QLineEdit *m_trainer;
    QLineEdit *m_attendees;
    QLineEdit *m_topic;
    InlineMessage *m_message;
};

} // namespace ui
} // namespace dd
