#include "testing/training_dialog.h"

#include "common/inline_message.h"
#include "delivery/delivery_register.h"
#include "drills/drill_ui.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dd {
namespace ui {

TrainingDialog::TrainingDialog(UiContext &context, DeliveryRegister &deliveries, qint64 deliveryId,
                               QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_deliveries(deliveries)
    , m_id(deliveryId)
    , m_heldOn(new QDateEdit(DrillUi::today(context), this))
    , m_trainer(new QLineEdit(this))
    , m_attendees(new QLineEdit(this))
    , m_topic(new QLineEdit(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("trainingDialog"));
    setWindowTitle(tr("Add training"));
    m_heldOn->setObjectName(QStringLiteral("trainingHeldOn"));
    m_trainer->setObjectName(QStringLiteral("trainingTrainer"));
    m_attendees->setObjectName(QStringLiteral("trainingAttendees"));
    m_topic->setObjectName(QStringLiteral("trainingTopic"));
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_trainer->setMinimumWidth(320);
    auto *form = new QFormLayout;
    form->addRow(tr("&Held on:"), m_heldOn);
    form->addRow(tr("T&rainer:"), m_trainer);
    form->addRow(tr("&Attendees:"), m_attendees);
    form->addRow(tr("T&opic:"), m_topic);
    m_attendees->setPlaceholderText(tr("The operations staff trained"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TrainingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TrainingDialog::reject);
}

bool TrainingDialog::trySave()
{
    m_message->clearMessage();
    DeliveryTraining t{0, m_heldOn->date(), m_trainer->text().trimmed(),
                       m_attendees->text().trimmed(), m_topic->text().trimmed()};
    auto id = m_deliveries.addTraining(m_context.session.actor(), m_id, t);
    if (!id) {
        m_message->showError(id.error());
        return false;
    }
    return true;
}

void TrainingDialog::accept()
{
    if (trySave())
        QDialog::accept();
}

} // namespace ui
} // namespace dd
