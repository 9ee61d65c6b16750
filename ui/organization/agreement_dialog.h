#pragma once

#include "contacts/contact.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dd {
namespace ui {

class ContactComboBox;
class InlineMessage;
struct ContactDirectory;
struct UiContext;

// Adds or edits a service agreement with a related unit: title, unit, the contacts on both
// sides, scope, response method and time, validity, review period, the last review and its
// result, notes. OK saves through the repository; a refusal is shown in the dialog, which
// stays open.
class AgreementDialog : public QDialog {
    Q_OBJECT
public:
    AgreementDialog(UiContext &context, const ContactDirectory &directory,
                    const Agreement &agreement, const QDate &today, QWidget *parent = nullptr);

    Agreement agreement() const; // what the fields say now
    qint64 savedId() const { return m_savedId; }
    bool submit();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateDates();
    void retranslateUi();

    UiContext &m_context;
    Agreement m_agreement;
    qint64 m_savedId = 0;
    QLabel *m_titleLabel;
    QLineEdit *m_title;
    QLabel *m_unitLabel;
    QComboBox *m_unit;
    QLabel *m_ourContactLabel;
    ContactComboBox *m_ourContact;
    QLabel *m_theirContactLabel;
    ContactComboBox *m_theirContact;
    QLabel *m_scopeLabel;
    QPlainTextEdit *m_scope;
    QLabel *m_responseMethodLabel;
    QComboBox *m_responseMethod;
    QLabel *m_responseTimeLabel;
    QLineEdit *m_responseTime;
    QLabel *m_validFromLabel;
    QDateEdit *m_validFrom;
    QLabel *m_validToLabel;
    QDateEdit *m_validTo;
    QCheckBox *m_openEnded;
    QLabel *m_periodLabel;
    QSpinBox *m_period;
    QLabel *m_lastReviewLabel;
    QDateEdit *m_lastReview;
    QCheckBox *m_neverReviewed;
    QLabel *m_resultLabel;
    QLineEdit *m_result;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QLabel *m_nextReview;
    InlineMessage *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
