#pragma once

#include "delivery/delivery_register.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace dd {
class ConfigRegistry;
} // namespace dd

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// Deliveries (交付): the list with checklist progress ("5/7") and the form of the selected
// one: the plan (responsibilities, steps, planned date), the checklist of the seven
// categories (pending, received, not applicable, with the detail), the training of the
// operations staff and the records. Start and Accept save the form first in the same
// transaction; what still blocks acceptance is listed from the form as it is.
class DeliveriesPanel : public QWidget {
    Q_OBJECT
public:
    DeliveriesPanel(UiContext &context, DeliveryRegister &deliveries, ConfigRegistry &config,
                    QWidget *parent = nullptr);

    void reload();
    void retranslateUi();
    void newDelivery();
    bool selectDelivery(qint64 id);
    bool save();
    bool start();
    bool accept();
    void addTraining(); // opens TrainingDialog
    bool addRecord();
    Delivery formDelivery() const;
    const Delivery &current() const { return m_delivery; }
    QTableWidget *table() const { return m_table; }
    QTableWidget *checklist() const { return m_checklist; }
    // The status combo of a checklist row (a category).
    QComboBox *statusBox(DeliveryCategory category) const;
    QLabel *blockers() const { return m_blockers; }
    InlineMessage *message() const { return m_message; }

private:
    void showDelivery(const Delivery &delivery);
    void fillItemChoices();
    void updateForm();
    void edited();
    bool act(const std::function<Status(qint64 id)> &step, const QString &done);

    UiContext &m_context;
    DeliveryRegister &m_deliveries;
    ConfigRegistry &m_config;
    Delivery m_delivery;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_shownOnce = false;

    QSplitter *m_splitter;
    QLineEdit *m_filter;
    QTableWidget *m_table;
    QPushButton *m_new;
    QLabel *m_heading;
    QLabel *m_state;
    QFormLayout *m_form;
    QLineEdit *m_title;
    QLineEdit *m_supplier;
    QComboBox *m_item;
    QPlainTextEdit *m_responsibilities;
    QPlainTextEdit *m_steps;
    QDateEdit *m_plannedOn;
    QLabel *m_checklistTitle;
    QTableWidget *m_checklist;
    QLabel *m_trainingTitle;
    QTableWidget *m_training;
    QPushButton *m_addTraining;
    QLabel *m_recordsTitle;
    QTableWidget *m_records;
    QLineEdit *m_recordText;
    QPushButton *m_addRecord;
    QLabel *m_blockersTitle;
    QLabel *m_blockers;
    QPushButton *m_save;
    QPushButton *m_start;
    QPushButton *m_accept;
    InlineMessage *m_message;
};

} // namespace ui
} // namespace dd
