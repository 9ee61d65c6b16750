#include "organization/agreement_dialog.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "organization/contact_chooser.h"
#include "organization/contact_directory.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

const char *const ResponseMethods[] = {
    QT_TRANSLATE_NOOP("dd::ui::AgreementDialog", "On site"),
    QT_TRANSLATE_NOOP("dd::ui::AgreementDialog", "Remote support"),
    QT_TRANSLATE_NOOP("dd::ui::AgreementDialog", "Telephone support"),
    QT_TRANSLATE_NOOP("dd::ui::AgreementDialog", "Spare part delivery"),
};

QDateEdit *dateEdit(const QDate &date, const QDate &fallback, QWidget *parent)
{
    auto *edit = new QDateEdit(date.isValid() ? date : fallback, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QPlainTextEdit *textBox(const QString &text, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

AgreementDialog::AgreementDialog(UiContext &context, const ContactDirectory &directory,
                                 const Agreement &agreement, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_agreement(agreement)
    , m_titleLabel(new QLabel(this))
    , m_title(new QLineEdit(agreement.title, this))
    , m_unitLabel(new QLabel(this))
    , m_unit(new QComboBox(this))
    , m_ourContactLabel(new QLabel(this))
    , m_ourContact(new ContactComboBox(this))
    , m_theirContactLabel(new QLabel(this))
    , m_theirContact(new ContactComboBox(this))
    , m_scopeLabel(new QLabel(this))
    , m_scope(textBox(agreement.scope, 3, this))
    , m_responseMethodLabel(new QLabel(this))
    , m_responseMethod(new QComboBox(this))
    , m_responseTimeLabel(new QLabel(this))
    , m_responseTime(new QLineEdit(agreement.responseTime, this))
    , m_validFromLabel(new QLabel(this))
    , m_validFrom(dateEdit(agreement.validFrom, today, this))
    , m_validToLabel(new QLabel(this))
    , m_validTo(dateEdit(agreement.validTo, today.addYears(1), this))
    , m_openEnded(new QCheckBox(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QSpinBox(this))
    , m_lastReviewLabel(new QLabel(this))
    , m_lastReview(dateEdit(agreement.lastReview, today, this))
    , m_neverReviewed(new QCheckBox(this))
    , m_resultLabel(new QLabel(this))
    , m_result(new QLineEdit(agreement.lastReviewResult, this))
    , m_notesLabel(new QLabel(this))
    , m_notes(textBox(agreement.notes, 3, this))
    , m_nextReview(new QLabel(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("agreementDialog"));
    setMinimumWidth(820);
    m_title->setObjectName(QStringLiteral("agreementTitle"));
    m_unit->setObjectName(QStringLiteral("agreementUnit"));
    m_ourContact->setObjectName(QStringLiteral("agreementOurContact"));
    m_theirContact->setObjectName(QStringLiteral("agreementTheirContact"));
    m_scope->setObjectName(QStringLiteral("agreementScope"));
    m_responseMethod->setObjectName(QStringLiteral("agreementResponseMethod"));
    m_responseTime->setObjectName(QStringLiteral("agreementResponseTime"));
    m_validFrom->setObjectName(QStringLiteral("agreementValidFrom"));
    m_validTo->setObjectName(QStringLiteral("agreementValidTo"));
    m_openEnded->setObjectName(QStringLiteral("agreementOpenEnded"));
    m_period->setObjectName(QStringLiteral("agreementReviewPeriod"));
    m_lastReview->setObjectName(QStringLiteral("agreementLastReview"));
    m_neverReviewed->setObjectName(QStringLiteral("agreementNeverReviewed"));
    m_result->setObjectName(QStringLiteral("agreementReviewResult"));
    m_notes->setObjectName(QStringLiteral("agreementNotes"));
    m_nextReview->setObjectName(QStringLiteral("agreementNextReview"));
    m_error->setObjectName(QStringLiteral("error"));

    m_unit->addItem(QString(), qint64(0));
    for (const Unit &u : directory.units)
        m_unit->addItem(QStringLiteral("%1 (%2)").arg(u.name, unitKindName(u.kind)), u.id);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(agreement.unitId)));
    m_ourContact->setDirectory(directory, agreement.ourContactId);
    m_theirContact->setDirectory(directory, agreement.theirContactId);
    m_responseMethod->setEditable(true);
    m_responseMethod->setInsertPolicy(QComboBox::NoInsert);
    for (const char *method : ResponseMethods)
        m_responseMethod->addItem(QString(), QString::fromLatin1(method));
    m_openEnded->setChecked(!agreement.validTo.isValid() && agreement.id != 0);
    m_period->setRange(1, 3650);
    m_period->setValue(agreement.reviewPeriodDays > 0 ? agreement.reviewPeriodDays : 365);
    m_neverReviewed->setChecked(!agreement.lastReview.isValid());

    const std::pair<QLabel *, QWidget *> buddies[] = {
        {m_titleLabel, m_title},
        {m_unitLabel, m_unit},
        {m_ourContactLabel, m_ourContact},
        {m_theirContactLabel, m_theirContact},
        {m_scopeLabel, m_scope},
        {m_responseMethodLabel, m_responseMethod},
        {m_responseTimeLabel, m_responseTime},
        {m_validFromLabel, m_validFrom},
        {m_validToLabel, m_validTo},
        {m_periodLabel, m_period},
        {m_lastReviewLabel, m_lastReview},
        {m_resultLabel, m_result},
        {m_notesLabel, m_notes},
    };
    for (const auto &[label, field] : buddies)
        label->setBuddy(field);

    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    left->addRow(m_titleLabel, m_title);
    left->addRow(m_unitLabel, m_unit);
    left->addRow(m_ourContactLabel, m_ourContact);
    left->addRow(m_theirContactLabel, m_theirContact);
    left->addRow(m_scopeLabel, m_scope);
    left->addRow(m_responseMethodLabel, m_responseMethod);
    left->addRow(m_responseTimeLabel, m_responseTime);
    auto *validTo = new QHBoxLayout;
    validTo->addWidget(m_validTo, 1);
    validTo->addWidget(m_openEnded);
    auto *lastReview = new QHBoxLayout;
    lastReview->addWidget(m_lastReview, 1);
    lastReview->addWidget(m_neverReviewed);
    auto *right = new QFormLayout;
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->addRow(m_validFromLabel, m_validFrom);
    right->addRow(m_validToLabel, validTo);
    right->addRow(m_periodLabel, m_period);
    right->addRow(m_lastReviewLabel, lastReview);
    right->addRow(m_resultLabel, m_result);
    right->addRow(QString(), m_nextReview);
    right->addRow(m_notesLabel, m_notes);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_openEnded, &QCheckBox::toggled, this, &AgreementDialog::updateDates);
    connect(m_neverReviewed, &QCheckBox::toggled, this, &AgreementDialog::updateDates);
    connect(m_validFrom, &QDateEdit::dateChanged, this, &AgreementDialog::updateDates);
    connect(m_lastReview, &QDateEdit::dateChanged, this, &AgreementDialog::updateDates);
    connect(m_period, &QSpinBox::valueChanged, this, &AgreementDialog::updateDates);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AgreementDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    // An existing method that is not one of the offered ones is kept as typed text.
    if (!agreement.responseMethod.isEmpty()) {
        const int row = m_responseMethod->findText(agreement.responseMethod);
        if (row >= 0)
            m_responseMethod->setCurrentIndex(row);
        else
            m_responseMethod->setEditText(agreement.responseMethod);
    }
}

Agreement AgreementDialog::agreement() const
{
    Agreement a = m_agreement;
    a.title = m_title->text().trimmed();
    a.unitId = m_unit->currentData().toLongLong();
    a.ourContactId = m_ourContact->contactId();
    a.theirContactId = m_theirContact->contactId();
    a.scope = m_scope->toPlainText().trimmed();
    a.responseMethod = m_responseMethod->currentText().trimmed();
    a.responseTime = m_responseTime->text().trimmed();
    a.validFrom = m_validFrom->date();
    a.validTo = m_openEnded->isChecked() ? QDate() : m_validTo->date();
    a.reviewPeriodDays = m_period->value();
    a.lastReview = m_neverReviewed->isChecked() ? QDate() : m_lastReview->date();
    a.lastReviewResult = m_result->text().trimmed();
    a.notes = m_notes->toPlainText().trimmed();
    return a;
}

bool AgreementDialog::submit()
{
    m_error->clearMessage();
    if (m_context.readOnly) {
        m_error->showError(tr("The database is open read-only; nothing was saved."));
        return false;
    }
    const Agreement edited = agreement();
    QString problem;
    QWidget *field = nullptr;
    if (edited.title.isEmpty()) {
        problem = tr("Title: enter what the agreement is, e.g. 机房空调维保协议.");
        field = m_title;
    } else if (edited.unitId == 0) {
        problem = tr("Unit: choose the related unit the agreement is with.");
        field = m_unit;
    } else if (edited.validTo.isValid() && edited.validTo < edited.validFrom) {
        problem = tr("Valid to: the end date is before the start date (%1).")
                      .arg(edited.validFrom.toString(Qt::ISODate));
        field = m_validTo;
    }
    if (!problem.isEmpty()) {
        m_error->showError(problem);
        field->setFocus();
        return false;
    }
    auto saved = m_context.backend.contacts().saveAgreement(m_context.session.actor(), edited);
    if (!saved) {
        m_error->showError(saved.error());
        return false;
    }
    m_savedId = *saved;
    accept();
    return true;
}

void AgreementDialog::updateDates()
{
    m_validTo->setEnabled(!m_openEnded->isChecked());
    m_lastReview->setEnabled(!m_neverReviewed->isChecked());
    m_result->setEnabled(!m_neverReviewed->isChecked());
    const QDate due = agreement().nextReviewDue();
    m_nextReview->setText(due.isValid() ? tr("Next review due: %1").arg(due.toString(Qt::ISODate))
                                        : QString());
}

void AgreementDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AgreementDialog::retranslateUi()
{
    setWindowTitle(m_agreement.id ? tr("Edit service agreement") : tr("Add a service agreement"));
    m_titleLabel->setText(tr("&Title:"));
    m_unitLabel->setText(tr("U&nit:"));
    m_unit->setItemText(0, tr("(choose a unit)"));
    m_ourContactLabel->setText(tr("&Our contact:"));
    m_theirContactLabel->setText(tr("T&heir contact:"));
    m_scopeLabel->setText(tr("&Scope:"));
    m_responseMethodLabel->setText(tr("Response &method:"));
    for (int row = 0; row < m_responseMethod->count(); ++row)
        m_responseMethod->setItemText(
            row, tr(m_responseMethod->itemData(row).toString().toLatin1().constData()));
    m_responseTimeLabel->setText(tr("Response t&ime:"));
    m_responseTime->setPlaceholderText(tr("e.g. on site within 2 hours"));
    m_validFromLabel->setText(tr("Valid &from:"));
    m_validToLabel->setText(tr("&Valid to:"));
    m_openEnded->setText(tr("Open-ended"));
    m_periodLabel->setText(tr("&Review every:"));
    m_period->setSuffix(tr(" days"));
    m_lastReviewLabel->setText(tr("&Last review:"));
    m_neverReviewed->setText(tr("Never"));
    m_resultLabel->setText(tr("Review res&ult:"));
    m_notesLabel->setText(tr("Not&es:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    updateDates();
}

} // namespace ui
} // namespace dd
