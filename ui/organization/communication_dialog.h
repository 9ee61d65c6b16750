#pragma once

#include "contacts/contact.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dd {
namespace ui {

class InlineMessage;

// Records that the notification contacts were communicated to a regulator or related unit:
// date, the unit (optional) and recipient, the method (fax, letter, e-mail, filing system, …)
// and notes. The dialog only collects; the caller saves and shows a refusal via showError().
class CommunicationDialog : public QDialog {
    Q_OBJECT
public:
    CommunicationDialog(const QList<Unit> &units, const QDate &today, QWidget *parent = nullptr);

    NotificationCommunication communication() const;
    void showError(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void retranslateUi();

    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QLabel *m_unitLabel;
    QComboBox *m_unit;
    QLabel *m_recipientLabel;
    QLineEdit *m_recipient;
    QLabel *m_methodLabel;
    QComboBox *m_method;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    InlineMessage *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
